/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, MDX_BODY, sourceNote, TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'An audit names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it helps the user find out, in one or two sentences.`,
      audience: `${TODO}: who completes it, like "School-based ITT mentors".`,
      scale: [
        { value: 1, label: 'Not yet', description: `${TODO}: what choosing it means.` },
        { value: 2, label: 'Sometimes', description: `${TODO}: what choosing it means.` },
        { value: 3, label: 'Consistently', description: `${TODO}: what choosing it means.` },
      ],
      sections: [
        {
          id: 'first-section',
          title: `${TODO}: the section's name`,
          items: [{ id: 'first-section-item-1', text: `${TODO}: a statement the user rates themselves against.` }],
        },
      ],
      sources: [source],
    },
    notes: {
      'sections[].items[].id': 'Choose item ids with care: saved answers are kept by them, so never reuse one for a different statement.',
      sources: sourceNote(context),
    },
    body: MDX_BODY('audit'),
  };
}

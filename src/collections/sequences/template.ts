/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { first, idList, TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const technique = first(context, 'techniques', 'technique', 'A sequence is built from techniques', 'techniques');
  return {
    data: {
      title,
      audience: `${TODO}: who it is for, like "Early-career teachers in their first term".`,
      summary: `${TODO}: what it builds and why, in one or two sentences.`,
      steps: [{ technique, weeks: 2, notes: `${TODO}: guidance for whoever leads this step.` }],
    },
    notes: {
      'steps[].technique': `Placeholder: change it to the technique this step works on. Techniques in this playbook: ${idList(context.ids.techniques ?? [])}. The sequence builder page (the editor's sequence form) lists every technique and action step id, and writes this file for you.`,
    },
  };
}

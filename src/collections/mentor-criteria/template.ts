/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, idList, MDX_BODY, sourceNote, TODO } from '../template-helpers.ts';
import { MENTOR_ROLES } from './schema.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'A set of mentor criteria names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what the set is for, in one or two sentences.`,
      role: MENTOR_ROLES[0],
      criteria: [
        {
          id: 'first-criterion',
          title: `${TODO}: the criterion, in a few words`,
          description: `${TODO}: what meeting it looks like.`,
          evidencePrompt: `${TODO}: the question a mentor answers with evidence, like "Describe a time you…".`,
        },
      ],
      stages: [],
      sources: [source],
    },
    notes: {
      sources: sourceNote(context),
      audit: (context.ids.audits ?? []).length > 0 ? `Audits in this playbook: ${idList(context.ids.audits ?? [])}.` : '',
    },
    body: MDX_BODY('set of criteria'),
  };
}

/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, MDX_BODY, sourceNote, TODO } from '../template-helpers.ts';
import { PROTOCOL_KINDS } from './schema.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'A protocol names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it is for, in one or two sentences.`,
      kind: PROTOCOL_KINDS[0],
      roles: [{ name: `${TODO}: a role, like "Facilitator"`, description: `${TODO}: what the role does.` }],
      steps: [{ title: `${TODO}: the first step, in a few words`, detail: `${TODO}: what happens in the step.` }],
      norms: [],
      records: [],
      pitfalls: [],
      techniques: [],
      sources: [source],
    },
    notes: { sources: sourceNote(context) },
    body: MDX_BODY('protocol'),
  };
}

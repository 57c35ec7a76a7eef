/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, MDX_BODY, sourceNote, TODO } from '../template-helpers.ts';
import { RUBRIC_PURPOSES } from './schema.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'A rubric names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it is for, in one or two sentences.`,
      purposes: [RUBRIC_PURPOSES[0]],
      levels: [
        { id: 'level-1', label: `${TODO}: the name of the lowest level` },
        { id: 'level-2', label: `${TODO}: the name of the next level` },
      ],
      criteria: [
        {
          id: 'first-criterion',
          title: `${TODO}: what the criterion looks at.`,
          descriptors: { 'level-1': `${TODO}: what it looks like at the lowest level.`, 'level-2': `${TODO}: what it looks like at the next level.` },
        },
      ],
      sources: [source],
    },
    notes: {
      levels: 'Placeholder levels: give them ids and names, and add more. Every criterion describes every level, keyed by the level id.',
      sources: sourceNote(context),
    },
    body: MDX_BODY('rubric'),
  };
}

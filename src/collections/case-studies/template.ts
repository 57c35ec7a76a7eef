/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, MDX_BODY, sourceNote, termsNote, TODO } from '../template-helpers.ts';
import { ORGANISATION_TYPES } from './schema.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'A case study names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what it did and what changed, in one or two sentences.`,
      organisation: `${TODO}: the organisation, as the source names it`,
      type: ORGANISATION_TYPES[0],
      phases: [],
      region: '',
      size: '',
      period: '',
      focus: `${TODO}: what the work focused on, in a phrase`,
      components: [],
      protocols: [],
      techniques: [],
      impact: [],
      sources: [source],
    },
    notes: {
      phases: termsNote('Phases', context.taxonomy.phases),
      components: termsNote('Components', context.taxonomy.components),
      sources: sourceNote(context),
    },
    body: MDX_BODY('case study'),
  };
}

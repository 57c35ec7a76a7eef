/** The starting data of a new entry, for `npm run new` and the editor. */
import type { Scaffold, ScaffoldContext } from '../define.ts';
import { firstSource, sourceNote, TODO } from '../template-helpers.ts';

export function template(title: string, context: ScaffoldContext): Scaffold {
  const source = firstSource(context, 'A framework names its sources');
  return {
    data: {
      title,
      summary: `${TODO}: what the framework describes and who uses it, in one or two sentences.`,
      elements: [{ id: 'first-element', title: `${TODO}: the first element, in a few words`, description: `${TODO}: what the element asks for.` }],
      sources: [source],
    },
    notes: {
      'elements[].id': 'Entries name an element as "<framework id>/<element id>" in their serves field, so keep element ids stable.',
      sources: sourceNote(context),
    },
  };
}

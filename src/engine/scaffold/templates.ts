/**
 * The starting data of a new entry of any collection, for `npm run new` and the editor. Each
 * collection's template is in its folder (`src/collections/<name>/template.ts`); this adds the
 * `id` a list collection's items carry.
 */
import { definitionOf } from '../../collections/index.ts';
import type { Scaffold, ScaffoldContext } from '../../collections/define.ts';

export type { Scaffold, ScaffoldContext };
export { idList, ScaffoldError, TODO } from '../../collections/template-helpers.ts';

/**
 * The data of a new entry titled `title`. For a list collection (strands, sources) the data
 * starts with its `id`. Throws ScaffoldError when the playbook lacks an entry the new one must name.
 */
export function scaffold(collection: string, title: string, id: string, context: ScaffoldContext): Scaffold {
  const definition = definitionOf(collection);
  const made = definition.template(title, context);
  if (definition.format === 'yaml-list') made.data = { id, ...made.data };
  return made;
}

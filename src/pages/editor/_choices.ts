/**
 * The playbook's entries as the editor lists them to choose from: for editor/entries.json, and
 * the first of them, which the editor's pages put in the start panel's list before the rest arrive.
 */
import { COLLECTIONS, type CollectionName } from '../../collections/index.ts';
import type { AnyDefinition } from '../../collections/define.ts';
import { entriesOf, titleOf } from '../../data/entries.ts';
import { indexContext } from '../../data/facets.ts';
import type { EntryChoice } from '../../engine/editor/page-data.ts';

/** A collection's entries as choices: by its index's groups in their order, then in reading order. */
export async function choicesOf(definition: AnyDefinition, kind: CollectionName): Promise<EntryChoice[]> {
  const entries = await entriesOf(kind);
  const groups = definition.index?.groups ? await definition.index.groups(indexContext) : [];
  const rank = new Map(groups.map((group, i) => [group.id, i]));
  const groupOf = (entry: (typeof entries)[number]) => (definition.index?.groupOf ? definition.index.groupOf(entry) : undefined);
  const ranked = entries.map((entry, order) => {
    const group = groupOf(entry);
    return { entry, order, rank: group === undefined ? groups.length : (rank.get(group) ?? groups.length) };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map(({ entry, rank: at }) => ({
    kind,
    id: entry.id,
    title: definition.choiceLabel ? definition.choiceLabel(entry.data) : titleOf(entry),
    ...(groups[at] ? { group: groups[at].title } : {}),
  }));
}


/** The first entry the start panel lists: of the page's one kind, or of the first collection that has any. */
export async function firstChoice(only?: CollectionName): Promise<EntryChoice | undefined> {
  for (const definition of COLLECTIONS.filter((candidate) => !only || candidate.name === only)) {
    const [first] = await choicesOf(definition, definition.name);
    if (first) return first;
  }
  return undefined;
}

/**
 * /editor/entries.json: every entry of the playbook the editor can open or offer as a choice, with
 * its title and, where its collection's index groups entries (techniques under their strands), its
 * group, in the index's order. Built once with the site; the editor fetches it when it starts, so
 * the page stays the same size however many entries the playbook has.
 */
import type { APIRoute } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../collections/index.ts';
import type { AnyDefinition } from '../../collections/define.ts';
import { entriesOf, titleOf } from '../../data/entries.ts';
import { indexContext } from '../../data/facets.ts';
import type { EditorIndex, EntryChoice } from '../../engine/editor/page-data.ts';
import { editor } from '../../strings/index.ts';

/** A collection's entries as choices: by its index's groups in their order, then in reading order. */
async function choicesOf(definition: AnyDefinition, kind: CollectionName): Promise<EntryChoice[]> {
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

export const GET: APIRoute = async () => {
  const lists = await Promise.all(COLLECTIONS.map((definition) => choicesOf(definition, definition.name)));
  const index: EditorIndex = { entries: [...lists.flat(), { kind: 'playbook', id: 'playbook', title: editor.playbookSettingsTitle }] };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};

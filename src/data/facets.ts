/**
 * What a collection's index shows and can be filtered by, from its definition's `index` and from
 * the fields other collections add to it (a framework facet on techniques), with each entry's
 * values for the facets.
 */
import type { FacetSpec, IndexContext, IndexEntry } from '../collections/define.ts';
import type { EntryDataByName, KnownCollection } from '../collections/entry-data.ts';
import { contributionsTo, definitionOf, type CollectionName } from '../collections/index.ts';
import type { FacetItem } from '../lib/facets.ts';
import { entriesOf, getPlaybook, termLabel, type Entry } from './entries.ts';

export interface CollectionFacets {
  facets: FacetSpec[];
  items: (FacetItem & { entry: Entry })[];
}

/** What an index needs from the rest of the playbook. */
export const indexContext: IndexContext = {
  terms: (list) => getPlaybook()[list].map((term) => ({ id: term.id, label: term.label })),
  termLabel,
  get componentsModel() {
    return getPlaybook().componentsModel;
  },
  async entries<N extends KnownCollection>(collection: N): Promise<IndexEntry<EntryDataByName[N]>[]> {
    // Astro gives collection N's entries, which passed N's full schema: its own and what others add to it.
    const entries: IndexEntry<unknown>[] = await entriesOf(collection);
    return entries as IndexEntry<EntryDataByName[N]>[];
  },
  labels: (collection) => definitionOf(collection).labels,
};

const cache = new Map<string, Promise<CollectionFacets>>();
/** The facets and faceted items of a collection; no facets for collections that are not filtered. */
export function facetsFor(name: CollectionName): Promise<CollectionFacets> {
  let result = cache.get(name);
  if (!result) cache.set(name, (result = build(name)));
  return result;
}

async function build(name: CollectionName): Promise<CollectionFacets> {
  const index = definitionOf(name).index;
  const contributions = contributionsTo(name).map(({ contribution }) => contribution);
  const own = index?.facets ? await index.facets(indexContext) : [];
  const added = (await Promise.all(contributions.map((contribution) => contribution.facets?.(indexContext) ?? []))).flat();
  const items = (await entriesOf(name)).map((entry) => ({
    id: entry.id,
    entry,
    values: Object.assign({}, index?.facetValues?.(entry), ...contributions.map((contribution) => contribution.facetValues?.(entry.data))),
  }));
  // A facet no entry has a value for (a framework nothing in this collection serves) is left out.
  const used = (facet: FacetSpec) => items.some((item) => (item.values[facet.key]?.length ?? 0) > 0);
  const facets = [...own, ...added].filter((facet) => facet.values.length > 0 && used(facet));
  return { facets, items };
}

/**
 * The references an entry makes to other entries, found in one place: the content check uses
 * them to report references to entries that do not exist, and pages use them to show backlinks
 * ("used in these sequences, audits and case studies").
 */
import type { CollectionName } from './collections.ts';

/** One reference: where it is in the entry, which collection it points into, and the id. */
export interface Reference {
  path: (string | number)[];
  target: CollectionName;
  id: string;
}

export interface LinkableEntry {
  collection: CollectionName;
  id: string;
  // Each collection's data has passed its schema before links are read.
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface DevelopNext {
  techniques: string[];
  protocols: string[];
}

function each(path: (string | number)[], target: CollectionName, ids: readonly string[] | undefined): Reference[] {
  return (ids ?? []).map((id, i) => ({ path: [...path, i], target, id }));
}

function develop(path: (string | number)[], next: DevelopNext | undefined): Reference[] {
  return [...each([...path, 'techniques'], 'techniques', next?.techniques), ...each([...path, 'protocols'], 'protocols', next?.protocols)];
}

const REFERENCES: Record<CollectionName, (data: any) => Reference[]> = {
  strands: () => [],
  sources: (data) => (data.partOf ? [{ path: ['partOf'], target: 'sources' as const, id: data.partOf }] : []),
  techniques: (data) => [
    { path: ['strand'], target: 'strands', id: data.strand },
    ...data.evidence.map((item: { source: string }, i: number) => ({ path: ['evidence', i, 'source'], target: 'sources', id: item.source })),
    ...each(['related'], 'techniques', data.related),
  ],
  sequences: (data) => data.steps.map((step: { technique: string }, i: number) => ({ path: ['steps', i, 'technique'], target: 'techniques', id: step.technique })),
  rubrics: (data) => each(['sources'], 'sources', data.sources),
  audits: (data) => [
    ...data.sections.flatMap((section: { develop: DevelopNext; items: { develop: DevelopNext }[] }, s: number) => [
      ...develop(['sections', s, 'develop'], section.develop),
      ...section.items.flatMap((item, i) => develop(['sections', s, 'items', i, 'develop'], item.develop)),
    ]),
    ...each(['sources'], 'sources', data.sources),
  ],
  mentorCriteria: (data) => [...(data.audit ? [{ path: ['audit'], target: 'audits' as const, id: data.audit }] : []), ...each(['sources'], 'sources', data.sources)],
  protocols: (data) => [...each(['techniques'], 'techniques', data.techniques), ...each(['sources'], 'sources', data.sources)],
  caseStudies: (data) => [
    ...each(['protocols'], 'protocols', data.protocols),
    ...each(['techniques'], 'techniques', data.techniques),
    ...each(['sources'], 'sources', data.sources),
    ...data.impact.map((figure: { source: string }, i: number) => ({ path: ['impact', i, 'source'], target: 'sources', id: figure.source })),
  ],
};

/** Every reference an entry makes, in the order its fields are written. */
export function referencesFrom(entry: LinkableEntry): Reference[] {
  return REFERENCES[entry.collection](entry.data);
}

/** A key for an entry across collections: "techniques/cold-call". */
export function entryKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

/**
 * For every entry that something refers to, the entries that refer to it, each once, in the
 * order they were given. Keyed by `entryKey`.
 */
export function backlinks(entries: readonly LinkableEntry[]): Map<string, { collection: CollectionName; id: string }[]> {
  const result = new Map<string, { collection: CollectionName; id: string }[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const reference of referencesFrom(entry)) {
      const key = entryKey(reference.target, reference.id);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = result.get(key) ?? [];
      list.push({ collection: entry.collection, id: entry.id });
      result.set(key, list);
    }
  }
  return result;
}

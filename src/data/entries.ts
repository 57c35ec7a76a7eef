/**
 * Typed access to the content collections for pages and components, plus the lookups every page
 * needs: an entry's title and URL, and what links to it.
 */
import { getCollection, render } from 'astro:content';
import { COLLECTIONS, collectionSpec, type CollectionName } from '../lib/content/collections.ts';
import { backlinks, entryKey, type LinkableEntry } from '../lib/content/links.ts';
import { contentFolder, readPlaybook } from '../lib/content/site-config.ts';
import type { Playbook } from '../schemas/playbook.ts';
import type { DataOf } from './types.ts';
import { citation, fullTitle } from '../lib/cite.ts';

export interface Entry<N extends CollectionName = CollectionName> {
  id: string;
  collection: N;
  data: DataOf[N];
}

/** Entries of one collection, in reading order: strands by `order`, sources by author, the rest by title. */
export async function entriesOf<N extends CollectionName>(name: N): Promise<Entry<N>[]> {
  const raw = (await getCollection(name as never)) as unknown as { id: string; data: DataOf[N] }[];
  const entries = raw.map((entry) => ({ id: entry.id, collection: name, data: entry.data }));
  return entries.sort((a, b) => {
    if (name === 'strands') return (a.data as DataOf['strands']).order - (b.data as DataOf['strands']).order;
    if (name === 'sources') return (a.data as DataOf['sources']).authors.localeCompare((b.data as DataOf['sources']).authors);
    return titleOf(a).localeCompare(titleOf(b));
  });
}

/** The heading an entry is shown under. */
export function titleOf(entry: { collection: CollectionName; data: unknown }): string {
  if (entry.collection === 'sources') return fullTitle(entry.data as DataOf['sources']);
  const data = entry.data as { title?: string };
  return data.title ?? '';
}


let everything: Promise<Entry[]> | undefined;
/** Every entry of every collection; read once per build. */
export function allEntries(): Promise<Entry[]> {
  everything ??= Promise.all(COLLECTIONS.map((spec) => entriesOf(spec.name))).then((lists) => lists.flat() as Entry[]);
  return everything;
}

/** The path of an entry's page, without the site's base: "techniques/cold-call/". */
export function entryPath(collection: CollectionName, id: string): string {
  return `${collectionSpec(collection).route}/${id}/`;
}

/** Finds one entry by collection and id. */
export async function findEntry<N extends CollectionName>(collection: N, id: string): Promise<Entry<N> | undefined> {
  return (await allEntries()).find((entry) => entry.collection === collection && entry.id === id) as Entry<N> | undefined;
}

let linkMap: Promise<Map<string, { collection: CollectionName; id: string }[]>> | undefined;
/** The entries that refer to this one, grouped by collection in the order of COLLECTIONS. */
export async function linksTo(collection: CollectionName, id: string): Promise<{ collection: CollectionName; entries: Entry[] }[]> {
  linkMap ??= allEntries().then((entries) => backlinks(entries as LinkableEntry[]));
  const from = (await linkMap).get(entryKey(collection, id)) ?? [];
  const entries = await allEntries();
  return COLLECTIONS.map((spec) => ({
    collection: spec.name,
    entries: from
      .filter((link) => link.collection === spec.name)
      .map((link) => entries.find((entry) => entry.collection === link.collection && entry.id === link.id))
      .filter((entry): entry is Entry => entry !== undefined),
  })).filter((group) => group.entries.length > 0);
}

let playbook: Playbook | undefined;
/** The playbook's identity and taxonomies. The content check has already validated them. */
export function getPlaybook(): Playbook {
  playbook ??= readPlaybook(contentFolder());
  if (!playbook) throw new Error('content/playbook.yaml is missing or invalid: run `npm run check` to see why.');
  return playbook;
}

/** The label of a taxonomy term, by id. */
export function termLabel(list: 'phases' | 'subjects' | 'components', id: string): string {
  return getPlaybook()[list].find((term) => term.id === id)?.label ?? id;
}

/** An entry as Astro's `render()` takes it, with its data typed by collection. */
export type RenderableEntry<N extends CollectionName> = Omit<Parameters<typeof render>[0], 'data'> & { id: string; data: DataOf[N] };

/** Renders an entry's MDX body. */
export function renderBody<N extends CollectionName>(entry: RenderableEntry<N>): ReturnType<typeof render> {
  return render(entry as unknown as Parameters<typeof render>[0]);
}

/** `getStaticPaths` for an entry page: one path an entry, the entry passed as a prop. */
export async function pathsFor<N extends CollectionName>(name: N): Promise<{ params: { id: string }; props: { entry: RenderableEntry<N> } }[]> {
  const entries = (await getCollection(name as never)) as unknown as RenderableEntry<N>[];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** A source's one-line reference, including the collection it appears in. */
export async function citationOf(source: Entry<'sources'>): Promise<string> {
  const parent = source.data.partOf ? await findEntry('sources', source.data.partOf) : undefined;
  return citation(source.data, parent?.data);
}

/**
 * Typed access to the content collections for pages and components: each collection's entries in
 * reading order, one entry by id, an entry's title and URL, and what links to it. Everything is
 * worked out once per build and looked up by key after that, so a page costs the same however
 * large the playbook is.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, definitionOf, type CollectionName } from '../collections/index.ts';
import { backlinks, entryKey, type Backlink } from '../engine/links.ts';
import { contentFolder, readPlaybook } from '../core/playbook-folder.node.ts';
import { hasEntries } from '../integrations/content-store.node.ts';
import type { Playbook } from '../schemas/playbook.ts';
import { citation } from '../lib/cite.ts';

/** An entry of the collection N, with its data typed by that collection's schema. */
export type Entry<N extends CollectionName = CollectionName> = CollectionEntry<N>;

/** What the entry route gives a collection's Page.astro: the entry, and its rendered body to place. */
export interface EntryPageProps<N extends CollectionName> {
  entry: Entry<N>;
  Content: AstroComponentFactory;
}

/** A text field of an entry's data, or '' where it has none. */
function textField(data: object, key: string): string {
  const value: unknown = Reflect.get(data, key);
  return typeof value === 'string' ? value : '';
}

/** The heading an entry is shown under. */
export function titleOf(entry: { collection: string; data: object }): string {
  const definition = definitionOf(entry.collection);
  return definition.title ? definition.title(entry.data) : textField(entry.data, 'title');
}

/** One or two sentences about an entry. */
export function summaryOf(entry: { collection: string; data: object }): string {
  const definition = definitionOf(entry.collection);
  return definition.summary ? definition.summary(entry.data) : textField(entry.data, 'summary');
}

const sorted = new Map<string, Promise<Entry[]>>();
/** Entries of one collection, in its reading order (its definition's `compare`, or by title); sorted once per build. */
export function entriesOf<N extends CollectionName>(name: N): Promise<Entry<N>[]> {
  // The cache is keyed by collection name, so the list under `name` holds collection N's entries.
  const cached = sorted.get(name) as Promise<Entry<N>[]> | undefined;
  if (cached) return cached;
  const definition = definitionOf(name);
  // Astro warns about an empty collection; a playbook with no rubrics is not a mistake, so it is not asked.
  const list = (hasEntries(name) ? getCollection(name) : Promise.resolve([])).then((entries) => [...entries].sort((a, b) => (definition.compare ? definition.compare(a, b) : titleOf(a).localeCompare(titleOf(b)))));
  sorted.set(name, list);
  return list;
}

let everything: Promise<Map<string, Entry>> | undefined;
/** Every entry of every collection, by `entryKey`; read once per build. */
function entryIndex(): Promise<Map<string, Entry>> {
  everything ??= Promise.all(COLLECTIONS.map((definition) => entriesOf(definition.name))).then(
    (lists) => new Map(lists.flat().map((entry): [string, Entry] => [entryKey(entry.collection, entry.id), entry])),
  );
  return everything;
}

/** Every entry of every collection, in registry order. */
export async function allEntries(): Promise<Entry[]> {
  return [...(await entryIndex()).values()];
}

/** The path of an entry's page, without the site's base: "techniques/cold-call/". */
export function entryPath(collection: string, id: string): string {
  return `${definitionOf(collection).route}/${id}/`;
}

/** Finds one entry by collection and id. */
export async function findEntry<N extends CollectionName>(collection: N, id: string): Promise<Entry<N> | undefined> {
  const entry = (await entryIndex()).get(entryKey(collection, id));
  return entry && isOf(collection, entry) ? entry : undefined;
}

function isOf<N extends CollectionName>(collection: N, entry: Entry): entry is Entry<N> {
  return entry.collection === collection;
}

let linkMap: Promise<Map<string, Backlink[]>> | undefined;
function linkIndex(): Promise<Map<string, Backlink[]>> {
  linkMap ??= allEntries().then((entries) => backlinks(entries));
  return linkMap;
}

/** The entries that refer to this one, each once, grouped by collection in registry order. */
export async function linksTo(collection: string, id: string): Promise<{ collection: CollectionName; entries: Entry[] }[]> {
  const from = (await linkIndex()).get(entryKey(collection, id)) ?? [];
  const index = await entryIndex();
  return COLLECTIONS.map((definition) => {
    const keys = new Set(from.filter((link) => link.collection === definition.name).map((link) => entryKey(link.collection, link.id)));
    return { collection: definition.name, entries: [...keys].map((key) => index.get(key)).filter((entry): entry is Entry => entry !== undefined) };
  }).filter((group) => group.entries.length > 0);
}

/** For an entry with parts (a framework's elements): the entries that name each part, by part id. */
export async function partLinksTo(collection: string, id: string): Promise<Map<string, Entry[]>> {
  const from = (await linkIndex()).get(entryKey(collection, id)) ?? [];
  const index = await entryIndex();
  const byPart = new Map<string, Entry[]>();
  for (const link of from) {
    const entry = index.get(entryKey(link.collection, link.id));
    if (!link.part || !entry) continue;
    byPart.set(link.part, [...(byPart.get(link.part) ?? []), entry]);
  }
  return byPart;
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

/** Renders an entry's body (already HTML: see src/lib/content/body.ts). */
export function renderBody(entry: Entry): ReturnType<typeof render> {
  return render(entry);
}

/** A source's one-line reference, including the collection it appears in. */
export async function citationOf(source: Entry<'sources'>): Promise<string> {
  const parent = source.data.partOf ? await findEntry('sources', source.data.partOf) : undefined;
  return citation(source.data, parent?.data);
}

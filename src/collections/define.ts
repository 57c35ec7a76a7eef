/**
 * What a collection is: one object that holds everything the engine needs to know about it, so a
 * collection's concern lives in its own folder (`src/collections/<name>/`) and nothing else in the
 * engine branches on its name. The registry (`./index.ts`) lists the collections.
 *
 * A folder holds:
 * - `schema.ts`: the zod schema, every field described (the check, the JSON Schemas, the field
 *   docs and the editor are all made from it);
 * - `index.ts`: the definition below: where its files live, its words, its references and
 *   structural checks, its scaffold template, and how it shows in an index;
 * - `Page.astro` (optional): what its entry page shows beyond the shared header, body, citations
 *   and backlinks. The generic route finds it by the folder's name.
 */
import type { z } from 'astro/zod';
import type { Instrument, LinkResolver } from '../lib/audit/instrument.ts';
import type { Taxonomy } from '../schemas/common.ts';
import type { FieldPath, ProblemRule } from '../core/problem.ts';
import type { EntryDataByName, KnownCollection } from './entry-data.ts';

/**
 * How a collection is stored:
 * - `mdx`: one `.mdx` file an entry in a folder, fields in the frontmatter, the file name is the id;
 * - `yaml`: one `.yaml` file an entry in a folder, the file name is the id;
 * - `yaml-list`: one `.yaml` file holding a list of entries, each with an `id` field.
 */
export type CollectionFormat = 'mdx' | 'yaml' | 'yaml-list';

export type { FieldPath };

/** One reference an entry makes: where it is in the entry, which collection it points into, and the id. */
export interface Reference {
  path: FieldPath;
  /** The name of the collection referred to, like "techniques". */
  target: string;
  id: string;
  /** For a reference to a part of an entry (a framework's element), the part's id. */
  part?: string;
}

/** An entry that passed its schema, as the cross-entry checks see it. */
export interface CheckedEntry<Data> {
  collection: string;
  id: string;
  file: string;
  pathInFile: FieldPath;
  data: Data;
}

/** What a collection's structural checks may do: report a problem, look up another entry, require unique ids. */
export interface Checker {
  /** Reports a problem at a field; `rule` says what kind it is (a collection's own rule: `{ rule: 'own', name }`), for the editor's words. */
  report(entry: CheckedEntry<unknown>, path: FieldPath, expected: string, found: string, rule?: ProblemRule): void;
  /** Another entry, by its collection's name and id, with its data typed by that collection's schema. */
  find<N extends KnownCollection>(collection: N, id: string): CheckedEntry<EntryDataByName[N]> | undefined;
  /** Reports the second and later uses of an id in a list, at `path[i].idField`. */
  unique(entry: CheckedEntry<unknown>, path: FieldPath, ids: readonly string[], idField?: string): void;
}

/** What a template needs to know about the playbook it writes into. */
export interface ScaffoldContext {
  /** The playbook's phases, subjects and improvement-model components, by id. */
  taxonomy: Taxonomy;
  /** The ids of the entries that exist, by collection name. */
  ids: Partial<Record<string, readonly string[]>>;
  /** The `order` of each strand that exists. */
  strandOrders: readonly number[];
  /** This year, for a new source. */
  year: number;
}

/** A new entry's data, with guidance. */
export interface Scaffold {
  /** The fields, in the order they are written. */
  data: Record<string, unknown>;
  /** Extra guidance by field path (`strand`, `evidence[].source`), shown with the field's description. */
  notes: Record<string, string>;
  /** MDX only: the body below the frontmatter. */
  body?: string;
}

/** A facet an index can be filtered by: a key used in URLs, a label, and each value's label. */
export interface FacetSpec {
  key: string;
  label: string;
  values: { id: string; label: string }[];
  /** False for a facet that is chosen on its own, not combined with others (keeps the pre-built pages few). Default: true. */
  combines?: boolean;
}

/** A search filter: the Pagefind filter name, its label, and its values in display order. */
export interface SearchFilter {
  name: string;
  label: string;
  values: string[];
}

/** An entry as an index and its cards see it; `rendered` carries what its body holds (its worked examples). */
export interface IndexEntry<Data> {
  id: string;
  data: Data;
  rendered?: { metadata?: Record<string, unknown> };
}

/** What an index needs from the rest of the playbook: its taxonomies and other collections' entries. */
export interface IndexContext {
  /** A taxonomy's terms, in the playbook's order. */
  terms(list: 'phases' | 'subjects' | 'components'): { id: string; label: string }[];
  /** The name of the improvement model the playbook's components come from, if it names one. */
  componentsModel: string | undefined;
  /** The label of a taxonomy term. */
  termLabel(list: 'phases' | 'subjects' | 'components', id: string): string;
  /** A collection's entries, by its name, in its reading order, with typed data. */
  entries<N extends KnownCollection>(collection: N): Promise<IndexEntry<EntryDataByName[N]>[]>;
  /** A collection's words (its singular, plural and type), by its name, as the playbook names it. */
  labels(collection: KnownCollection): CollectionLabels;
}

/** How a collection's entries show in its index. */
export interface IndexSpec<Data> {
  /** A card's text under its title. Default: the entry's summary. */
  summary?(entry: IndexEntry<Data>, context: IndexContext): string | Promise<string>;
  /** A line of key facts under each card. Default: none. */
  facts?(entry: IndexEntry<Data>, context: IndexContext): string | Promise<string>;
  /** The facets the index can be filtered by, and each entry's values for them. Default: none. */
  facets?(context: IndexContext): Promise<FacetSpec[]> | FacetSpec[];
  facetValues?(entry: IndexEntry<Data>): Record<string, readonly string[]>;
  /** Groups the cards under headings (techniques under their strands). Default: one list. */
  groups?(context: IndexContext): Promise<{ id: string; title: string }[]>;
  groupOf?(entry: IndexEntry<Data>): string;
  /** Filters this collection adds to the search page (its pages tag values with `data-pagefind-filter`). Default: none. */
  searchFilters?(context: IndexContext): Promise<SearchFilter[]> | SearchFilter[];
  /** A sentence under the index's heading, with links, as HTML-free parts. Default: none. */
  intro?: { text: string; link?: { href: string; label: string }; after?: string };
}

/** A collection's words: what readers call one entry, many, and what an entry is. */
export type CollectionLabels = {
  /** One entry: "technique". */
  singular: string;
  /** Many entries: "techniques". */
  plural: string;
  /** What an entry is, on its page and in the search "type" filter: "Technique". */
  type: string;
};

export interface CollectionDefinition<Name extends string, Schema extends z.ZodType> {
  /** The collection's name in Astro and in code, like "caseStudies". */
  name: Name;
  /** Folder (for `mdx` and `yaml`) or file (for `yaml-list`), relative to the content folder. */
  path: string;
  format: CollectionFormat;
  /** Words readers see. */
  labels: CollectionLabels;
  /** The URL segment of its pages, like "techniques" for /techniques/cold-call/. */
  route: string;
  /** Its place in the main navigation, lowest first; left out of the navigation when undefined. */
  nav?: number;
  schema(taxonomy: Taxonomy): Schema;
  /** The heading an entry is shown under. Default: its `title` field. */
  title?(data: z.output<Schema>): string;
  /** One or two sentences about an entry. Default: its `summary` field. */
  summary?(data: z.output<Schema>): string;
  /** How an entry is named where it is picked from a list (the editor's choices), when its title alone does not tell entries apart. Default: its title. */
  choiceLabel?(data: z.output<Schema>): string;
  /** Sorts entries in reading order. Default: by title. */
  compare?(a: IndexEntry<z.output<Schema>>, b: IndexEntry<z.output<Schema>>): number;
  /** Every reference an entry makes, in the order its fields are written. Default: none. */
  references?(data: z.output<Schema>): Reference[];
  /** Structural checks beyond the schema and the references. Default: none. */
  check?(checker: Checker, entry: CheckedEntry<z.output<Schema>>): void;
  /** The sources an entry cites, for the shared "Sources" section. Default: none. */
  citations?(data: z.output<Schema>): { heading?: string; items: readonly ({ source: string; note?: string } | string)[]; onPaper?: boolean };
  /** False where the entry page shows what refers to it itself (a framework's coverage). Default: true. */
  backlinks?: boolean;
  /** A class on the entry page's article, for the collection's own styles (a technique's one-page card). */
  articleClass?: string;
  /** True when an MDX body is a list of worked examples (`<Example>` blocks) that the editor edits one by one, not as free text. Default: false. */
  examplesBody?: boolean;
  /** A line the editor's preview shows under a draft, worked out from its data as typed (a sequence's length). Default: none. */
  editorNote?(data: Record<string, unknown>): string;
  /** The words readers see for the fixed values of its fields (a protocol's kind "coaching"), for the editor's choices. Default: the values as written. */
  valueLabels?: Readonly<Record<string, string>>;
  /**
   * How an entry is answered in the self-audit islands (its page, group results), or undefined
   * for an entry that is not answered (a rubric not used for self-review). `links` turns the ids
   * it refers to into titled links. Default: its entries are not answered. It loads the
   * self-audit's code (lib/audit/instrument.ts) when it is called, on the pages that are answered:
   * the editor bundles every definition and never answers one.
   */
  instrument?(entry: { id: string; data: z.output<Schema> }, links: LinkResolver): Promise<Instrument | undefined>;
  /** The data (and, for MDX, the body) of a new entry, for `npm run new` and the editor. */
  template(title: string, context: ScaffoldContext): Scaffold;
  index?: IndexSpec<z.output<Schema>>;
  /** For the YAML files editors validate as you type: the file's title and description in schemas/. */
  jsonSchema?: { file: string; title: string; description: string };
  /** The part of an entry an id names, for references to a part (a framework's elements). */
  parts?(data: z.output<Schema>): readonly string[];
  /** What a part is called, for messages: "element". */
  partLabel?: string;
  /** Fields this collection adds to other collections' entries, as frameworks add `serves`. */
  contributes?: Contribution;
}

/**
 * Fields one collection adds to others, with the references they make and the facets they give
 * those collections' indexes. The collections it adds to need no change: their schemas are
 * extended, and their pages show the folder's `Contribution.astro`.
 */
export interface Contribution {
  /** The names of the collections it adds fields to. */
  to: readonly string[];
  /** The fields, each described, added to those collections' schemas. */
  fields(taxonomy: Taxonomy): Record<string, z.ZodType>;
  /** The references the fields make, read from an entry's data. */
  references(data: Record<string, unknown>): Reference[];
  /** Facets for those collections' indexes, and an entry's values for them. */
  facets?(context: IndexContext): Promise<FacetSpec[]> | FacetSpec[];
  facetValues?(data: Record<string, unknown>): Record<string, readonly string[]>;
  /** Filters it adds to the search page. */
  searchFilters?(context: IndexContext): Promise<SearchFilter[]> | SearchFilter[];
}

// Definitions are stored as this loose shape; each one's types are kept by `defineCollection`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = CollectionDefinition<string, any>;

/** The data of a definition's entries, as its schema outputs it. */
export type DataOf<D extends AnyDefinition> = z.output<ReturnType<D['schema']>>;

/** Defines a collection, keeping its name and schema types for the registry. */
export function defineCollection<const Name extends string, Schema extends z.ZodType>(definition: CollectionDefinition<Name, Schema>): CollectionDefinition<Name, Schema> {
  return definition;
}

/** "a technique", "an audit". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** References to each id in a list, at `path[i]`. */
export function each(path: FieldPath, target: string, ids: readonly string[] | undefined): Reference[] {
  return (ids ?? []).map((id, i) => ({ path: [...path, i], target, id }));
}

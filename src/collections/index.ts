/**
 * The registry: the one list of the playbook's collections. Adding a collection is a folder under
 * src/collections/ and one line here; nothing else in the engine names a collection.
 */
import { z } from 'astro/zod';
import type { Taxonomy } from '../schemas/common.ts';
import { engineFields } from '../schemas/review.ts';
import type { AnyDefinition, Contribution, DataOf } from './define.ts';
import type { EntryDataByName } from './entry-data.ts';
import { collectionWords } from '../strings/index.ts';
import { audits } from './audits/index.ts';
import { caseStudies } from './case-studies/index.ts';
import { frameworks } from './frameworks/index.ts';
import { mentorCriteria } from './mentor-criteria/index.ts';
import { protocols } from './protocols/index.ts';
import { rubrics } from './rubrics/index.ts';
import { sequences } from './sequences/index.ts';
import { sources } from './sources/index.ts';
import { strands } from './strands/index.ts';
import { techniques } from './techniques/index.ts';

export const COLLECTIONS = [strands, sources, techniques, sequences, rubrics, audits, mentorCriteria, protocols, caseStudies, frameworks] as const;

// A fork may rename a collection (techniques as "moves") in content/strings.yaml. Its words are put
// over each definition's own here, once, so every page, message and island uses them.
for (const definition of COLLECTIONS) Object.assign(definition.labels, collectionWords[definition.route]);

export type Definition = (typeof COLLECTIONS)[number];
export type CollectionName = Definition['name'];
/** The definition of the collection called N. */
export type DefinitionOf<N extends CollectionName> = Extract<Definition, { name: N }>;
/** The data of an entry of the collection called N, as its schema outputs it. */
export type EntryData<N extends CollectionName> = DataOf<DefinitionOf<N>>;

// entry-data.ts names each collection's data, so one collection can read another's entries by name.
// This type does not compile when it and the registry disagree (a collection missing, or other data).
type RegistryData = { [D in Definition as D['name']]: DataOf<D> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type EntryDataAgrees = Holds<Same<RegistryData, EntryDataByName>>;

/** The collections in the main navigation's order (their `nav`); any it leaves out come last, in the registry's order. */
export const IN_NAVIGATION_ORDER: readonly Definition[] = [...COLLECTIONS].sort((a, b) => (a.nav ?? Number.MAX_SAFE_INTEGER) - (b.nav ?? Number.MAX_SAFE_INTEGER));

const byName = new Map<string, AnyDefinition>(COLLECTIONS.map((definition) => [definition.name, definition]));

/** Whether a name is a registered collection's. */
export function isCollectionName(name: string): name is CollectionName {
  return byName.has(name);
}

/** A collection's definition, by name. */
export function definitionOf(name: string): AnyDefinition {
  const definition = byName.get(name);
  if (!definition) throw new Error(`Unknown collection "${name}": the registry in src/collections/index.ts lists ${[...byName.keys()].join(', ')}.`);
  return definition;
}

/** What other collections add to this one (see Contribution in define.ts), with who adds it. */
export function contributionsTo(name: string): { from: AnyDefinition; contribution: Contribution }[] {
  return COLLECTIONS.flatMap((definition: AnyDefinition) => (definition.contributes?.to.includes(name) ? [{ from: definition, contribution: definition.contributes }] : []));
}

/**
 * A collection's full schema: its own, extended with the fields other collections add to it, and
 * with the engine-wide fields every collection has (src/schemas/review.ts: an optional `review`
 * date). Those are added here, in one place, so no collection folder declares them.
 */
export function schemaOf(definition: AnyDefinition, taxonomy: Taxonomy): z.ZodType<Record<string, unknown>> {
  const own = definition.schema(taxonomy);
  const added = Object.assign({}, ...contributionsTo(definition.name).map(({ contribution }) => contribution.fields(taxonomy)), engineFields());
  if (!(own instanceof z.ZodObject)) throw new Error(`${definition.name}: every collection gets the engine-wide fields (and others may add fields to it), so its schema must be an object`);
  return own.extend(added);
}

/** "The collection file" or folder, as authors see it: "strands.yaml", "techniques/". */
export function placeOf(definition: AnyDefinition): string {
  return definition.format === 'yaml-list' ? definition.path : `${definition.path}/`;
}

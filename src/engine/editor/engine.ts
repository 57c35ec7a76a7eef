/**
 * The one door from the editor into the engine. Everything the editor needs from the content
 * engine (the collections, schemas, the content check's rules and its problem shape, JSON Schema
 * conversion) is re-exported here, so that when the engine moves its files only this module
 * changes. Nothing here may import Node's file system: the editor runs in the browser.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS as REGISTRY, IN_NAVIGATION_ORDER, definitionOf, isCollectionName, schemaOf, type CollectionName } from '../../collections/index.ts';
import type { CollectionFormat } from '../../collections/define.ts';
import type { Taxonomy } from '../../schemas/common.ts';
import type { Problem } from '../../core/problem.ts';

export type { CollectionName, CollectionFormat };
export { isCollectionName };
export { PLAYBOOK_FILE } from '../../schemas/playbook.ts';
export { playbookSchema, type Playbook } from '../../schemas/playbook.ts';
export { ID_PATTERN, type Taxonomy } from '../../schemas/common.ts';
export { checkReferences, type ValidEntry } from '../references.ts';
export { referencesFrom, type Reference } from '../links.ts';
export { zodProblems } from '../../lib/content/zod-problems.ts';
export { contrastProblems } from '../../lib/content/contrast.ts';
export { describeFound, formatPath, formatProblem, sortProblems, type Problem } from '../../core/problem.ts';
export { stepId, slugify } from '../../lib/content/step-id.ts';
export { taxonomyOf } from '../../core/taxonomy.ts';
export { toJsonSchema, type JsonSchema } from '../scaffold/json-schemas.ts';

/** The names of the collections, in the registry's order. */
export const COLLECTION_NAMES: readonly CollectionName[] = REGISTRY.map((definition) => definition.name);

/** The collection first in the main navigation (techniques, in the default playbook): what a new entry is unless the author chooses. */
export const FIRST_IN_NAVIGATION: CollectionName = IN_NAVIGATION_ORDER[0]!.name;

/** What the editor needs to know of a collection: where its files are, its words, and its full schema. */
export interface CollectionSpec {
  name: CollectionName;
  path: string;
  format: CollectionFormat;
  singular: string;
  plural: string;
  route: string;
  /** Its MDX body is worked examples, edited one by one. */
  examplesBody: boolean;
  /** The preview's line about a draft, from the collection's definition. */
  note?(data: Record<string, unknown>): string;
  /** The schema the content check uses: the collection's own, with the fields other collections add. */
  schema(taxonomy: Taxonomy): z.ZodType<Record<string, unknown>>;
}

/** A collection's spec, from its definition in the registry. */
export function collectionSpec(name: CollectionName): CollectionSpec {
  const definition = definitionOf(name);
  return {
    name,
    path: definition.path,
    format: definition.format,
    singular: definition.labels.singular,
    plural: definition.labels.plural,
    route: definition.route,
    examplesBody: definition.examplesBody ?? false,
    ...(definition.editorNote ? { note: definition.editorNote } : {}),
    schema: (taxonomy) => schemaOf(definition, taxonomy),
  };
}

/** The MDX body check, loaded on demand: it brings the MDX parser, which only bodies need. */
export async function loadBodyCheck(): Promise<(body: string, file: string, bodyLine: number, taxonomy: Taxonomy | undefined) => { problems: Problem[] }> {
  const { renderBody } = await import('../../lib/content/body.ts');
  return (body, file, bodyLine, taxonomy) => {
    // The check only needs the ids a body may use; their labels are for rendering.
    const terms = taxonomy ? { phases: new Map(taxonomy.phases.map((id) => [id, id])), subjects: new Map(taxonomy.subjects.map((id) => [id, id])) } : undefined;
    return renderBody(body, file, bodyLine, terms, false);
  };
}

/** Every collection's spec, in the registry's order. */
export const COLLECTIONS: readonly CollectionSpec[] = COLLECTION_NAMES.map(collectionSpec);

/**
 * The one door from the editor into the engine. Everything the editor needs from the content
 * engine (collection table, schemas, the content check's rules and its problem shape, JSON Schema
 * conversion) is re-exported here, so that when the engine moves its files only this module
 * changes. Nothing here may import Node's file system: the editor runs in the browser.
 */
export { COLLECTIONS, COLLECTION_NAMES, PLAYBOOK_FILE, collectionSpec, type CollectionName, type CollectionSpec, type CollectionFormat } from '../content/collections.ts';
export { playbookSchema, type Playbook } from '../../schemas/playbook.ts';
export { ID_PATTERN, type Taxonomy } from '../../schemas/common.ts';
export { checkReferences, type ValidEntry } from '../content/references.ts';
export { referencesFrom, type Reference } from '../content/links.ts';
export { zodProblems } from '../content/zod-problems.ts';
export { contrastProblems } from '../content/contrast.ts';
export { describeFound, formatPath, formatProblem, sortProblems, type Problem } from '../content/problem.ts';
export { stepId, slugify } from '../content/step-id.ts';
export { taxonomyOf } from '../content/taxonomy.ts';
export { toJsonSchema, type JsonSchema } from '../scaffold/json-schemas.ts';

/** The MDX body check, loaded on demand: it brings the MDX parser, which only bodies need. */
export async function loadBodyCheck(): Promise<typeof import('../content/mdx-body.ts').checkMdxBody> {
  return (await import('../content/mdx-body.ts')).checkMdxBody;
}

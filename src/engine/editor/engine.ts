/**
 * The one door from the editor into the engine. Everything the editor needs from the content
 * engine (the collections' definitions and schemas, the content check's rules and its problem
 * shape, the field hints) is re-exported here, so that when the engine moves its files only this
 * module changes. Nothing here may import Node's file system: the editor runs in the browser.
 */
import { IN_NAVIGATION_ORDER, type CollectionName } from '../../collections/index.ts';
import type { Taxonomy } from '../../schemas/common.ts';
import type { Problem } from '../../core/problem.ts';

export type { CollectionName };
export type { AnyDefinition, CollectionFormat, CollectionLabels } from '../../collections/define.ts';
export { COLLECTIONS, definitionOf, isCollectionName, schemaOf } from '../../collections/index.ts';
export { PLAYBOOK_FILE } from '../../schemas/playbook.ts';
export { playbookSchema, type Playbook } from '../../schemas/playbook.ts';
export { ID_PATTERN, type Taxonomy } from '../../schemas/common.ts';
export { EDITOR_HINT_KEYWORD, EDITOR_MORE_KEYWORD, type EditorHint } from '../../schemas/editor-hints.ts';
export { checkReferences, type ValidEntry } from '../references.ts';
export { zodProblems } from '../../lib/content/zod-problems.ts';
export { contrastProblems } from '../../lib/content/contrast.ts';
export { describeFound, fieldProblem, formatPath, formatProblem, placeProblem, sortProblems, type FieldPath, type Problem, type ProblemRule } from '../../core/problem.ts';
export { stepId, slugify } from '../../lib/content/step-id.ts';
export { taxonomyOf } from '../../core/taxonomy.ts';
export type { JsonSchema } from '../scaffold/json-schemas.ts';

/** The collection first in the main navigation (techniques, in the default playbook): what a new entry is unless the author chooses. */
export const FIRST_IN_NAVIGATION: CollectionName = IN_NAVIGATION_ORDER[0]!.name;

/** The MDX body check, loaded on demand: it brings the MDX parser, which only bodies need. */
export async function loadBodyCheck(): Promise<(body: string, file: string, bodyLine: number, taxonomy: Taxonomy | undefined) => { problems: Problem[] }> {
  const { renderBody } = await import('../../lib/content/body.ts');
  return (body, file, bodyLine, taxonomy) => {
    // The check only needs the ids a body may use; their labels are for rendering.
    const terms = taxonomy ? { phases: new Map(taxonomy.phases.map((id) => [id, id])), subjects: new Map(taxonomy.subjects.map((id) => [id, id])) } : undefined;
    return renderBody(body, file, bodyLine, terms, false);
  };
}

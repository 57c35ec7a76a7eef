/**
 * Checks an entry as it is typed, with the content check's own rules: the collection's zod schema
 * (through zodProblems, so messages read the same), the cross-entry rules of checkReferences and
 * the file-name rules. The cross-entry rules run against the ids of every entry the playbook has,
 * and against the real entries whose data a rule reads (the techniques whose action steps a
 * sequence names), which the editor reads from their files when the draft names them. The MDX body
 * check is loaded on demand (see engine.ts) and added by the caller. Each problem comes back with
 * its place in the form.
 */
import { ID_PATTERN, checkReferences, contrastProblems, definitionOf, fieldProblem, placeProblem, playbookSchema, schemaOf, sortProblems, zodProblems, type CollectionName, type Problem, type ProblemRule, type Taxonomy, type ValidEntry } from './engine.ts';
import { idIsFileName, kindSpec, type EditorKind } from './kinds.ts';
import type { Data } from './document.ts';
import type { FormProblem } from './form-problems.ts';

/** What the editor knows about the playbook, for the cross-entry rules. */
export interface PlaybookContext {
  taxonomy: Taxonomy;
  /** Every entry that exists, by collection and id; undefined until the editor has the list, when the cross-entry rules wait. */
  existing: readonly { collection: CollectionName; id: string }[] | undefined;
  /** Entries whose data a rule reads (see entriesWithParts in form-schema.ts), read from their files. */
  named: readonly ValidEntry[];
}

export interface EntryUnderEdit {
  kind: EditorKind;
  /** The id: the file name for one-file-an-entry kinds; for list kinds, data.id. */
  id: string;
  /** The file it is saved to. */
  file: string;
  data: Data;
  /** The id it had when it was opened; undefined for a new entry. */
  originalId?: string;
}

/** A problem of the entry's data, at its field; one about no field belongs to the whole entry. */
const inField = (problem: Problem): FormProblem => ({ problem, place: { at: 'field', path: problem.path ?? [] } });

/** How the check names the file name, which is an entry's id, in its words. */
const FILE_NAME_FIELD = '(the file name)';

/** Problems with the id an entry would be saved under. */
function idProblems(entry: EntryUnderEdit, context: PlaybookContext): FormProblem[] {
  if (entry.kind === 'playbook') return [];
  const onFile = idIsFileName(entry.kind);
  const problem = (expected: string, found: string, rule: ProblemRule): FormProblem =>
    onFile ? { place: { at: 'file-name' }, problem: placeProblem(entry.file, FILE_NAME_FIELD, expected, found, undefined, rule) } : inField(fieldProblem(entry.file, ['id'], expected, found, rule));
  if (onFile && !ID_PATTERN.test(entry.id)) {
    return [problem('lower-case words joined by hyphens, like "cold-call" (the file name is the id)', entry.id ? JSON.stringify(entry.id) : 'nothing', entry.id ? { rule: 'format', format: 'id' } : { rule: 'missing' })];
  }
  if (entry.id === entry.originalId || !context.existing) return [];
  const taken = context.existing.some((other) => other.collection === entry.kind && other.id === entry.id);
  return taken ? [problem(`an id no other ${kindSpec(entry.kind).labels.singular} has`, `${JSON.stringify(entry.id)}, which is taken`, { rule: 'taken' })] : [];
}

/** Every problem the content check would report for this entry, except those in an MDX body. */
export function entryProblems(entry: EntryUnderEdit, context: PlaybookContext): FormProblem[] {
  if (entry.kind === 'playbook') {
    const parsed = playbookSchema.safeParse(entry.data);
    if (!parsed.success) return sortProblems(zodProblems(entry.file, entry.data, parsed.error.issues)).map(inField);
    return sortProblems(contrastProblems(parsed.data.colours, entry.file)).map(inField);
  }
  const problems = idProblems(entry, context);
  const parsed = kindSpec(entry.kind).schema(context.taxonomy).safeParse(entry.data);
  if (!parsed.success) return [...problems, ...sortProblems(zodProblems(entry.file, entry.data, parsed.error.issues)).map(inField)];
  if (!context.existing) return problems;

  const current: ValidEntry = { collection: entry.kind, id: entry.id, file: entry.file, pathInFile: [], data: parsed.data };
  // The entry as it was opened is the draft now: its saved self is left out.
  const isSelf = (other: { collection: string; id: string }) => other.collection === entry.kind && other.id === (entry.originalId ?? entry.id);
  const named = context.named.filter((other) => !isSelf(other));
  const existing = [...context.existing.filter((other) => !isSelf(other)), { collection: entry.kind, id: entry.id }];
  // The named entries' own problems are the check's business, not this entry's.
  const references = checkReferences([current, ...named], existing).filter((problem) => problem.file === entry.file);
  return [...problems, ...sortProblems(references).map(inField)];
}

/** An entry read from its file (its data, as document.ts's openEntry gives it), as the cross-entry rules see it; undefined when it does not pass its own schema. */
export function validEntryFrom(entry: { collection: CollectionName; id: string; file: string; data: unknown }, taxonomy: Taxonomy): ValidEntry | undefined {
  const parsed = schemaOf(definitionOf(entry.collection), taxonomy).safeParse(entry.data);
  return parsed.success ? { collection: entry.collection, id: entry.id, file: entry.file, pathInFile: [], data: parsed.data } : undefined;
}

/**
 * Checks an entry as it is typed, with the content check's own rules: the collection's zod schema
 * (through zodProblems, so messages read the same), the cross-entry rules of checkReferences run
 * against the playbook's other entries, and the file-name rules. The MDX body check is loaded on
 * demand (see engine.ts) and added by the caller. Problems come back in the check's shape.
 */
import { ID_PATTERN, checkReferences, contrastProblems, playbookSchema, sortProblems, zodProblems, type CollectionName, type Problem, type Taxonomy, type ValidEntry } from './engine.ts';
import { idIsFileName, kindSpec, type EditorKind } from './kinds.ts';
import type { Data } from './document.ts';

/** What the editor knows about the built playbook, for the cross-entry rules. */
export interface PlaybookContext {
  taxonomy: Taxonomy;
  /** Every entry that exists, by collection and id. */
  existing: { collection: CollectionName; id: string }[];
  /** The techniques with their action step ids, which sequences name. */
  techniques: { id: string; steps: { id: string; title: string }[] }[];
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

/** Problems with the id an entry would be saved under. */
function idProblems(entry: EntryUnderEdit, context: PlaybookContext): Problem[] {
  if (entry.kind === 'playbook') return [];
  const onFile = idIsFileName(entry.kind);
  const field = onFile ? '(the file name)' : 'id';
  if (onFile && !ID_PATTERN.test(entry.id)) {
    return [{ file: entry.file, field, expected: 'lower-case words joined by hyphens, like "cold-call" (the file name is the id)', found: entry.id ? JSON.stringify(entry.id) : 'nothing' }];
  }
  if (entry.id === entry.originalId) return [];
  const taken = context.existing.some((other) => other.collection === entry.kind && other.id === entry.id);
  if (!taken) return [];
  return [{ file: entry.file, field, expected: `an id no other ${kindSpec(entry.kind).singular} has`, found: `${JSON.stringify(entry.id)}, which is taken` }];
}

/** Every problem the content check would report for this entry, except those in an MDX body. */
export function entryProblems(entry: EntryUnderEdit, context: PlaybookContext): Problem[] {
  if (entry.kind === 'playbook') {
    const parsed = playbookSchema.safeParse(entry.data);
    if (!parsed.success) return sortProblems(zodProblems(entry.file, entry.data, parsed.error.issues));
    return sortProblems(contrastProblems(parsed.data.colours, entry.file));
  }
  const problems = idProblems(entry, context);
  const parsed = kindSpec(entry.kind).schema(context.taxonomy).safeParse(entry.data);
  if (!parsed.success) return sortProblems([...problems, ...zodProblems(entry.file, entry.data, parsed.error.issues)]);

  const current: ValidEntry = { collection: entry.kind, id: entry.id, file: entry.file, pathInFile: [], data: parsed.data };
  // Other techniques take part only so that a sequence's action steps can be checked against them;
  // their own problems are the check's business, not this entry's, and are filtered out below.
  const others: ValidEntry[] = context.techniques
    .filter((technique) => !(entry.kind === 'techniques' && technique.id === entry.originalId))
    .map((technique) => ({ collection: 'techniques', id: technique.id, file: '\u0000other', pathInFile: [], data: { strand: '', evidence: [], related: [], steps: technique.steps } }));
  const existing = [
    ...context.existing.filter((other) => !(other.collection === entry.kind && other.id === entry.originalId)),
    { collection: entry.kind, id: entry.id },
  ];
  const references = checkReferences([current, ...others], existing).filter((problem) => problem.file === entry.file);
  return sortProblems([...problems, ...references]);
}

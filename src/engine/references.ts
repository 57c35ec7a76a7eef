/**
 * Checks that hold across entries, after each entry has passed its own schema: references name
 * entries (and parts of entries) that exist, ids are unique within a collection, and each
 * collection's own structural checks (its definition's `check`). Each broken rule is a problem
 * naming the file and field.
 */
import { definitionOf, placeOf } from '../collections/index.ts';
import { withArticle, type CheckedEntry, type Checker, type FieldPath } from '../collections/define.ts';
import type { EntryDataByName, KnownCollection } from '../collections/entry-data.ts';
import { fieldProblem, formatPath, type Problem, type ProblemRule } from '../core/problem.ts';
import { entryKey, referencesFrom } from './links.ts';

/** An entry that has passed its schema: `data` is the schema's output. */
export type ValidEntry = CheckedEntry<Record<string, unknown>>;

/** An entry known to exist, whether or not it passed its schema. */
export interface ExistingEntry {
  collection: string;
  id: string;
  /** Set when the entry could not be read or failed its schema: references to it are not judged. */
  unsound?: boolean;
}

class EntryChecker implements Checker {
  readonly problems: Problem[] = [];
  private readonly index = new Map<string, ValidEntry>();
  private readonly known = new Map<string, ExistingEntry>();

  constructor(entries: readonly ValidEntry[], existing: Iterable<ExistingEntry>) {
    for (const entry of entries) {
      const key = entryKey(entry.collection, entry.id);
      if (!this.index.has(key)) this.index.set(key, entry);
    }
    for (const entry of existing) this.known.set(entryKey(entry.collection, entry.id), entry);
  }

  report(entry: CheckedEntry<unknown>, path: FieldPath, expected: string, found: string, rule?: ProblemRule): void {
    this.problems.push(fieldProblem(entry.file, [...entry.pathInFile, ...path], expected, found, rule));
  }

  find<N extends KnownCollection>(collection: N, id: string): CheckedEntry<EntryDataByName[N]> | undefined {
    // Entries are indexed by collection name, and each passed its own collection's schema.
    return this.index.get(entryKey(collection, id)) as CheckedEntry<EntryDataByName[N]> | undefined;
  }

  unique(entry: CheckedEntry<unknown>, path: FieldPath, ids: readonly string[], idField = 'id'): void {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else this.report(entry, [...path, i, idField], `an id not used before in this list (it is already ${formatPath([...entry.pathInFile, ...path, first, idField])})`, JSON.stringify(id), { rule: 'taken', first: [...path, first, idField] });
    });
  }

  /**
   * Reports a reference to an entry that does not exist, or to a part it does not have. A
   * reference to an entry that exists but is itself unsound is left quiet: that entry's own
   * problem is the one to fix.
   */
  reference(entry: ValidEntry, path: FieldPath, targetName: string, id: string, part: string | undefined): void {
    const target = definitionOf(targetName);
    const key = entryKey(targetName, id);
    const existing = this.known.get(key);
    if (this.known.get(entryKey(targetName, '*'))?.unsound) return; // its file could not be read: that is the problem to fix
    if (!existing) {
      this.report(entry, path, `the id of ${withArticle(target.labels.singular)} in ${placeOf(target)}`, `${JSON.stringify(id)}, which does not exist`, { rule: 'no-entry', collection: targetName });
      return;
    }
    if (part === undefined || existing.unsound) return;
    // Only an entry whose data is at hand can be asked for its parts (the editor checks one entry at a time).
    const named = this.index.get(key);
    if (!named) return;
    const parts = target.parts?.(named.data) ?? [];
    if (!parts.includes(part)) {
      const label = target.partLabel ?? 'part';
      this.report(entry, path, `${withArticle(label)} of ${JSON.stringify(id)}: one of ${parts.map((candidate) => JSON.stringify(candidate)).join(', ')}`, `${JSON.stringify(part)}, which it does not have`, { rule: 'no-part', collection: targetName, id });
    }
  }
}

/** Reports the second and later entries of a collection that reuse an id. */
function checkUniqueIds(checker: EntryChecker, entries: readonly ValidEntry[]): void {
  const seen = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const key = entryKey(entry.collection, entry.id);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const firstPlace = first.file === entry.file ? formatPath(first.pathInFile) : first.file;
    checker.report(entry, ['id'], `an id no other ${definitionOf(entry.collection).labels.singular} has (${firstPlace} has it already)`, JSON.stringify(entry.id), { rule: 'taken' });
  }
}

/**
 * Runs every cross-entry check over entries that passed their schemas. `existing` lists every
 * entry that exists, valid or not (unsound ones marked), so that an entry with a problem of its
 * own is not also reported as missing by everything that refers to it. Default: the valid entries.
 */
export function checkReferences(entries: readonly ValidEntry[], existing: Iterable<ExistingEntry> = entries): Problem[] {
  const checker = new EntryChecker(entries, existing);
  checkUniqueIds(checker, entries);
  for (const entry of entries) {
    for (const reference of referencesFrom(entry)) checker.reference(entry, reference.path, reference.target, reference.id, reference.part);
    definitionOf(entry.collection).check?.(checker, entry);
  }
  return checker.problems;
}

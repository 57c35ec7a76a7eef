/**
 * The references an entry makes to other entries, found in one place: the content check uses
 * them to report references to entries that do not exist, and pages use them to show backlinks
 * ("used in these sequences, audits and case studies") and a framework's coverage. Each
 * collection says what its own fields refer to (its `references`), and a collection that adds
 * fields to others says what those refer to (its `contributes.references`).
 */
import { contributionsTo, definitionOf } from '../collections/index.ts';
import type { Reference } from '../collections/define.ts';

export type { Reference };

export interface LinkableEntry {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

/** Every reference an entry makes, in the order its fields are written, then the fields others add. */
export function referencesFrom(entry: LinkableEntry): Reference[] {
  const own = definitionOf(entry.collection).references?.(entry.data) ?? [];
  return [...own, ...contributionsTo(entry.collection).flatMap(({ contribution }) => contribution.references(entry.data))];
}

/** A key for an entry across collections: "techniques/cold-call". */
export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** An entry that refers to another, and the part of the other it names, if any. */
export interface Backlink {
  collection: string;
  id: string;
  part?: string;
}

/**
 * For every entry that something refers to, the entries that refer to it, each once (once per
 * part, for references to parts), in the order they were given. Keyed by `entryKey`.
 */
export function backlinks(entries: readonly LinkableEntry[]): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const reference of referencesFrom(entry)) {
      const key = entryKey(reference.target, reference.id);
      const once = `${key}#${reference.part ?? ''}`;
      if (seen.has(once)) continue;
      seen.add(once);
      const list = result.get(key) ?? [];
      list.push({ collection: entry.collection, id: entry.id, ...(reference.part ? { part: reference.part } : {}) });
      result.set(key, list);
    }
  }
  return result;
}

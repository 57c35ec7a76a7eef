/**
 * Merging records by their ids, so a file imported twice, or two exports of the same record,
 * never duplicate anything. A record already held is replaced only by a copy changed later
 * (`updatedAt`); otherwise the one held is kept. One pass over each list, with a map by id.
 */
import { LIMITS, type Coachee, type CoachingDoc, type DropIn } from './schema.ts';

export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges `incoming` into `held` by id; the later `updatedAt` wins. Keeps the order: held first, then new ones. */
export function mergeById<T extends { id: string; updatedAt: string }>(held: readonly T[], incoming: readonly T[]): { merged: T[]; count: MergeCount } {
  const index = new Map<string, number>();
  const merged = [...held];
  merged.forEach((item, position) => index.set(item.id, position));
  const count: MergeCount = { added: 0, updated: 0, unchanged: 0 };
  for (const item of incoming) {
    const position = index.get(item.id);
    if (position === undefined) {
      index.set(item.id, merged.length);
      merged.push(item);
      count.added++;
    } else if (item.updatedAt > merged[position]!.updatedAt) {
      merged[position] = item;
      count.updated++;
    } else count.unchanged++;
  }
  return { merged, count };
}

export type MergeResult = { ok: true; doc: CoachingDoc; coachees: MergeCount; dropIns: MergeCount } | { ok: false; tooMany: 'coachees' | 'dropIns' };

/**
 * The record with an exported file's coachees and drop-ins merged in. A device with no records yet
 * takes the file's coach id, so moving to a new device keeps one coach; otherwise its own is kept.
 */
export function mergeRecords(doc: CoachingDoc, file: { coach: string; coachees: readonly Coachee[]; dropIns: readonly DropIn[] }): MergeResult {
  const coachees = mergeById(doc.coachees, file.coachees);
  const dropIns = mergeById(doc.dropIns, file.dropIns);
  if (coachees.merged.length > LIMITS.coachees) return { ok: false, tooMany: 'coachees' };
  if (dropIns.merged.length > LIMITS.dropIns) return { ok: false, tooMany: 'dropIns' };
  const coach = doc.coachees.length === 0 && doc.dropIns.length === 0 ? file.coach : doc.coach;
  return { ok: true, doc: { ...doc, coach, coachees: coachees.merged, dropIns: dropIns.merged }, coachees: coachees.count, dropIns: dropIns.count };
}

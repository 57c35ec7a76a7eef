/**
 * Changes to a stored self-audit document, as pure functions. Each change names what it touches
 * (an attempt, an item, a section), so applying it to the freshest copy in storage merges it with
 * whatever another tab saved meanwhile instead of overwriting it.
 */
import type { Attempt, AuditDoc } from './schema.ts';
import { formatDate } from '../../strings/index.ts';

export type { Attempt, AuditDoc };

/** A new, empty attempt. */
export function newAttempt(id: string, label: string, now: Date): Attempt {
  const time = now.toISOString();
  return { id, label, createdAt: time, updatedAt: time, answers: {}, notes: {} };
}

function updateAttempt(doc: AuditDoc, attemptId: string, change: (attempt: Attempt) => Attempt): AuditDoc {
  if (!doc.attempts.some((attempt) => attempt.id === attemptId)) return doc;
  return { ...doc, attempts: doc.attempts.map((attempt) => (attempt.id === attemptId ? change(attempt) : attempt)) };
}

/** Adds an attempt at the end; an attempt with the same id already there is left as it is. */
export function addAttempt(doc: AuditDoc, attempt: Attempt): AuditDoc {
  if (doc.attempts.some((existing) => existing.id === attempt.id)) return doc;
  return { ...doc, attempts: [...doc.attempts, attempt] };
}

/** Sets (or, with null, clears) the answer to one item of one attempt. */
export function setAnswer(doc: AuditDoc, attemptId: string, itemId: string, value: number | null, now: Date): AuditDoc {
  return updateAttempt(doc, attemptId, (attempt) => {
    const answers = { ...attempt.answers };
    if (value === null) delete answers[itemId];
    else answers[itemId] = value;
    return { ...attempt, answers, updatedAt: now.toISOString() };
  });
}

/** Sets the note on one section of one attempt; an empty note is removed. */
export function setNote(doc: AuditDoc, attemptId: string, sectionId: string, text: string, now: Date): AuditDoc {
  return updateAttempt(doc, attemptId, (attempt) => {
    const notes = { ...attempt.notes };
    if (text === '') delete notes[sectionId];
    else notes[sectionId] = text;
    return { ...attempt, notes, updatedAt: now.toISOString() };
  });
}

/** Renames an attempt. */
export function renameAttempt(doc: AuditDoc, attemptId: string, label: string, now: Date): AuditDoc {
  return updateAttempt(doc, attemptId, (attempt) => ({ ...attempt, label, updatedAt: now.toISOString() }));
}

/** Removes one attempt; the others are untouched. */
export function deleteAttempt(doc: AuditDoc, attemptId: string): AuditDoc {
  return { ...doc, attempts: doc.attempts.filter((attempt) => attempt.id !== attemptId) };
}

/** Sets the name of whose answers these are. */
export function setOwner(doc: AuditDoc, owner: string): AuditDoc {
  return { ...doc, owner };
}

/** Whether an attempt holds nothing yet: no answers and no notes. */
export function isEmptyAttempt(attempt: Attempt): boolean {
  return Object.keys(attempt.answers).length === 0 && Object.keys(attempt.notes).length === 0;
}

/** The attempt most recently changed: the one to resume. */
export function latestChanged(attempts: readonly Attempt[]): Attempt | undefined {
  let latest: Attempt | undefined;
  for (const attempt of attempts) if (!latest || attempt.updatedAt > latest.updatedAt) latest = attempt;
  return latest;
}

/** Attempts oldest first, by when they were started (ties keep their stored order). */
export function byCreated(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Whether two attempts hold exactly the same data. */
export function sameAttempt(a: Attempt, b: Attempt): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function canonical(attempt: Attempt): Attempt {
  return { ...attempt, answers: sortedRecord(attempt.answers), notes: sortedRecord(attempt.notes) };
}

export interface MergeResult {
  doc: AuditDoc;
  /** Attempts that were not here and now are. */
  added: number;
  /** Attempts already here with exactly the same data. */
  unchanged: number;
  /** Attempts here with the same id but different data: the saved one was kept. */
  keptSaved: number;
}

/**
 * Adds imported attempts. Nothing already saved changes: an attempt with a known id keeps its
 * saved data, and a name already given here is kept (the file's name is taken only when there is none).
 * The attempts are looked up by id in a map, so a file of 10,000 attempts merges in one pass.
 */
export function mergeAttempts(doc: AuditDoc, incoming: readonly Attempt[], owner = ''): MergeResult {
  const byId = new Map(doc.attempts.map((attempt) => [attempt.id, attempt]));
  const attempts = [...doc.attempts];
  let unchanged = 0;
  let keptSaved = 0;
  for (const attempt of incoming) {
    const existing = byId.get(attempt.id);
    if (!existing) {
      byId.set(attempt.id, attempt);
      attempts.push(attempt);
    } else if (sameAttempt(existing, attempt)) unchanged++;
    else keptSaved++;
  }
  const added = attempts.length - doc.attempts.length;
  const named = doc.owner === '' && owner !== '' ? setOwner(doc, owner) : doc;
  return { doc: added > 0 ? { ...named, attempts } : named, added, unchanged, keptSaved };
}

/** A label for a new attempt from its date, in the playbook's language: "September 2026". */
export function defaultLabel(now: Date): string {
  return formatDate(now, { month: 'long', year: 'numeric' });
}

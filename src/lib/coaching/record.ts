/**
 * The coach's record on their device, and the changes a coach makes to it: add or rename a
 * coachee, save a drop-in, delete one drop-in, one coachee (with their drop-ins) or everything.
 * Each change returns a new document and leaves the one given untouched, so the storage layer can
 * apply it to the freshest saved copy (a second tab's changes are kept).
 *
 * Ids and times are passed in: this module makes no random numbers and reads no clock, so it is
 * tested exactly.
 */
import type { DocCodec } from '../storage/store.ts';
import { readVersion } from './read.ts';
import { cycleIntervals, inTimeOrder, openStep, sameStep, stepSpans } from './timeline.ts';
import { STORED_VERSION, storedSchema, type CoachingDoc, type DropIn, type Outcome, type StepRef } from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

/** The storage key of the coaching record. It includes the site's base path, so two playbooks on one host keep their records apart. */
export function coachingStorageKey(base: string): string {
  return `playbook:${base}:coaching`;
}

/** A record with no coachees yet, for the coach whose device made `coach`. */
export function emptyDoc(coach: string): CoachingDoc {
  return { version: STORED_VERSION, coach, coachees: [], dropIns: [] };
}

/**
 * What the schema cannot say: ids are unique, and every drop-in is about a coachee in the record.
 * The reason, or undefined when all is well.
 */
export function integrityProblem(records: { coachees: readonly { id: string }[]; dropIns: readonly { id: string; coachee: string }[] }): string | undefined {
  const coachees = new Set<string>();
  for (const [index, coachee] of records.coachees.entries()) {
    if (coachees.has(coachee.id)) return format(words.sameCoacheeId, { path: `coachees[${index}].id`, id: coachee.id });
    coachees.add(coachee.id);
  }
  const dropIns = new Set<string>();
  for (const [index, dropIn] of records.dropIns.entries()) {
    if (dropIns.has(dropIn.id)) return format(words.sameDropInId, { path: `dropIns[${index}].id`, id: dropIn.id });
    dropIns.add(dropIn.id);
    if (!coachees.has(dropIn.coachee)) return format(words.unknownCoachee, { path: `dropIns[${index}].coachee`, id: dropIn.coachee });
  }
  return undefined;
}

/** Reads the saved record: checked against the schema and for integrity. `newCoach` makes the id of a device's first record. */
export function coachingCodec(newCoach: () => string): DocCodec<CoachingDoc> {
  return {
    read(value) {
      const read = readVersion(value, STORED_VERSION, storedSchema);
      if (!read.ok) return read;
      const problem = integrityProblem(read.doc);
      return problem ? { ok: false, reason: problem } : read;
    },
    empty: () => emptyDoc(newCoach()),
  };
}

/** The record with a new coachee, or with the coachee's label and group changed when the id is already there. */
export function saveCoachee(doc: CoachingDoc, coachee: { id: string; label: string; group: string }, now: string): CoachingDoc {
  const label = coachee.label.trim();
  const group = coachee.group.trim();
  const existing = doc.coachees.find((item) => item.id === coachee.id);
  if (!existing) return { ...doc, coachees: [...doc.coachees, { id: coachee.id, label, group, createdAt: now, updatedAt: now }] };
  if (existing.label === label && existing.group === group) return doc;
  return { ...doc, coachees: doc.coachees.map((item) => (item === existing ? { ...item, label, group, updatedAt: now } : item)) };
}

/** What a drop-in form holds: a drop-in without its record times. */
export type DropInFields = Omit<DropIn, 'createdAt' | 'updatedAt'>;

/** A drop-in with its fields in the order the schema writes them, and nothing else, so a record and its export read the same. */
function dropInRecord(fields: DropInFields, createdAt: string, updatedAt: string): DropIn {
  const { id, coachee, date, className, phase, subject, technique, wentWell, notes, review, step, followUp } = fields;
  return { id, coachee, date, className, phase, subject, technique, wentWell, notes, ...(review ? { review } : {}), ...(step ? { step } : {}), followUp, createdAt, updatedAt };
}

/** The record with the drop-in added, or changed when its id is already there (its first record time kept). */
export function saveDropIn(doc: CoachingDoc, fields: DropInFields, now: string): CoachingDoc {
  const existing = doc.dropIns.find((item) => item.id === fields.id);
  if (!existing) return { ...doc, dropIns: [...doc.dropIns, dropInRecord(fields, now, now)] };
  return { ...doc, dropIns: doc.dropIns.map((item) => (item === existing ? dropInRecord(fields, existing.createdAt, now) : item)) };
}

/** The record without one drop-in. */
export function deleteDropIn(doc: CoachingDoc, id: string): CoachingDoc {
  return { ...doc, dropIns: doc.dropIns.filter((item) => item.id !== id) };
}

/** The record without one coachee and every drop-in about them. */
export function deleteCoachee(doc: CoachingDoc, id: string): CoachingDoc {
  return { ...doc, coachees: doc.coachees.filter((item) => item.id !== id), dropIns: doc.dropIns.filter((item) => item.coachee !== id) };
}

/** One coachee's drop-ins, oldest first. */
export function dropInsOf(doc: CoachingDoc, coachee: string): DropIn[] {
  return inTimeOrder(doc.dropIns.filter((item) => item.coachee === coachee));
}

/** A coachee's record: drop-ins in time order, the steps worked on, the one open now, and the days between visits. */
export function coacheeRecord(doc: CoachingDoc, coachee: string) {
  const dropIns = dropInsOf(doc, coachee);
  const spans = stepSpans(dropIns);
  return { dropIns, spans, open: openStep(spans), intervals: cycleIntervals(dropIns) };
}
export type CoacheeRecord = ReturnType<typeof coacheeRecord>;

/** A new, empty drop-in for a coachee on a day, watching for the look-fors of the step they are working on, if any. */
export function newDropIn(doc: CoachingDoc, ids: { id: string; coachee: string }, date: string): DropInFields {
  const { open } = coacheeRecord(doc, ids.coachee);
  return { id: ids.id, coachee: ids.coachee, date, className: '', phase: '', subject: '', technique: open?.span.step.technique ?? '', wentWell: [], notes: '', followUp: '' };
}

/**
 * A drop-in form with the outcome of the open step chosen: the review names the drop-in it
 * follows, and "continue" keeps the same step; "secure" and "refine" leave the next step to choose
 * (a refined step is a new one). Choosing no outcome takes the review away.
 */
export function withOutcome(fields: DropInFields, open: { span: { step: StepRef }; reviewOf: { id: string } } | undefined, outcome: Outcome | undefined): DropInFields {
  const { review: _review, step, ...rest } = fields;
  if (!open || !outcome) return { ...rest, ...(step ? { step } : {}) };
  const review = { of: open.reviewOf.id, outcome };
  if (outcome === 'continued') return { ...rest, review, step: open.span.step };
  const next = step && !sameStep(step, open.span.step) ? { step } : {};
  return { ...rest, review, ...next };
}

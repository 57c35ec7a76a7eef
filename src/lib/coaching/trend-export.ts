/**
 * The file a coach sends a PD lead for trends. By default it holds no notes (what went well is
 * kept as the look-fors seen, without what the coach wrote about them), no class and no coachee
 * labels: each coachee is only the random id made on the coach's device, so the same person is
 * counted once across files without being named. The coach may tick to include notes, labels or
 * both; `trendsFileHolds` says in words what the file will hold before it is saved.
 */
import { TRENDS_FORMAT, TRENDS_VERSION, type CoachingDoc, type TrendsFile } from './schema.ts';
import { coaching as words, formatPlural } from '../../strings/index.ts';

export interface TrendsChoice {
  /** Include notes: what went well in words, the drop-in notes and the class. */
  notes: boolean;
  /** Include each coachee's label. */
  labels: boolean;
}

export const WITHOUT_NOTES_OR_LABELS: TrendsChoice = { notes: false, labels: false };

/** The trends file of a record, holding only what the choice allows. */
export function toTrendsFile(doc: CoachingDoc, choice: TrendsChoice, now: Date): TrendsFile {
  return {
    format: TRENDS_FORMAT,
    version: TRENDS_VERSION,
    exportedAt: now.toISOString(),
    coach: doc.coach,
    includes: { notes: choice.notes, labels: choice.labels },
    coachees: doc.coachees.map((coachee) => ({ id: coachee.id, group: coachee.group, ...(choice.labels ? { label: coachee.label } : {}) })),
    dropIns: doc.dropIns.map(({ className, wentWell, notes, ...kept }) => ({
      ...kept,
      lookFors: wentWell.map((item) => item.lookFor),
      ...(choice.notes ? { className, wentWellNotes: wentWell.map((item) => item.note), notes } : {}),
    })),
  };
}

/** What a trends file made with this choice holds and leaves out, as sentences for the coach to read before saving. */
export function trendsFileHolds(doc: CoachingDoc, choice: TrendsChoice): { holds: string[]; leavesOut: string[] } {
  const holds = [formatPlural(words.holdsDropIns, doc.dropIns.length), formatPlural(words.holdsCoachees, doc.coachees.length), words.holdsSteps];
  const leavesOut: string[] = [];
  (choice.labels ? holds : leavesOut).push(choice.labels ? words.holdsLabels : words.leavesOutLabels);
  (choice.notes ? holds : leavesOut).push(choice.notes ? words.holdsNotes : words.leavesOutNotes);
  return { holds, leavesOut };
}

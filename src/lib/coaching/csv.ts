/**
 * The coaching record as a spreadsheet (CSV): one row per drop-in, oldest first by coachee.
 *
 * Written as every CSV export is (src/lib/csv.ts): quoted, with a byte-order mark so names with
 * accents read right, and every cell a spreadsheet would run as a formula neutralised.
 */
import { csvText } from '../csv.ts';
import { stepName, techniqueTitle, type Catalogue } from './catalogue.ts';
import { dropInsOf } from './record.ts';
import type { CoachingDoc } from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

/** The whole record as CSV, with the playbook's names for techniques, steps, phases and subjects. */
export function recordsCsv(doc: CoachingDoc, catalogue: Catalogue): string {
  const header = [words.csvCoachee, words.csvGroup, words.csvDate, words.csvClass, words.csvPhase, words.csvSubject, words.csvWatched, words.csvWentWell, words.csvNotes, words.csvOutcome, words.csvStep, words.csvFollowUp];
  const outcome = { secured: words.outcomeSecure, continued: words.outcomeContinue, refined: words.outcomeRefine };
  const rows = doc.coachees.flatMap((coachee) =>
    dropInsOf(doc, coachee.id).map((dropIn) => [
      coachee.label,
      coachee.group,
      dropIn.date,
      dropIn.className,
      dropIn.phase ? (catalogue.phases.get(dropIn.phase) ?? dropIn.phase) : '',
      dropIn.subject ? (catalogue.subjects.get(dropIn.subject) ?? dropIn.subject) : '',
      techniqueTitle(catalogue, dropIn.technique),
      dropIn.wentWell.map((item) => (item.note ? format(words.csvLookForNote, { lookFor: item.lookFor, note: item.note }) : item.lookFor)).join('\n'),
      dropIn.notes,
      dropIn.review ? outcome[dropIn.review.outcome] : '',
      dropIn.step ? stepName(catalogue, dropIn.step) : '',
      dropIn.followUp,
    ]),
  );
  return csvText([header, ...rows]);
}

/**
 * CSV for spreadsheets: one row per item, with a column for each attempt holding the value
 * chosen (empty when unanswered), and a row of notes after each section (an audit) or after each
 * criterion (a self-review). Written as every CSV export is (src/lib/csv.ts): quoted, with a
 * byte-order mark, and every cell a spreadsheet would run as a formula neutralised.
 */
import { csvText } from '../csv.ts';
import type { Instrument } from './instrument.ts';
import { WHOLE_REVIEW_NOTE } from './notes.ts';
import { byCreated, type Attempt } from './attempts.ts';
import { answerOf } from './scoring.ts';
import { own } from '../storage/own.ts';
import { audit, format } from '../../strings/index.ts';

/** The header of an attempt's column: its label and the day it was started. */
function attemptHeading(attempt: Attempt): string {
  const day = attempt.createdAt.slice(0, 10);
  return attempt.label ? format(audit.csvAttempt, { label: attempt.label, day }) : day;
}

/**
 * The attempts as CSV: section, item id, item, then one column per attempt, oldest first. An
 * audit's section ends with a "Notes" row holding that section's note in each attempt; a
 * self-review's criterion is followed by a "Notes on …" row with that criterion's note, and a
 * last "Notes on the whole review" row appears when any attempt has such a note.
 */
export function attemptsCsv(instrument: Instrument, attempts: readonly Attempt[]): string {
  const ordered = byCreated(attempts);
  const header = [audit.csvSection, audit.csvItemId, audit.csvItem, ...ordered.map(attemptHeading)];
  const rows: (string | number)[][] = [];
  const noteRow = (sectionTitle: string, label: string, key: string) => [sectionTitle, '', label, ...ordered.map((attempt) => own(attempt.notes, key) ?? '')];
  for (const section of instrument.sections) {
    for (const item of section.items) {
      rows.push([section.title, item.id, item.text, ...ordered.map((attempt) => answerOf(instrument, attempt.answers, item.id) ?? '')]);
      if (instrument.notesBy === 'item') rows.push(noteRow(section.title, format(audit.csvNotesOn, { item: item.text }), item.id));
    }
    if (instrument.notesBy === 'section') rows.push(noteRow(section.title, audit.csvNotes, section.id));
  }
  if (instrument.kind === 'rubric' && ordered.some((attempt) => attempt.notes[WHOLE_REVIEW_NOTE])) {
    rows.push(noteRow(instrument.sections.at(-1)?.title ?? '', audit.csvNotesWholeReview, WHOLE_REVIEW_NOTE));
  }
  return csvText([header, ...rows]);
}

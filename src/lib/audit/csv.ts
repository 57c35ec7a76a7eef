/**
 * CSV for spreadsheets: one row per item, with a column for each attempt holding the value
 * chosen (empty when unanswered), and a row of notes after each section (an audit) or after each
 * criterion (a self-review). RFC 4180 quoting; a cell that a spreadsheet would run as a formula
 * (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
import type { Instrument } from './instrument.ts';
import { WHOLE_REVIEW_NOTE } from './notes.ts';
import { byCreated, type Attempt } from './attempts.ts';
import { answerOf } from './scoring.ts';
import { audit, format } from '../../strings/index.ts';

/** One CSV cell, quoted when it must be and defused when a spreadsheet would run it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, lines ending CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

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
  const noteRow = (sectionTitle: string, label: string, key: string) => [sectionTitle, '', label, ...ordered.map((attempt) => attempt.notes[key] ?? '')];
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

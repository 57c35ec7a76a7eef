/**
 * CSV for spreadsheets: one row per item, with a column for each attempt holding the value
 * chosen (empty when unanswered), and a row of notes after each section. RFC 4180 quoting; a cell that a spreadsheet would run as a
 * formula (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
import type { Instrument } from './instrument.ts';
import { byCreated, type Attempt } from './attempts.ts';
import { answerOf } from './scoring.ts';

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
  return attempt.label ? `${attempt.label} (${day})` : day;
}

/**
 * The attempts as CSV: section, item id, item, then one column per attempt, oldest first. Each
 * section's items are followed by a "Notes" row holding that section's note in each attempt.
 */
export function attemptsCsv(instrument: Instrument, attempts: readonly Attempt[]): string {
  const ordered = byCreated(attempts);
  const header = ['Section', 'Item id', 'Item', ...ordered.map(attemptHeading)];
  const rows: (string | number)[][] = [];
  for (const section of instrument.sections) {
    for (const item of section.items) rows.push([section.title, item.id, item.text, ...ordered.map((attempt) => answerOf(instrument, attempt.answers, item.id) ?? '')]);
    rows.push([section.title, '', 'Notes', ...ordered.map((attempt) => attempt.notes[section.id] ?? '')]);
  }
  return csvText([header, ...rows]);
}

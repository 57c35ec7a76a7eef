/**
 * The coaching record as a spreadsheet (CSV): one row per drop-in, oldest first by coachee.
 *
 * Safe to open in a spreadsheet: RFC 4180 quoting, lines ending CRLF, a UTF-8 byte-order mark so
 * names with accents read right, and every cell that a spreadsheet would run as a formula is
 * neutralised with a leading apostrophe. A cell counts as a formula when its first character that
 * is not a space or a line break is =, +, -, @, a tab or a carriage return, in its ASCII form or
 * its full-width or small form (＝, ﹢ and the like, which some spreadsheets read as the ASCII sign).
 */
import { stepName, techniqueTitle, type Catalogue } from './catalogue.ts';
import { dropInsOf } from './record.ts';
import type { CoachingDoc } from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

/** The byte-order mark that tells a spreadsheet the file is UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_SIGN = /^[=+\-@\t\r]/;
/** Spaces and line breaks a spreadsheet may skip before reading a formula (tab and CR are signs themselves). */
const LEADING_SPACE = /^[ \n\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/;

/** Whether a spreadsheet could read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  const rest = text.replace(LEADING_SPACE, '');
  // NFKC turns full-width and small forms (＝ U+FF1D, ﹦ U+FE66, ＋, －, ＠…) into their ASCII signs.
  return FORMULA_SIGN.test(rest.slice(0, 1).normalize('NFKC'));
}

/** One CSV cell: neutralised when it could run as a formula, quoted when it must be. Numbers are written as they are. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, with the byte-order mark and CRLF line ends. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

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

/**
 * CSV for spreadsheets, the one way every export writes it (the self-audit's answers, group
 * results' report, the coaching record): RFC 4180 quoting, lines ending CRLF, and a UTF-8
 * byte-order mark first, so Excel on Windows reads "café" and "Zoë" as written rather than as
 * another encoding.
 *
 * A cell a spreadsheet could run as a formula is neutralised with a leading apostrophe. It counts
 * as a formula when its first character that is not a space or a line break is =, +, -, @, a tab
 * or a carriage return, in its ASCII form or its full-width or small form (＝, ﹢ and the like,
 * which some spreadsheets read as the ASCII sign). Numbers are written as they are: a negative
 * number is a value, not a formula.
 */

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

/** One CSV cell: neutralised when it could run as a formula, quoted when it must be. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: the byte-order mark, then each row, lines ending CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

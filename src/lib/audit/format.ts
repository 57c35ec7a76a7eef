/**
 * How figures are written for people, in the playbook's language: means to one decimal place and
 * changes with a sign; and names for files. Files for spreadsheets write figures with a decimal
 * point whatever the language (`fileDecimal`). Dates are written by the strings' `formatDate`.
 */
import { audit, language } from '../../strings/index.ts';

const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "3.4", or "—" when there is nothing to show. */
export function formatMean(value: number | null): string {
  return value === null ? '—' : oneDecimal.format(value);
}

/** "0.82": a standard deviation, to two decimal places; "—" when there is none. */
export function formatSpread(value: number | null): string {
  return value === null ? '—' : twoDecimals.format(value);
}

/** A figure for a spreadsheet file: a decimal point and `digits` places, as `toFixed` writes it. */
export function fileDecimal(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** One decimal place, exactly as formatMean shows it. */
const toShown = (value: number) => Number(value.toFixed(1));

/** second − first, from the two values as shown to one decimal place, so the change matches what is read. */
export function shownDifference(first: number, second: number): number {
  return Math.round((toShown(second) - toShown(first)) * 10) / 10;
}

/** "+0.5", "−1.0" (with a true minus sign), "no change", or "—" when there is nothing to compare. */
export function formatChange(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return audit.noChange;
  return rounded > 0 ? `+${oneDecimal.format(rounded)}` : `−${oneDecimal.format(Math.abs(rounded))}`;
}

/** Lower-case words joined by hyphens, for a file name: "Jo Smith-Brown" becomes "jo-smith-brown". */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

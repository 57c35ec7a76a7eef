/** How figures are written for people: means to one decimal place, changes with a sign; and names for files. */

/** "3.4", or "—" when there is nothing to show. */
export function formatMean(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
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
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** "14 September 2026" from an ISO date and time. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "1 file", "3 files". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
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

/**
 * Calendar dates as the playbook shows them: "1 September 2027". Dates are handled as ISO days
 * ("2027-09-01"), which sort and compare as text, and are formatted in UTC so the day shown is the
 * day written, whatever the time zone of the machine that builds the site.
 */

import { language } from '../strings/index.ts';

/** The language dates are written in: the playbook's (`language` in playbook.yaml; British English by default). */
export const DATE_LOCALE = language;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDate(day: string): Date | undefined {
  const match = ISO_DAY.exec(day);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "1 September 2027" from "2027-09-01"; the text itself when it is not an ISO day. */
export function longDate(day: string, locale: string = DATE_LOCALE): string {
  const date = utcDate(day);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : day;
}

/** The ISO day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = utcDate(day);
  if (!date) throw new Error(`not a date written YYYY-MM-DD: ${JSON.stringify(day)}`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today's ISO day in UTC (the build's day, for a static site). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Counting in days and school terms, on ISO days ("2026-10-05"), in UTC so the count is the
 * same on every device. Terms follow the English school year by month: autumn is September to
 * December, spring January to March, summer April to August (Easter moves; a month rule does not).
 */

/** Milliseconds in a day. */
const DAY = 86_400_000;

/** The day's number since 1970 (UTC), from its digits: quicker than parsing a date string, which counts on 10,000 drop-ins. */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both are ISO days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export type Season = 'autumn' | 'spring' | 'summer';

/** A school term: its season and the calendar year it falls in. `key` sorts in time order: "2026-3-autumn". */
export interface Term {
  key: string;
  season: Season;
  year: number;
}

const ORDER: Record<Season, number> = { spring: 1, summer: 2, autumn: 3 };

/** Terms by month ("2026-09"): a term is the same for every day of a month, so each is made once. */
const termsByMonth = new Map<string, Term>();

/** The term an ISO day falls in (the same object for every day of its month). */
export function termOf(day: string): Term {
  const month = day.slice(0, 7);
  let term = termsByMonth.get(month);
  if (!term) {
    const year = Number(day.slice(0, 4));
    const number = Number(day.slice(5, 7));
    const season: Season = number >= 9 ? 'autumn' : number >= 4 ? 'summer' : 'spring';
    termsByMonth.set(month, (term = { key: `${year}-${ORDER[season]}-${season}`, season, year }));
  }
  return term;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. Sorts a copy. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

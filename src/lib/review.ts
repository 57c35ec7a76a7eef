/**
 * Which entries are due for review: an entry's optional `review.due` date (src/schemas/review.ts)
 * against the day the site is built. Overdue once the day has passed; due soon from
 * REVIEW_SOON_DAYS before it up to and including the day itself; later after that. The "Due for
 * review" page and each entry page's review line use this.
 */
import { REVIEW_SOON_DAYS } from '../schemas/review.ts';
import { addDays } from './dates.ts';

export { REVIEW_SOON_DAYS };

export type ReviewState = 'overdue' | 'soon' | 'later';

/** Where a review date stands on `today` (both ISO days). */
export function reviewState(due: string, today: string, soonDays: number = REVIEW_SOON_DAYS): ReviewState {
  if (due < today) return 'overdue';
  return due <= addDays(today, soonDays) ? 'soon' : 'later';
}

/** Items sorted into their review states, each list by due date, earliest first; `none` has no review date. */
export interface ReviewGroups<T> {
  overdue: T[];
  soon: T[];
  later: T[];
  none: T[];
}

/** Sorts items into review states by their due dates (undefined: no review date), keeping the given order among equal dates. */
export function groupByReview<T>(items: readonly T[], dueOf: (item: T) => string | undefined, today: string, soonDays: number = REVIEW_SOON_DAYS): ReviewGroups<T> {
  const groups: ReviewGroups<T> = { overdue: [], soon: [], later: [], none: [] };
  const dated: { item: T; due: string }[] = [];
  for (const item of items) {
    const due = dueOf(item);
    if (due === undefined) groups.none.push(item);
    else dated.push({ item, due });
  }
  for (const { item, due } of dated.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))) groups[reviewState(due, today, soonDays)].push(item);
  return groups;
}

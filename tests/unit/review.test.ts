/** src/lib/review.ts: where a review date stands on a given day, and the lists of the "Due for review" page. */
import { describe, expect, it } from 'vitest';
import { groupByReview, REVIEW_SOON_DAYS, reviewState } from '../../src/lib/review.ts';

describe('reviewState', () => {
  const today = '2026-11-26';
  it('is overdue once the day has passed, and due soon on the day itself', () => {
    expect(reviewState('2026-11-25', today)).toBe('overdue');
    expect(reviewState('2019-01-01', today)).toBe('overdue');
    expect(reviewState('2026-11-26', today)).toBe('soon');
  });

  it(`is due soon up to and including ${REVIEW_SOON_DAYS} days ahead, and later after that`, () => {
    expect(REVIEW_SOON_DAYS).toBe(60);
    expect(reviewState('2027-01-25', today)).toBe('soon'); // 60 days on, across the year's end
    expect(reviewState('2027-01-26', today)).toBe('later');
    expect(reviewState('2026-12-01', today, 3)).toBe('later');
  });
});

describe('groupByReview', () => {
  it('sorts items into overdue, due soon, later and none, each by due date, keeping order among equal dates', () => {
    const items = [
      { id: 'a', due: '2027-06-01' },
      { id: 'b', due: undefined },
      { id: 'c', due: '2026-12-20' },
      { id: 'd', due: '2025-09-01' },
      { id: 'e', due: '2024-09-01' },
      { id: 'f', due: '2026-12-20' },
      { id: 'g', due: undefined },
    ];
    const groups = groupByReview(items, (item) => item.due, '2026-11-26');
    const ids = (list: typeof items) => list.map((item) => item.id);
    expect(ids(groups.overdue)).toEqual(['e', 'd']);
    expect(ids(groups.soon)).toEqual(['c', 'f']);
    expect(ids(groups.later)).toEqual(['a']);
    expect(ids(groups.none)).toEqual(['b', 'g']);
  });
});

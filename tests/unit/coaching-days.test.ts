/** Days between visits, school terms by month, and medians. */
import { describe, expect, it } from 'vitest';
import { daysBetween, median, termOf } from '../../src/lib/coaching/days.ts';

describe('days and terms', () => {
  it('counts whole days across a month, a year and a clock change', () => {
    expect(daysBetween('2026-09-07', '2026-10-05')).toBe(28);
    expect(daysBetween('2026-12-20', '2027-01-03')).toBe(14);
    expect(daysBetween('2026-10-20', '2026-10-27')).toBe(7);
    expect(daysBetween('2026-10-05', '2026-09-07')).toBe(-28);
  });

  it.each([
    ['2026-09-01', 'autumn', 2026],
    ['2026-12-31', 'autumn', 2026],
    ['2027-01-04', 'spring', 2027],
    ['2027-03-31', 'spring', 2027],
    ['2027-04-01', 'summer', 2027],
    ['2027-08-31', 'summer', 2027],
  ])('puts %s in the %s term of %i', (day, season, year) => {
    expect(termOf(day)).toMatchObject({ season, year });
  });

  it('sorts term keys in time order', () => {
    const keys = ['2027-04-01', '2026-09-01', '2027-01-04'].map((day) => termOf(day).key).sort();
    expect(keys.map((key) => key.split('-')[2])).toEqual(['autumn', 'spring', 'summer']);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([21, 7, 14])).toBe(14);
    expect(median([28, 7, 14, 21])).toBe(17.5);
    expect(median([10, 9, 100])).toBe(10);
  });
});

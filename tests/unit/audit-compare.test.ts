/** Two attempts compared, and the biggest changes named with every tie kept (lib/audit/compare.ts). */
import { describe, expect, it } from 'vitest';
import { biggestChanges, compareAnswers } from '../../src/lib/audit/compare.ts';
import { instrument } from './audit-fixtures.ts';

describe('compareAnswers', () => {
  it('compares sections like with like and names the biggest rises and falls', () => {
    const before = { a1: 1, a2: 3, a3: 2, l1: 4 };
    const after = { a1: 4, a2: 2, a3: 3, l1: 4, l2: 1 };
    const comparison = compareAnswers(instrument, before, after, 2);
    expect(comparison.sections[0]).toMatchObject({ id: 'asking', before: 2, after: 3, change: 1, compared: 3 });
    // l2 was answered only once, so the section compares l1 alone.
    expect(comparison.sections[1]).toMatchObject({ id: 'listening', before: 4, after: 4, change: 0, compared: 1 });
    expect(comparison.items.find((item) => item.id === 'l2')).toMatchObject({ before: null, after: 1, change: null });
    expect(comparison.rises.map((item) => [item.id, item.change])).toEqual([['a1', 3], ['a3', 1]]);
    expect(comparison.falls.map((item) => [item.id, item.change])).toEqual([['a2', -1]]);
  });

  it('has no section change when no item was answered both times', () => {
    const comparison = compareAnswers(instrument, { a1: 1 }, { l1: 2 });
    expect(comparison.sections.map((section) => section.change)).toEqual([null, null]);
    expect(comparison.rises).toEqual([]);
  });

  it('lists every item that rose or fell as much as the last one named, instead of dropping them', () => {
    // Four items rise by one each and one falls by two: with a limit of 2, two rises are named and
    // the other two, equal to the second, are kept as "more"; a lone fall has no more.
    const comparison = compareAnswers(instrument, { a1: 1, a2: 1, a3: 1, l1: 1, l2: 3 }, { a1: 2, a2: 2, a3: 2, l1: 2, l2: 1 }, 2);
    expect(comparison.rises.map((item) => item.id)).toEqual(['a1', 'a2']);
    expect(comparison.moreRises.map((item) => item.id)).toEqual(['a3', 'l1']);
    expect(comparison.falls.map((item) => item.id)).toEqual(['l2']);
    expect(comparison.moreFalls).toEqual([]);
  });
});

describe('biggestChanges', () => {
  it('keeps only ties with the last one named: smaller changes are not "more"', () => {
    const items = [
      { id: 'a', change: 3 },
      { id: 'b', change: 1 },
      { id: 'c', change: 2 },
      { id: 'd', change: 1 },
      { id: 'e', change: 0 },
      { id: 'f', change: null },
      { id: 'g', change: -1 },
    ];
    const changes = biggestChanges(items, 2);
    expect(changes.rises.map((item) => item.id)).toEqual(['a', 'c']);
    expect(changes.moreRises).toEqual([]);
    expect(biggestChanges(items, 3).moreRises.map((item) => item.id)).toEqual(['d']);
    expect(changes.falls.map((item) => item.id)).toEqual(['g']);
    expect(biggestChanges([], 3)).toEqual({ rises: [], moreRises: [], falls: [], moreFalls: [] });
  });
});

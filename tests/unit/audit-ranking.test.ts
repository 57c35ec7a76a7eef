/** Strengths and development priorities in one set of answers (lib/audit/ranking.ts). */
import { describe, expect, it } from 'vitest';
import { rankItems } from '../../src/lib/audit/ranking.ts';
import { instrument } from './audit-fixtures.ts';

describe('rankItems', () => {
  it('lists the lowest items as priorities and the highest as strengths, with what develops them', () => {
    const ranking = rankItems(instrument, { a1: 1, a2: 4, a3: 2, l1: 3, l2: 4 }, 2);
    expect(ranking.priorities.map((item) => item.id)).toEqual(['a1', 'a3']);
    expect(ranking.strengths.map((item) => item.id)).toEqual(['a2', 'l2']);
    expect(ranking.priorities[0]!.label).toBe('Never');
    // The item's own links first, then its section's, without repeats.
    expect(ranking.priorities[1]!.develop.map((link) => link.href)).toEqual(['/techniques/cold-call/', '/protocols/grow/']);
    expect(ranking.priorities[0]!.develop.map((link) => link.href)).toEqual(['/techniques/wait-time/', '/techniques/cold-call/']);
  });

  it('never lists an item as both, and names no strength when every answer is the same', () => {
    const ranking = rankItems(instrument, { a1: 2, a2: 2, a3: 2, l1: 2, l2: 2 }, 3);
    expect(ranking.priorities).toHaveLength(3);
    expect(ranking.morePriorities).toBe(2);
    // The two left off can be shown on request.
    expect(ranking.morePriorityItems.map((item) => item.id)).toEqual(['l1', 'l2']);
    expect(ranking.strengths).toEqual([]);
  });

  it('never calls the top of the scale a priority or the bottom a strength', () => {
    expect(rankItems(instrument, { a1: 4, a2: 4 }).priorities).toEqual([]);
    expect(rankItems(instrument, { a1: 4, a2: 4 }).strengths).toHaveLength(2);
    expect(rankItems(instrument, { a1: 1 }).strengths).toEqual([]);
    expect(rankItems(instrument, {})).toEqual({ strengths: [], moreStrengths: 0, moreStrengthItems: [], priorities: [], morePriorities: 0, morePriorityItems: [] });
  });
});

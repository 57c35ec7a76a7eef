/** Scoring, strengths and priorities, and comparing two attempts. */
import { describe, expect, it } from 'vitest';
import { instrumentFromRubric } from '../../src/lib/audit/instrument.ts';
import { progress, rankItems, scoreAnswers } from '../../src/lib/audit/scoring.ts';
import { compareAnswers } from '../../src/lib/audit/compare.ts';
import { formatChange, formatMean } from '../../src/lib/audit/format.ts';
import { instrument } from './audit-fixtures.ts';

describe('scoreAnswers', () => {
  it('means each section over its answered items only: unanswered items are not zero', () => {
    const score = scoreAnswers(instrument, { a1: 4, a2: 2 });
    expect(score.sections[0]).toEqual({ id: 'asking', title: 'Asking', mean: 3, answered: 2, total: 3 });
    expect(score.sections[1]).toEqual({ id: 'listening', title: 'Listening', mean: null, answered: 0, total: 2 });
    expect(score.answered).toBe(2);
    expect(score.total).toBe(5);
    expect(score.mean).toBe(3);
  });

  it('ignores values off the scale and answers to items the instrument does not have', () => {
    const score = scoreAnswers(instrument, { a1: 9, gone: 1, l1: 1 });
    expect(score.sections[0]!.mean).toBeNull();
    expect(score.sections[1]!.mean).toBe(1);
    expect(score.answered).toBe(1);
  });

  it('gives no mean at all for no answers', () => {
    expect(scoreAnswers(instrument, {}).mean).toBeNull();
    expect(progress(instrument, {})).toEqual({ answered: 0, total: 5 });
    expect(progress(instrument, { a1: 1, l2: 4 })).toEqual({ answered: 2, total: 5 });
  });
});

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
});

describe('rubrics as instruments', () => {
  it('turns levels into a scale from 1 and criteria into items with their own descriptors', () => {
    const rubric = instrumentFromRubric('r', {
      title: 'R',
      levels: [{ id: 'low', label: 'Low' }, { id: 'high', label: 'High' }],
      criteria: [{ id: 'c1', title: 'Criterion one', descriptors: { low: 'Little', high: 'Lots' } }],
    });
    expect(rubric.kind).toBe('rubric');
    expect(rubric.scale.map((point) => [point.value, point.label])).toEqual([[1, 'Low'], [2, 'High']]);
    expect(rubric.sections[0]!.items[0]).toMatchObject({ id: 'c1', text: 'Criterion one', descriptors: { '1': 'Little', '2': 'Lots' } });
    expect(scoreAnswers(rubric, { c1: 2 }).mean).toBe(2);
  });
});

describe('formatting', () => {
  it('writes means to one place and changes with a sign', () => {
    expect(formatMean(3.25)).toBe('3.3');
    expect(formatMean(null)).toBe('—');
    expect(formatChange(0.5)).toBe('+0.5');
    expect(formatChange(-1)).toBe('−1.0');
    expect(formatChange(0.01)).toBe('no change');
    expect(formatChange(null)).toBe('—');
  });
});

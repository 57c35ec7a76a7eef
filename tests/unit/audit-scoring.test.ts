/** Scoring one set of answers, and rubrics read as instruments. */
import { describe, expect, it } from 'vitest';
import { instrumentFromRubric } from '../../src/lib/audit/instrument.ts';
import { progress, scoreAnswers } from '../../src/lib/audit/scoring.ts';
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

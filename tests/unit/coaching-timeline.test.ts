/** A coachee's steps read from their drop-ins: set, continued, secure or refined, and days to secure. */
import { describe, expect, it } from 'vitest';
import { cycleIntervals, inTimeOrder, openStep, stepSpans } from '../../src/lib/coaching/timeline.ts';
import { ASK, at, cycle, DRILL, fields, PAUSE } from './coaching-fixtures.ts';

const visit = (id: string, date: string, more: Parameters<typeof fields>[3] = {}) => ({ ...fields(id, 'teacher-a', date, more), createdAt: at(date), updatedAt: at(date) });

describe('step spans', () => {
  it('counts the days from the drop-in that set a step to the one that marked it secure, across continues', () => {
    const visits = cycle('v', 'teacher-a', PAUSE, ['2026-09-07', '2026-09-21', '2026-10-05']).map((item) => ({ ...item, createdAt: at(item.date), updatedAt: at(item.date) }));
    const spans = stepSpans(visits);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ step: PAUSE, setOn: '2026-09-07', end: { outcome: 'secured', on: '2026-10-05' }, daysToSecure: 28 });
    expect(spans[0]!.continuedBy.map((item) => item.id)).toEqual(['v-1000']);
    expect(openStep(spans)).toBeUndefined();
  });

  it('reads drop-ins in time order whatever order they were saved in', () => {
    const visits = [visit('second', '2026-09-21', { review: { of: 'first1', outcome: 'secured' } }), visit('first1', '2026-09-07', { step: PAUSE })];
    expect(inTimeOrder(visits).map((item) => item.id)).toEqual(['first1', 'second']);
    expect(stepSpans(visits)[0]?.daysToSecure).toBe(14);
  });

  it('ends a refined step without days to secure, and starts the new step on the same day', () => {
    const spans = stepSpans([visit('one111', '2026-09-07', { step: PAUSE }), visit('two222', '2026-09-21', { review: { of: 'one111', outcome: 'refined' }, step: ASK })]);
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatchObject({ step: PAUSE, end: { outcome: 'refined', on: '2026-09-21' } });
    expect(spans[0]!.daysToSecure).toBeUndefined();
    expect(spans[1]).toMatchObject({ step: ASK, setOn: '2026-09-21' });
    expect(spans[1]!.end).toBeUndefined();
    expect(openStep(spans)).toMatchObject({ span: { step: ASK }, reviewOf: { id: 'two222' } });
  });

  it('reads "continue" with a different step as the first refined into the second', () => {
    const spans = stepSpans([visit('one111', '2026-09-07', { step: PAUSE }), visit('two222', '2026-09-21', { review: { of: 'one111', outcome: 'continued' }, step: DRILL })]);
    expect(spans.map((span) => [span.step.technique, span.end?.outcome])).toEqual([
      ['cold-call', 'refined'],
      ['fluency-drill', undefined],
    ]);
  });

  it('the next visit reviews the latest drop-in of the open step', () => {
    const spans = stepSpans([visit('one111', '2026-09-07', { step: PAUSE }), visit('two222', '2026-09-21', { review: { of: 'one111', outcome: 'continued' }, step: PAUSE })]);
    expect(openStep(spans)).toMatchObject({ span: { setOn: '2026-09-07' }, reviewOf: { id: 'two222' } });
  });

  it('ignores a second review of a step that has already ended, and a review of a drop-in it does not have', () => {
    const spans = stepSpans([
      visit('one111', '2026-09-07', { step: PAUSE }),
      visit('two222', '2026-09-21', { review: { of: 'one111', outcome: 'secured' } }),
      visit('three3', '2026-10-05', { review: { of: 'one111', outcome: 'refined' } }),
      visit('four44', '2026-10-19', { review: { of: 'gone00', outcome: 'secured' } }),
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ end: { outcome: 'secured', on: '2026-09-21' }, daysToSecure: 14 });
  });
});

describe('cycle intervals', () => {
  it('gives the days between each drop-in and the next', () => {
    const visits = [visit('c00003', '2026-10-19'), visit('c00001', '2026-09-07'), visit('c00002', '2026-09-21')];
    expect(cycleIntervals(visits).map((item) => item.days)).toEqual([14, 28]);
    expect(cycleIntervals([visits[0]!])).toEqual([]);
  });
});

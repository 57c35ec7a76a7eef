/** The protocol timer's state machine, driven by a clock the test controls. */
import { describe, expect, it } from 'vitest';
import { describeTotalLeft, formatClock, hasTimedSteps, totalLeft, initialState, next, pause, reset, start, stepAnnouncement, stepsFromMinutes, tick, view, type TimerState } from '../../src/lib/timer/timer.ts';

const steps = stepsFromMinutes([
  { title: 'Present', minutes: 4 },
  { title: 'Clarify', minutes: 3 },
  { title: 'Discuss' },
  { title: 'Reflect', minutes: 2 },
]);
const MIN = 60_000;

describe('timer', () => {
  it('counts a timed step down only while running', () => {
    let state = initialState();
    expect(view(steps, state, 0)).toEqual({ index: 0, status: 'ready', elapsedMs: 0, remainingMs: 4 * MIN });
    expect(view(steps, state, 10 * MIN).remainingMs).toBe(4 * MIN);
    state = start(steps, state, 1000);
    expect(view(steps, state, 1000 + 90_000).remainingMs).toBe(4 * MIN - 90_000);
    state = pause(steps, state, 1000 + 90_000);
    expect(view(steps, state, 1000 + 10 * MIN)).toMatchObject({ status: 'paused', remainingMs: 4 * MIN - 90_000 });
    state = start(steps, state, 20 * MIN);
    expect(view(steps, state, 20 * MIN + 30_000).remainingMs).toBe(4 * MIN - 120_000);
  });

  it('moves on by itself when a timed step runs out, carrying the extra time over', () => {
    const state = start(steps, initialState(), 0);
    expect(view(steps, state, 4 * MIN - 1)).toMatchObject({ index: 0, remainingMs: 1 });
    expect(view(steps, state, 4 * MIN)).toMatchObject({ index: 1, remainingMs: 3 * MIN });
    expect(view(steps, state, 5 * MIN)).toMatchObject({ index: 1, remainingMs: 2 * MIN });
  });

  it('waits at an untimed step, counting up, until next', () => {
    let state = start(steps, initialState(), 0);
    state = tick(steps, state, 7 * MIN + 5000);
    expect(view(steps, state, 9 * MIN)).toMatchObject({ index: 2, status: 'running', remainingMs: null, elapsedMs: 2 * MIN });
    expect(view(steps, state, 60 * MIN).index).toBe(2);
    state = next(steps, state, 60 * MIN);
    expect(view(steps, state, 61 * MIN)).toMatchObject({ index: 3, remainingMs: MIN });
  });

  it('finishes after the last step, and stays finished until reset', () => {
    let state: TimerState = { index: 3, status: 'running', elapsedMs: 0, since: 0 };
    expect(view(steps, state, 2 * MIN)).toMatchObject({ index: 3, status: 'finished', remainingMs: 0 });
    state = tick(steps, state, 2 * MIN);
    expect(start(steps, state, 3 * MIN)).toBe(state);
    expect(next(steps, state, 3 * MIN).status).toBe('finished');
    expect(reset()).toEqual(initialState());
  });

  it('skips ahead with next, whether running, paused or not yet started', () => {
    let state = next(steps, initialState(), 0);
    expect(view(steps, state, 5 * MIN)).toMatchObject({ index: 1, status: 'paused', remainingMs: 3 * MIN });
    state = start(steps, state, 5 * MIN);
    state = next(steps, state, 6 * MIN);
    expect(view(steps, state, 6 * MIN + 1000)).toMatchObject({ index: 2, status: 'running', elapsedMs: 1000 });
    state = next(steps, next(steps, state, 7 * MIN), 7 * MIN);
    expect(state.status).toBe('finished');
  });

  it('adds up the time left in all: the rest of this step and every later timed step, counting untimed ones apart', () => {
    let state = initialState();
    expect(totalLeft(steps, state, 0)).toEqual({ ms: 9 * MIN, untimed: 1 });
    expect(describeTotalLeft(totalLeft(steps, state, 0))).toBe('9:00 left in all, plus 1 untimed step');
    state = start(steps, state, 0);
    expect(totalLeft(steps, state, 5 * MIN)).toEqual({ ms: 4 * MIN, untimed: 1 });
    // At the untimed step, only the last timed step is still to come.
    expect(totalLeft(steps, state, 8 * MIN)).toEqual({ ms: 2 * MIN, untimed: 1 });
    state = next(steps, state, 8 * MIN);
    expect(totalLeft(steps, state, 8 * MIN + 30_000)).toEqual({ ms: 90_000, untimed: 0 });
    expect(describeTotalLeft(totalLeft(steps, state, 8 * MIN + 30_000))).toBe('1:30 left in all');
    state = next(steps, state, 9 * MIN);
    expect(totalLeft(steps, state, 9 * MIN)).toEqual({ ms: 0, untimed: 0 });
  });

  it('formats the clock and announces steps', () => {
    expect(formatClock(4 * MIN)).toBe('4:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(0)).toBe('0:00');
    expect(stepAnnouncement(steps, 1)).toBe('Step 2 of 4: Clarify, 3 minutes.');
    expect(stepAnnouncement(steps, 2)).toBe('Step 3 of 4: Discuss, untimed: press Next step when ready.');
    expect(stepAnnouncement(stepsFromMinutes([{ title: 'Quick', minutes: 1.5 }]), 0)).toBe('Step 1 of 1: Quick, 1 minute 30 seconds.');
  });

  it('gives a timer only to protocols with a timed step', () => {
    expect(hasTimedSteps([{ minutes: 5 }, {}])).toBe(true);
    expect(hasTimedSteps([{}, {}])).toBe(false);
  });
});

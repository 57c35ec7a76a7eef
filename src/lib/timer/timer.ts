/**
 * A protocol timer as a pure state machine. Every function takes the clock's reading (`now`, in
 * milliseconds) from the caller, so tests drive it with any clock and the page with Date.now().
 *
 * - A timed step counts down; when it runs out the timer moves on to the next step by itself
 *   and keeps running. After the last step it is finished.
 * - An untimed step counts up and waits for "next".
 * - Pausing freezes the time; "next" skips to the next step; "reset" goes back to the start.
 */
import { format, formatPlural, timer as words } from '../../strings/index.ts';

export interface TimerStep {
  title: string;
  /** How long the step lasts, in milliseconds; null for an untimed step. */
  durationMs: number | null;
}

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface TimerState {
  /** The current step. */
  index: number;
  status: TimerStatus;
  /** Time spent in the current step before `since`. */
  elapsedMs: number;
  /** The clock reading when the timer last started running; null unless running. */
  since: number | null;
}

export interface TimerView {
  index: number;
  status: TimerStatus;
  /** Time spent in the current step. */
  elapsedMs: number;
  /** Time left in the current step; null for an untimed step. */
  remainingMs: number | null;
}

/** Steps from a protocol's minutes (undefined for an untimed step). */
export function stepsFromMinutes(steps: readonly { title: string; minutes?: number | null }[]): TimerStep[] {
  return steps.map((step) => ({ title: step.title, durationMs: step.minutes ? Math.round(step.minutes * 60_000) : null }));
}

/** Whether any step has a time: only then does a protocol get a timer. */
export function hasTimedSteps(steps: readonly { minutes?: number | null }[]): boolean {
  return steps.some((step) => typeof step.minutes === 'number' && step.minutes > 0);
}

export function initialState(): TimerState {
  return { index: 0, status: 'ready', elapsedMs: 0, since: null };
}

function elapsedAt(state: TimerState, now: number): number {
  return state.elapsedMs + (state.status === 'running' && state.since !== null ? Math.max(0, now - state.since) : 0);
}

/** Brings the state up to `now`: moves past every timed step whose time has run out. */
export function tick(steps: readonly TimerStep[], state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  let index = state.index;
  let elapsed = elapsedAt(state, now);
  for (;;) {
    const duration = steps[index]?.durationMs ?? null;
    if (duration === null || elapsed < duration) break;
    elapsed -= duration;
    index++;
    if (index >= steps.length) return { index: steps.length - 1, status: 'finished', elapsedMs: steps.at(-1)?.durationMs ?? 0, since: null };
  }
  return { index, status: 'running', elapsedMs: elapsed, since: now };
}

/** Starts or resumes. A finished timer stays finished until it is reset. */
export function start(steps: readonly TimerStep[], state: TimerState, now: number): TimerState {
  if (steps.length === 0 || state.status === 'running' || state.status === 'finished') return state;
  return { ...state, status: 'running', since: now };
}

/** Pauses, keeping the time spent so far. */
export function pause(steps: readonly TimerStep[], state: TimerState, now: number): TimerState {
  const current = tick(steps, state, now);
  if (current.status !== 'running') return current;
  return { ...current, status: 'paused', elapsedMs: elapsedAt(current, now), since: null };
}

/** Moves to the next step with its full time; after the last step the timer is finished. */
export function next(steps: readonly TimerStep[], state: TimerState, now: number): TimerState {
  const current = tick(steps, state, now);
  if (current.status === 'finished') return current;
  if (current.index + 1 >= steps.length) return { index: steps.length - 1, status: 'finished', elapsedMs: steps.at(-1)?.durationMs ?? 0, since: null };
  const status = current.status === 'ready' ? 'paused' : current.status;
  return { index: current.index + 1, status, elapsedMs: 0, since: status === 'running' ? now : null };
}

/** Back to the first step, stopped. */
export function reset(): TimerState {
  return initialState();
}

/** What to show at `now`. */
export function view(steps: readonly TimerStep[], state: TimerState, now: number): TimerView {
  const current = tick(steps, state, now);
  const elapsedMs = elapsedAt(current, now);
  const duration = steps[current.index]?.durationMs ?? null;
  return {
    index: current.index,
    status: current.status,
    elapsedMs,
    remainingMs: duration === null ? null : Math.max(0, duration - elapsedMs),
  };
}

/** "4:05" from milliseconds, rounding up to the whole second so a step never shows 0:00 while it runs. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return format(words.clock, { minutes, seconds: String(seconds % 60).padStart(2, '0') });
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return formatPlural(words.seconds, rest);
  if (rest === 0) return formatPlural(words.minutes, minutes);
  return format(words.minutesAndSeconds, { minutes: formatPlural(words.minutes, minutes), seconds: formatPlural(words.seconds, rest) });
}

/** What to announce when the timer arrives at a step: "Step 2 of 6: Clarifying questions, 3 minutes." */
export function stepAnnouncement(steps: readonly TimerStep[], index: number): string {
  const step = steps[index];
  if (!step) return '';
  const values = { number: index + 1, total: steps.length, title: step.title };
  return step.durationMs === null ? format(words.announceUntimedStep, values) : format(words.announceStep, { ...values, duration: spokenDuration(step.durationMs) });
}

export interface TotalLeft {
  /** Time left in all the timed steps from now to the end: the rest of this step and every later timed step. */
  ms: number;
  /** How many untimed steps are still to come (including this one if it is untimed), whose length is not known. */
  untimed: number;
}

/** How much of the protocol is left at `now`, over its timed steps. */
export function totalLeft(steps: readonly TimerStep[], state: TimerState, now: number): TotalLeft {
  const shown = view(steps, state, now);
  if (shown.status === 'finished') return { ms: 0, untimed: 0 };
  let ms = shown.remainingMs ?? 0;
  let untimed = shown.remainingMs === null ? 1 : 0;
  for (const step of steps.slice(shown.index + 1)) {
    if (step.durationMs === null) untimed++;
    else ms += step.durationMs;
  }
  return { ms, untimed };
}

/** "12:30 left in all, plus 1 untimed step", for the display. */
export function describeTotalLeft(total: TotalLeft): string {
  const time = formatClock(total.ms);
  return total.untimed > 0 ? formatPlural(words.totalLeftUntimed, total.untimed, { time }) : format(words.totalLeft, { time });
}

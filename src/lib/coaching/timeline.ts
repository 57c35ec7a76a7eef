/**
 * A coachee's drop-ins in time order, and the steps they worked on: when each step was set, the
 * visits that continued it, and how it ended (secure, or refined into another step), with the
 * days it took to become secure. The same reading serves the coach's record and the trends, so a
 * PD lead's "days to secure" is counted exactly as the coach sees it.
 *
 * How a step's story is read: a drop-in that sets a step starts it. A later drop-in whose review
 * names a drop-in of that step ends it (secure or refine) or continues it; a continuing drop-in
 * with a different step ends the first as refined and starts the new one.
 */
import { daysBetween } from './days.ts';
import type { Outcome, Review, StepRef } from './schema.ts';

/** What the timeline needs of a drop-in: the coach's record and a trends file both have it. */
export interface Visit {
  id: string;
  date: string;
  createdAt: string;
  review?: Review | undefined;
  step?: StepRef | undefined;
}

export interface StepSpan<V extends Visit = Visit> {
  step: StepRef;
  /** The drop-in that set the step, and its day. */
  setBy: V;
  setOn: string;
  /** Drop-ins that saw the step and continued it, in time order. */
  continuedBy: V[];
  /** How it ended, when it has. */
  end?: { outcome: Exclude<Outcome, 'continued'>; on: string; by: V };
  /** Days from set to secure, for a step that became secure. */
  daysToSecure?: number;
}

/** Drop-ins in time order: by day, then by when they were recorded, then by id, so every device agrees. */
export function inTimeOrder<V extends Visit>(visits: readonly V[]): V[] {
  return [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const sameStep = (a: StepRef, b: StepRef) => a.technique === b.technique && a.step === b.step;

function close<V extends Visit>(span: StepSpan<V>, outcome: 'secured' | 'refined', by: V): void {
  span.end = { outcome, on: by.date, by };
  if (outcome === 'secured') span.daysToSecure = daysBetween(span.setOn, by.date);
}

/** The steps one coachee worked on, oldest first, from their drop-ins (in any order). */
export function stepSpans<V extends Visit>(visits: readonly V[]): StepSpan<V>[] {
  const spans: StepSpan<V>[] = [];
  const spanOf = new Map<string, StepSpan<V>>();
  for (const visit of inTimeOrder(visits)) {
    let continuing: StepSpan<V> | undefined;
    const reviewed = visit.review ? spanOf.get(visit.review.of) : undefined;
    if (reviewed && !reviewed.end && visit.review) {
      if (visit.review.outcome === 'continued') continuing = reviewed;
      else close(reviewed, visit.review.outcome, visit);
    }
    if (continuing && (!visit.step || sameStep(continuing.step, visit.step))) {
      continuing.continuedBy.push(visit);
      spanOf.set(visit.id, continuing);
      continue;
    }
    if (continuing) close(continuing, 'refined', visit);
    if (visit.step) {
      const span: StepSpan<V> = { step: visit.step, setBy: visit, setOn: visit.date, continuedBy: [] };
      spans.push(span);
      spanOf.set(visit.id, span);
    }
  }
  return spans;
}

/** The step a coachee is working on now: the latest one set that has not ended, and the drop-in the next visit reviews. */
export function openStep<V extends Visit>(spans: readonly StepSpan<V>[]): { span: StepSpan<V>; reviewOf: V } | undefined {
  for (let index = spans.length - 1; index >= 0; index--) {
    const span = spans[index]!;
    if (!span.end) return { span, reviewOf: span.continuedBy.at(-1) ?? span.setBy };
  }
  return undefined;
}

/** Days between one drop-in and the next, for each pair of a coachee's drop-ins in time order. */
export function cycleIntervals<V extends Visit>(visits: readonly V[]): { from: V; to: V; days: number }[] {
  const ordered = inTimeOrder(visits);
  return ordered.slice(1).map((to, index) => ({ from: ordered[index]!, to, days: daysBetween(ordered[index]!.date, to.date) }));
}

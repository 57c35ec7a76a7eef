/** Coaching records for the unit tests: a small catalogue, and builders of coachees and drop-ins. */
import { catalogueFrom } from '../../src/lib/coaching/catalogue.ts';
import { emptyDoc, saveCoachee, saveDropIn, type DropInFields } from '../../src/lib/coaching/record.ts';
import type { CoachingDoc, StepRef } from '../../src/lib/coaching/schema.ts';

export const catalogue = catalogueFrom({
  techniques: [
    {
      id: 'cold-call',
      title: 'Cold call',
      strand: 'questioning',
      steps: [
        { id: 'ask-first', title: 'Ask the question first', detail: 'Ask before naming anyone.' },
        { id: 'pause', title: 'Pause', detail: 'Wait three seconds.' },
        { id: 'name-the-pupil', title: 'Name the pupil', detail: 'Name a pupil and listen.' },
      ],
      lookFors: ['Every pupil looks up when the question is asked', 'Answers come from across the room'],
    },
    {
      id: 'fluency-drill',
      title: 'Fluency drill',
      strand: 'practice',
      steps: [
        { id: 'model', title: 'Model it', detail: 'Show the drill once.' },
        { id: 'drill', title: 'Drill', detail: 'Everyone answers together.' },
        { id: 'check', title: 'Check', detail: 'Listen for errors.' },
      ],
      lookFors: ['Every pupil answers'],
    },
  ],
  strands: [
    { id: 'questioning', title: 'Questioning' },
    { id: 'practice', title: 'Practice' },
  ],
  phases: [{ id: 'primary', label: 'Primary' }],
  subjects: [{ id: 'maths', label: 'Maths' }],
});

export const PAUSE: StepRef = { technique: 'cold-call', step: 'pause' };
export const ASK: StepRef = { technique: 'cold-call', step: 'ask-first' };
export const DRILL: StepRef = { technique: 'fluency-drill', step: 'drill' };

/** An ISO time on a day, at a minute past nine (so times sort with days). */
export const at = (day: string, minute = 0) => `${day}T09:${String(minute).padStart(2, '0')}:00.000Z`;

/** The fields of a drop-in, empty but for what is given. */
export function fields(id: string, coachee: string, date: string, more: Partial<DropInFields> = {}): DropInFields {
  return { id, coachee, date, className: '', phase: '', subject: '', technique: '', wentWell: [], notes: '', followUp: '', ...more };
}

/** A record with coachees (id: label) and drop-ins saved in the order given, each recorded on its own day. */
export function record(coachees: Record<string, string>, dropIns: DropInFields[], coach = 'coach-one'): CoachingDoc {
  let doc = emptyDoc(coach);
  for (const [id, label] of Object.entries(coachees)) doc = saveCoachee(doc, { id, label, group: '' }, at('2026-09-01'));
  for (const dropIn of dropIns) doc = saveDropIn(doc, dropIn, at(dropIn.date));
  return doc;
}

/**
 * A coachee's cycle: a step set on the first day, continued on the middle days, secured on the last.
 * Ids are made from `prefix` (at least six characters each).
 */
export function cycle(prefix: string, coachee: string, step: StepRef, days: string[], outcome: 'secured' | 'refined' = 'secured'): DropInFields[] {
  return days.map((date, index) => {
    const id = `${prefix}-${index}`.padEnd(6, '0');
    const previous = index > 0 ? `${prefix}-${index - 1}`.padEnd(6, '0') : undefined;
    const last = index === days.length - 1 && index > 0;
    const review = previous ? { review: { of: previous, outcome: last ? outcome : ('continued' as const) } } : {};
    return fields(id, coachee, date, { ...review, ...(last ? {} : { step }) });
  });
}

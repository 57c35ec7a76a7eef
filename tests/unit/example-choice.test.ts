/** src/lib/example-choice.ts: which worked examples suit a reader's choice of phase and subject. */
import { describe, expect, it } from 'vitest';
import { chosenExamples } from '../../src/lib/example-choice.ts';

const examples = [
  { phase: 'primary', subject: 'phonics' },
  { phase: 'secondary', subject: 'science' },
  { phase: 'secondary', subject: 'maths' },
  { phase: 'primary', subject: 'maths' },
  { phase: 'secondary' },
];

describe('chosenExamples', () => {
  it('finds the examples set in both the chosen phase and subject', () => {
    expect(chosenExamples(examples, { phase: 'secondary', subject: 'maths' })).toEqual({ matched: [2], by: { phase: 'secondary', subject: 'maths' } });
  });
  it('falls back to the subject, then to the phase, when no example is set in both', () => {
    expect(chosenExamples(examples, { phase: 'early-years', subject: 'maths' })).toEqual({ matched: [2, 3], by: { subject: 'maths' } });
    expect(chosenExamples(examples, { phase: 'secondary', subject: 'history' })).toEqual({ matched: [1, 2, 4], by: { phase: 'secondary' } });
  });
  it('takes a phase or a subject on its own', () => {
    expect(chosenExamples(examples, { phase: 'primary' }).matched).toEqual([0, 3]);
    expect(chosenExamples(examples, { subject: 'science' }).matched).toEqual([1]);
  });
  it('marks nothing when nothing is chosen or nothing matches', () => {
    expect(chosenExamples(examples, {})).toEqual({ matched: [], by: {} });
    expect(chosenExamples(examples, { phase: 'post-16', subject: 'history' })).toEqual({ matched: [], by: {} });
  });
});

/**
 * Scoring one set of answers. Only answered items count: an unanswered item is left out of every
 * mean, never scored as zero, and every figure says how many answers it rests on.
 */
import { own } from '../storage/own.ts';
import { itemCount, itemsOf, scalePoint, type Instrument } from './instrument.ts';

/** Answers by item id: the scale value chosen. */
export type Answers = Readonly<Record<string, number>>;

export interface SectionScore {
  id: string;
  title: string;
  /** The mean of the section's answered items; null when none is answered. */
  mean: number | null;
  answered: number;
  total: number;
}

export interface Score {
  sections: SectionScore[];
  answered: number;
  total: number;
  /** The mean of every answered item; null when none is answered. */
  mean: number | null;
}

/** The mean of some numbers, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The answer to an item if it is a value on the scale; anything else counts as unanswered. */
export function answerOf(instrument: Instrument, answers: Answers, itemId: string): number | null {
  const value = own(answers, itemId);
  return value !== undefined && scalePoint(instrument, value) ? value : null;
}

/** How many items are answered, of how many. */
export function progress(instrument: Instrument, answers: Answers): { answered: number; total: number } {
  const answered = itemsOf(instrument).filter(({ item }) => answerOf(instrument, answers, item.id) !== null).length;
  return { answered, total: itemCount(instrument) };
}

/** Section means and counts for one set of answers. */
export function scoreAnswers(instrument: Instrument, answers: Answers): Score {
  const all: number[] = [];
  const sections = instrument.sections.map((section) => {
    const values = section.items.map((item) => answerOf(instrument, answers, item.id)).filter((value): value is number => value !== null);
    all.push(...values);
    return { id: section.id, title: section.title, mean: mean(values), answered: values.length, total: section.items.length };
  });
  return { sections, answered: all.length, total: itemCount(instrument), mean: mean(all) };
}

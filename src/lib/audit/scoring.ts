/**
 * Scoring one set of answers. Only answered items count: an unanswered item is left out of every
 * mean, never scored as zero, and every figure says how many answers it rests on.
 */
import { own } from '../storage/own.ts';
import { developLinks, itemCount, itemsOf, scalePoint, scaleRange, type Instrument, type Link } from './instrument.ts';

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

export interface RankedItem {
  id: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  value: number;
  /** The scale label of the value, like "Often". */
  label: string;
  /** What develops it: the item's techniques and protocols, then its section's. */
  develop: Link[];
}

export interface Ranking {
  /** The highest-rated items, highest first. */
  strengths: RankedItem[];
  /** More items rated the same as the last strength, left off to keep the list short. */
  moreStrengths: number;
  /** Those items themselves, to show on request. */
  moreStrengthItems: RankedItem[];
  /** The lowest-rated items, lowest first: what to develop next. */
  priorities: RankedItem[];
  /** More items rated the same as the last priority, left off to keep the list short. */
  morePriorities: number;
  /** Those items themselves, to show on request. */
  morePriorityItems: RankedItem[];
}

/**
 * Strengths and development priorities, relative to the person's own answers: priorities are
 * the lowest-rated answered items (never the top of the scale), strengths the highest-rated
 * items rated above every priority (never the bottom of the scale). No item is both. Ties keep
 * the order of the content.
 */
export function rankItems(instrument: Instrument, answers: Answers, limit = 5): Ranking {
  const { min, max } = scaleRange(instrument);
  const answered: RankedItem[] = [];
  for (const { item, section } of itemsOf(instrument)) {
    const value = answerOf(instrument, answers, item.id);
    if (value === null) continue;
    answered.push({ id: item.id, text: item.text, sectionId: section.id, sectionTitle: section.title, value, label: scalePoint(instrument, value)!.label, develop: developLinks(item, section) });
  }
  const ascending = [...answered].sort((a, b) => a.value - b.value);
  const priorityPool = ascending.filter((item) => item.value < max);
  const priorities = priorityPool.slice(0, limit);
  const lastPriority = priorities.at(-1)?.value;
  const morePriorityItems = lastPriority === undefined ? [] : priorityPool.slice(limit).filter((item) => item.value === lastPriority);
  const cutoff = lastPriority ?? -Infinity;
  const strengthPool = [...answered].sort((a, b) => b.value - a.value).filter((item) => item.value > min && item.value > cutoff);
  const strengths = strengthPool.slice(0, limit);
  const lastStrength = strengths.at(-1)?.value;
  const moreStrengthItems = lastStrength === undefined ? [] : strengthPool.slice(limit).filter((item) => item.value === lastStrength);
  return { strengths, moreStrengths: moreStrengthItems.length, moreStrengthItems, priorities, morePriorities: morePriorityItems.length, morePriorityItems };
}

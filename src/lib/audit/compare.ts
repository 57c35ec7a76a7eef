/**
 * Comparing two attempts by the same person: by section and by item, naming the biggest changes.
 * A change needs an answer in both attempts; section means compare like with like, using only
 * the items answered both times.
 */
import { itemsOf, type Instrument } from './instrument.ts';
import { answerOf, mean, type Answers } from './scoring.ts';
import { shownDifference } from './format.ts';

export interface ItemChange {
  id: string;
  text: string;
  sectionTitle: string;
  before: number | null;
  after: number | null;
  /** after − before; null unless both are answered. */
  change: number | null;
}

export interface SectionChange {
  id: string;
  title: string;
  /** Mean of the items answered in both attempts, before and after; null when there are none. */
  before: number | null;
  after: number | null;
  change: number | null;
  /** How many of its items were answered in both attempts. */
  compared: number;
  total: number;
}

export interface Comparison {
  sections: SectionChange[];
  items: ItemChange[];
  /** The largest rises, largest first. */
  rises: ItemChange[];
  /** More items that rose by as much as the last of `rises`, left off to keep the list short. */
  moreRises: ItemChange[];
  /** The largest falls, largest first. */
  falls: ItemChange[];
  /** More items that fell by as much as the last of `falls`. */
  moreFalls: ItemChange[];
}

/** The biggest changes one way: up to `limit`, then every other item tied with the last of those. */
export interface BiggestChanges<T> {
  rises: T[];
  moreRises: T[];
  falls: T[];
  moreFalls: T[];
}

/** The first `limit` of a sorted list, and the rest that tie with the last of them. */
function withTies<T extends { change: number }>(sorted: readonly T[], limit: number): [T[], T[]] {
  const shown = sorted.slice(0, limit);
  const last = shown.at(-1)?.change;
  return [shown, last === undefined ? [] : sorted.slice(limit).filter((item) => item.change === last)];
}

/**
 * The biggest positive and negative changes among items, ties in content order. Items that changed
 * by as much as the last one listed are never dropped in silence: they come back as `moreRises`
 * and `moreFalls`, so "3 rises" is never the first 3 of 7 equal ones.
 */
export function biggestChanges<T extends { change: number | null }>(items: readonly T[], limit: number): BiggestChanges<T & { change: number }> {
  const changed = items.filter((item): item is T & { change: number } => item.change !== null && item.change !== 0);
  const [rises, moreRises] = withTies(changed.filter((item) => item.change > 0).sort((a, b) => b.change - a.change), limit);
  const [falls, moreFalls] = withTies(changed.filter((item) => item.change < 0).sort((a, b) => a.change - b.change), limit);
  return { rises, moreRises, falls, moreFalls };
}

/** Compares two sets of answers to the same instrument. */
export function compareAnswers(instrument: Instrument, before: Answers, after: Answers, limit = 3): Comparison {
  const items: ItemChange[] = itemsOf(instrument).map(({ item, section }) => {
    const a = answerOf(instrument, before, item.id);
    const b = answerOf(instrument, after, item.id);
    return { id: item.id, text: item.text, sectionTitle: section.title, before: a, after: b, change: a !== null && b !== null ? b - a : null };
  });
  const sections: SectionChange[] = instrument.sections.map((section) => {
    const both = section.items
      .map((item) => items.find((change) => change.id === item.id)!)
      .filter((change) => change.change !== null);
    const beforeMean = mean(both.map((change) => change.before!));
    const afterMean = mean(both.map((change) => change.after!));
    return {
      id: section.id,
      title: section.title,
      before: beforeMean,
      after: afterMean,
      // From the means as shown (one decimal place), so the change shown matches them.
      change: beforeMean !== null && afterMean !== null ? shownDifference(beforeMean, afterMean) : null,
      compared: both.length,
      total: section.items.length,
    };
  });
  return { sections, items, ...biggestChanges(items, limit) };
}

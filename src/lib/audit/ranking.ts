/**
 * Strengths and development priorities in one set of answers, relative to the person's own
 * answers, each with what develops it. A module of its own, so a self-audit page loads it only
 * with the results (islands/self-audit/ResultsDetail.tsx).
 */
import { developLinks, itemsOf, scalePoint, scaleRange, type Instrument, type Link } from './instrument.ts';
import { answerOf, type Answers } from './scoring.ts';

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

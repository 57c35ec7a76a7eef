/**
 * Group results: many people's exported files pooled into group means, the spread of answers
 * per item and the group's lowest-scoring items, and two groups (September and July, say)
 * compared. Each file is checked on its own: one that fails is listed with its reason and the
 * rest still count.
 *
 * Counting rules, stated so the figures can be trusted:
 * - each file is one person and contributes one attempt: its latest or its first, as chosen;
 * - only answered items count, never as zero;
 * - an item's mean is the mean of the answers to it;
 * - a section's mean is the mean of each person's own section mean, so everyone who answered
 *   any of the section weighs the same however many of its items they answered.
 */
import { biggestChanges } from './compare.ts';
import { byCreated } from './attempts.ts';
import { developLinks, itemsOf, type Instrument, type Link } from './instrument.ts';
import { parseExport } from './exchange.ts';
import { mean, type Answers } from './scoring.ts';

export type AttemptChoice = 'latest' | 'first';

export interface GroupFile {
  name: string;
  text: string;
}

export interface GroupFailure {
  name: string;
  reason: string;
}

export interface GroupMember {
  /** The file it came from. */
  name: string;
  /** The chosen attempt's label. */
  label: string;
  answers: Answers;
}

export interface GroupLoad {
  members: GroupMember[];
  failures: GroupFailure[];
}

/** Checks every file and picks one attempt from each; failures are kept with their reasons. */
export function loadGroupFiles(files: readonly GroupFile[], instrument: Instrument, choice: AttemptChoice = 'latest'): GroupLoad {
  const members: GroupMember[] = [];
  const failures: GroupFailure[] = [];
  const scaleValues = new Set(instrument.scale.map((point) => point.value));
  const itemIds = itemsOf(instrument).map(({ item }) => item.id);
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseExport(file.text, instrument);
    if (!parsed.ok) {
      failures.push({ name: file.name, reason: parsed.reason });
      continue;
    }
    const attempts = byCreated(parsed.file.attempts);
    const attempt = choice === 'latest' ? attempts.at(-1) : attempts[0];
    if (!attempt) {
      failures.push({ name: file.name, reason: 'It has no attempts.' });
      continue;
    }
    const answers: Record<string, number> = {};
    let answered = 0;
    for (const id of itemIds) {
      const value = Object.hasOwn(attempt.answers, id) ? attempt.answers[id] : undefined;
      if (value !== undefined && scaleValues.has(value)) {
        answers[id] = value;
        answered++;
      }
    }
    if (answered === 0) {
      failures.push({ name: file.name, reason: `Its ${choice} attempt (“${attempt.label}”) has no answers.` });
      continue;
    }
    const identity = `${attempt.id} ${attempt.createdAt}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      failures.push({ name: file.name, reason: `It holds the same attempt as “${earlier}”, which is already counted.` });
      continue;
    }
    seen.set(identity, file.name);
    members.push({ name: file.name, label: attempt.label, answers });
  }
  return { members, failures };
}

export interface ValueCount {
  value: number;
  label: string;
  count: number;
}

export interface ItemSummary {
  id: string;
  text: string;
  sectionId: string;
  sectionTitle: string;
  /** How many people answered it. */
  n: number;
  mean: number | null;
  /** Standard deviation of the answers (the population's: divided by n); null with no answers. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** How many chose each scale value, in scale order. */
  counts: ValueCount[];
  develop: Link[];
}

export interface SectionSummary {
  id: string;
  title: string;
  /** The mean of each person's section mean; null when nobody answered any of it. */
  mean: number | null;
  /** How many people answered at least one of its items. */
  people: number;
}

export interface GroupSummary {
  people: number;
  sections: SectionSummary[];
  items: ItemSummary[];
  /** The lowest-scoring items, lowest first: the group's common development needs. */
  lowest: ItemSummary[];
}

/** Group means per section and item, the spread per item and the lowest items. */
export function summariseGroup(instrument: Instrument, members: readonly GroupMember[], lowestLimit = 5): GroupSummary {
  const items: ItemSummary[] = [];
  const sections: SectionSummary[] = [];
  for (const section of instrument.sections) {
    const personMeans: number[] = [];
    for (const member of members) {
      let sum = 0;
      let count = 0;
      for (const item of section.items) {
        const value = member.answers[item.id];
        if (value !== undefined) {
          sum += value;
          count++;
        }
      }
      if (count > 0) personMeans.push(sum / count);
    }
    sections.push({ id: section.id, title: section.title, mean: mean(personMeans), people: personMeans.length });
    for (const item of section.items) {
      const values: number[] = [];
      for (const member of members) {
        const value = member.answers[item.id];
        if (value !== undefined) values.push(value);
      }
      const itemMean = mean(values);
      let variance = 0;
      if (itemMean !== null) {
        for (const value of values) variance += (value - itemMean) ** 2;
        variance /= values.length;
      }
      items.push({
        id: item.id,
        text: item.text,
        sectionId: section.id,
        sectionTitle: section.title,
        n: values.length,
        mean: itemMean,
        sd: itemMean === null ? null : Math.sqrt(variance),
        min: values.length ? Math.min(...values) : null,
        max: values.length ? Math.max(...values) : null,
        counts: instrument.scale.map((point) => ({ value: point.value, label: point.label, count: values.filter((value) => value === point.value).length })),
        develop: developLinks(item, section),
      });
    }
  }
  const lowest = items
    .filter((item) => item.mean !== null)
    .sort((a, b) => a.mean! - b.mean!)
    .slice(0, lowestLimit);
  return { people: members.length, sections, items, lowest };
}

export interface GroupChange {
  id: string;
  title: string;
  first: number | null;
  second: number | null;
  /** second − first; null unless both groups have a mean. */
  change: number | null;
}

export interface GroupComparison {
  sections: GroupChange[];
  items: (GroupChange & { sectionTitle: string })[];
  rises: (GroupChange & { sectionTitle: string })[];
  falls: (GroupChange & { sectionTitle: string })[];
}

const difference = (first: number | null, second: number | null) => (first !== null && second !== null ? second - first : null);

/** Compares two groups' means by section and item, naming the biggest changes. */
export function compareGroups(first: GroupSummary, second: GroupSummary, limit = 3): GroupComparison {
  const sections = first.sections.map((section, index) => {
    const other = second.sections[index]!;
    return { id: section.id, title: section.title, first: section.mean, second: other.mean, change: difference(section.mean, other.mean) };
  });
  const items = first.items.map((item, index) => {
    const other = second.items[index]!;
    return { id: item.id, title: item.text, sectionTitle: item.sectionTitle, first: item.mean, second: other.mean, change: difference(item.mean, other.mean) };
  });
  return { sections, items, ...biggestChanges(items, limit) };
}

/**
 * Group results: many people's exported files pooled into group means, the spread of answers
 * per item and the group's lowest-scoring items, and two groups (September and July, say)
 * compared. Each file is checked on its own: one that fails is listed with its reason and the
 * rest still count.
 *
 * Counting rules, stated so the figures can be trusted:
 * - each file is one person and contributes one attempt: its latest or its first, as chosen,
 *   passing over attempts with no answers (an attempt started and left empty says nothing);
 * - only answered items count, never as zero;
 * - an item's mean is the mean of the answers to it;
 * - a section's mean is the mean of each person's own section mean, so everyone who answered
 *   any of the section weighs the same however many of its items they answered.
 */
import { biggestChanges } from './compare.ts';
import { byCreated } from './attempts.ts';
import { developLinks, itemsOf, type Instrument, type Link } from './instrument.ts';
import { checkRead } from './import-file.ts';
import { own, ownField } from '../storage/own.ts';
import { LIMITS, type Limits } from '../storage/limits.ts';
import { readJsonFile, readJsonText, type JsonRead, type LoadedFile } from '../storage/json-file.ts';
import { formatBytes } from '../storage/bytes.ts';
import { mean, type Answers } from './scoring.ts';
import { shownDifference } from './format.ts';
import { format, formatPlural, groupResults as words } from '../../strings/index.ts';

export type AttemptChoice = 'latest' | 'first';

/** One file added to a group: read once, when it is added, and checked against the instrument whenever that changes. */
export interface GroupFile {
  name: string;
  /** Its size in bytes. */
  size: number;
  /** The file read as JSON, or why it could not be (lib/storage/json-file.ts). */
  read: JsonRead;
}

/** Reads the files a person added: each over the size limit is refused unread; the rest are read as JSON. */
export function readGroupFiles(files: readonly LoadedFile[], limits: Limits = LIMITS): Promise<GroupFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, size: file.size, read: await readJsonFile(file, limits.fileBytes) })));
}

/** A group file from text already read (for tests and benchmarks). */
export function groupFileFromText(name: string, text: string): GroupFile {
  return { name, size: new TextEncoder().encode(text).length, read: readJsonText(text, name) };
}

/**
 * Why files cannot be added to a group that already holds `existing`, in words for the page, or
 * undefined when they can: a group holds at most `groupFiles` files and `groupBytes` in all,
 * checked from the files' sizes before any is read.
 */
export function groupBatchProblem(existing: readonly GroupFile[], incoming: readonly { size: number }[], limits: Limits = LIMITS): string | undefined {
  const count = existing.length + incoming.length;
  if (count > limits.groupFiles) return formatPlural(words.tooManyFiles, incoming.length, { limit: limits.groupFiles, has: existing.length });
  const bytes = [...existing, ...incoming].reduce((sum, file) => sum + file.size, 0);
  if (bytes > limits.groupBytes) return formatPlural(words.tooManyBytes, incoming.length, { size: formatBytes(bytes), limit: formatBytes(limits.groupBytes) });
  return undefined;
}

export interface GroupFailure {
  /** The file's position in the list given. */
  file: number;
  name: string;
  reason: string;
}

export interface GroupMember {
  /** The file's position in the list given. */
  file: number;
  /** The file it came from. */
  name: string;
  /** Whose answers these are, if the file names them. */
  owner: string;
  /** True when the latest (or first) attempt was empty and the nearest one with answers was used. */
  fellBack: boolean;
  /** The chosen attempt's label. */
  label: string;
  answers: Answers;
}

export interface GroupLoad {
  members: GroupMember[];
  failures: GroupFailure[];
}

/** Advice for a file from another audit, fitting the group results page. */
function otherAuditReason(other: { title?: string; id: string }, instrument: Instrument): string {
  const titled = other.title ? format(words.otherTitled, { title: other.title }) : undefined;
  return format(words.otherAudit, { other: titled ?? format(words.otherUntitled, { id: JSON.stringify(other.id) }), title: instrument.title, choose: titled ?? words.itsAudit });
}

/** The instrument most of these files are for, if it is one of `instruments`; unreadable files say nothing. */
export function detectInstrument(files: readonly GroupFile[], instruments: readonly Instrument[]): Instrument | undefined {
  const counts = new Map<string, number>();
  for (const file of files) {
    if (!file.read.ok) continue;
    const named = ownField(file.read.value, 'instrument');
    const key = `${String(ownField(named, 'kind'))}/${String(ownField(named, 'id'))}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best ? instruments.find((instrument) => `${instrument.kind}/${instrument.id}` === best[0]) : undefined;
}

/** Checks every file and picks one attempt from each; failures are kept with their reasons. */
export function loadGroupFiles(files: readonly GroupFile[], instrument: Instrument, choice: AttemptChoice = 'latest'): GroupLoad {
  const members: GroupMember[] = [];
  const failures: GroupFailure[] = [];
  const scaleValues = new Set(instrument.scale.map((point) => point.value));
  const itemIds = itemsOf(instrument).map(({ item }) => item.id);
  const seen = new Map<string, string>();
  /** The answers of an attempt to this instrument's items, on its scale. */
  const usable = (answers: Readonly<Record<string, number>>) => {
    const kept: Record<string, number> = {};
    let count = 0;
    for (const id of itemIds) {
      const value = own(answers, id);
      if (value !== undefined && scaleValues.has(value)) {
        kept[id] = value;
        count++;
      }
    }
    return { kept, count };
  };
  files.forEach((file, position) => {
    const parsed = checkRead(file.read, file.name, instrument, LIMITS, words.fileSpreadsheet);
    if (!parsed.ok) {
      const reason = parsed.problem === 'instrument' && parsed.other ? otherAuditReason(parsed.other, instrument) : parsed.reason;
      failures.push({ file: position, name: file.name, reason });
      return;
    }
    const ordered = byCreated(parsed.file.attempts);
    if (ordered.length === 0) {
      failures.push({ file: position, name: file.name, reason: words.noAttempts });
      return;
    }
    // Latest first (or first first); the chosen one unless it is empty, then the nearest with answers.
    const candidates = choice === 'latest' ? [...ordered].reverse() : ordered;
    const found = candidates.map((attempt) => ({ attempt, ...usable(attempt.answers) })).find((candidate) => candidate.count > 0);
    if (!found) {
      failures.push({ file: position, name: file.name, reason: ordered.length === 1 ? words.onlyAttemptEmpty : formatPlural(words.allAttemptsEmpty, ordered.length) });
      return;
    }
    const { attempt, kept } = found;
    const identity = `${attempt.id} ${attempt.createdAt}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      failures.push({ file: position, name: file.name, reason: format(words.sameAttempt, { file: earlier }) });
      return;
    }
    seen.set(identity, file.name);
    members.push({ file: position, name: file.name, owner: parsed.file.owner, fellBack: attempt !== candidates[0], label: attempt.label, answers: kept });
  });
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
        const value = own(member.answers, item.id);
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
        const value = own(member.answers, item.id);
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
  /** More items that rose by as much as the last of `rises`. */
  moreRises: (GroupChange & { sectionTitle: string })[];
  falls: (GroupChange & { sectionTitle: string })[];
  /** More items that fell by as much as the last of `falls`. */
  moreFalls: (GroupChange & { sectionTitle: string })[];
}

/**
 * The change between two means as people see them: each mean rounded to one decimal place first,
 * so "2.4 to 2.9" reads "+0.5", never "+0.6" from unrounded 2.36 and 2.94.
 */
const difference = (first: number | null, second: number | null) => (first !== null && second !== null ? shownDifference(first, second) : null);

/** Compares two groups' means by section and item (changes from the rounded means shown), naming the biggest changes. */
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

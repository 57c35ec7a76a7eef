/**
 * Coaching trends for a PD lead: many coaches' trends files pooled in the browser, then the
 * steps being set (by strand, technique and step), the days from set to secure, and the days
 * between visits against the playbook's target, overall and compared by school or group and by
 * term. Every figure passes the privacy floor (privacy.ts).
 *
 * Counting rules, stated so the figures can be trusted:
 * - records are pooled by id: the same drop-in in two files (two exports by one coach) counts
 *   once, and a coachee is one person however many files name them (by the random id made on the
 *   coach's device; labels are never needed);
 * - a step is "set" at the drop-in that starts it; "continue" does not set it again; a step ends
 *   secure or refined, read as in the coach's own record (timeline.ts);
 * - days to secure run from the drop-in that set the step to the one that marked it secure;
 * - a cycle is the days between one drop-in and the coachee's next; it is within the target when
 *   it is between the shortest and longest (inclusive);
 * - a step counts in the term it was set in, a cycle in the term of its later drop-in;
 * - a median of an even count is the mean of the two middle values.
 *
 * Pooling and counting are one pass over the records each, with maps by id, then a sort of each
 * coachee's drop-ins: near-linear in the number of records.
 */
import { median, termOf, type Term } from './days.ts';
import { parseCoachingFile, type FileFailure } from './exchange.ts';
import { gate, poolSmallRows, type Gated } from './privacy.ts';
import type { StepRef, TrendDropIn } from './schema.ts';
import { cycleIntervals, stepSpans } from './timeline.ts';

/** The records of every file loaded so far, pooled by id. */
export interface PooledTrends {
  files: number;
  coaches: Set<string>;
  /** Each coachee's group, from the most recently exported file that names them. */
  coachees: Map<string, { group: string; exportedAt: string }>;
  dropIns: Map<string, TrendDropIn>;
}

export function emptyPool(): PooledTrends {
  return { files: 0, coaches: new Set(), coachees: new Map(), dropIns: new Map() };
}

export interface TrendsFailure extends FileFailure {
  name: string;
}

/** Reads files into the pool (changing it); each file that cannot be used is listed with its reason, and the rest still count. */
export function addTrendFiles(pool: PooledTrends, files: readonly { name: string; text: string }[]): TrendsFailure[] {
  const failures: TrendsFailure[] = [];
  for (const { name, text } of files) {
    const read = parseCoachingFile(text, 'trends');
    if (!read.ok) {
      failures.push({ ...read, name });
      continue;
    }
    const file = read.file;
    pool.files++;
    pool.coaches.add(file.coach);
    for (const coachee of file.coachees) {
      const held = pool.coachees.get(coachee.id);
      if (!held || file.exportedAt > held.exportedAt) pool.coachees.set(coachee.id, { group: coachee.group, exportedAt: file.exportedAt });
    }
    for (const dropIn of file.dropIns) {
      const held = pool.dropIns.get(dropIn.id);
      if (!held || dropIn.updatedAt > held.updatedAt) pool.dropIns.set(dropIn.id, dropIn);
    }
  }
  return failures;
}

export interface TrendSettings {
  floor: number;
  /** The target days between visits, inclusive. */
  cycle: { shortest: number; longest: number };
  /** The strand a technique belongs to, from the playbook. */
  strandOf: (technique: string) => string | undefined;
}

/** A step set, as the trends count it. */
interface SetStep {
  coachee: string;
  step: StepRef;
  strand: string;
  daysToSecure: number | undefined;
  refined: boolean;
}

/** A part of the records: the drop-ins, steps set and cycles of some coachees (a group, a term, everyone). */
interface Part {
  coachees: Set<string>;
  dropIns: number;
  steps: SetStep[];
  cycles: { coachee: string; days: number }[];
}

const emptyPart = (): Part => ({ coachees: new Set(), dropIns: 0, steps: [], cycles: [] });

/** Figures about steps being set: how many, how many became secure or were refined, and the median days to secure. */
export interface StepFigures {
  set: number;
  secured: number;
  refined: number;
  daysToSecure: Gated<{ median: number; steps: number }>;
}

/** Figures about a part of the records. */
export interface Summary extends StepFigures {
  dropIns: number;
  cycles: Gated<{ count: number; median: number; within: number; shorter: number; longer: number }>;
}

export interface Breakdown<K, T> {
  rows: { of: K; coachees: number; value: T }[];
  /** The rows pooled under the floor, when their pool reaches it. */
  others?: { rows: number; coachees: number; value: T };
  /** True when even every row together is about fewer coachees than the floor: nothing is shown. */
  withheld: boolean;
}

export interface TrendReport {
  floor: number;
  cycle: { shortest: number; longest: number };
  files: number;
  coaches: number;
  /** False when all the files together cover fewer coachees than the floor: no figure is shown. */
  enough: boolean;
  overall?: { coachees: number; value: Summary };
  strands?: Breakdown<string, StepFigures>;
  techniques?: Breakdown<string, StepFigures>;
  steps?: Breakdown<StepRef, StepFigures>;
  groups?: Breakdown<string, Summary>;
  terms?: Breakdown<Term, Summary>;
}

function stepFigures(steps: readonly SetStep[], floor: number): StepFigures {
  const secured = steps.filter((step) => step.daysToSecure !== undefined);
  const securedCoachees = new Set(secured.map((step) => step.coachee)).size;
  return {
    set: steps.length,
    secured: secured.length,
    refined: steps.filter((step) => step.refined).length,
    daysToSecure: gate(securedCoachees, floor, () => ({ median: median(secured.map((step) => step.daysToSecure!))!, steps: secured.length })),
  };
}

function summarise(part: Part, settings: TrendSettings): Summary {
  const { shortest, longest } = settings.cycle;
  const cycleCoachees = new Set(part.cycles.map((cycle) => cycle.coachee)).size;
  return {
    ...stepFigures(part.steps, settings.floor),
    dropIns: part.dropIns,
    cycles: gate(cycleCoachees, settings.floor, () => {
      const days = part.cycles.map((cycle) => cycle.days);
      return {
        count: days.length,
        median: median(days)!,
        within: days.filter((value) => value >= shortest && value <= longest).length,
        shorter: days.filter((value) => value < shortest).length,
        longer: days.filter((value) => value > longest).length,
      };
    }),
  };
}

function mergeParts(parts: readonly Part[]): Part {
  const merged = emptyPart();
  for (const part of parts) {
    for (const coachee of part.coachees) merged.coachees.add(coachee);
    merged.dropIns += part.dropIns;
    merged.steps.push(...part.steps);
    merged.cycles.push(...part.cycles);
  }
  return merged;
}

/** A breakdown of parts by key, through the floor's pooling rule; rows in the order given. */
function breakdown<K, T>(rows: readonly { of: K; part: Part }[], floor: number, value: (part: Part) => T): Breakdown<K, T> {
  const { shown, pooled, poolCoachees } = poolSmallRows(rows, (row) => row.part.coachees, floor);
  const all = new Set<string>();
  for (const row of rows) for (const coachee of row.part.coachees) all.add(coachee);
  if (all.size < floor) return { rows: [], withheld: true };
  return {
    rows: shown.map((row) => ({ of: row.of, coachees: row.part.coachees.size, value: value(row.part) })),
    ...(pooled.length > 0 ? { others: { rows: pooled.length, coachees: poolCoachees.size, value: value(mergeParts(pooled.map((row) => row.part))) } } : {}),
    withheld: false,
  };
}

/** Parts keyed by a string, each made on first use. */
function partsBy<K>(): { get: (key: string, of: K) => Part; rows: () => { of: K; part: Part }[] } {
  const map = new Map<string, { of: K; part: Part }>();
  return {
    get(key, of) {
      let entry = map.get(key);
      if (!entry) map.set(key, (entry = { of, part: emptyPart() }));
      return entry.part;
    },
    rows: () => [...map.values()],
  };
}

/** Steps set, most first, then by key. */
const byMostSet = <K>(rows: { of: K; part: Part }[], key: (of: K) => string) =>
  rows.sort((a, b) => b.part.steps.length - a.part.steps.length || (key(a.of) < key(b.of) ? -1 : key(a.of) > key(b.of) ? 1 : 0));

/** The trends of everything pooled, every figure through the privacy floor. */
export function trendReport(pool: PooledTrends, settings: TrendSettings): TrendReport {
  const { floor } = settings;
  const base = { floor, cycle: settings.cycle, files: pool.files, coaches: pool.coaches.size };
  // Each coachee's drop-ins (only coachees some file names; a drop-in's coachee is checked per file).
  const visits = new Map<string, TrendDropIn[]>();
  for (const dropIn of pool.dropIns.values()) {
    const list = visits.get(dropIn.coachee);
    if (list) list.push(dropIn);
    else visits.set(dropIn.coachee, [dropIn]);
  }
  if (visits.size < floor) return { ...base, enough: false };

  const overall = emptyPart();
  const groups = partsBy<string>();
  const terms = partsBy<Term>();
  const strands = partsBy<string>();
  const techniques = partsBy<string>();
  const steps = partsBy<StepRef>();
  const into = (part: Part, coachee: string) => {
    part.coachees.add(coachee);
    return part;
  };
  for (const [coachee, list] of visits) {
    const group = pool.coachees.get(coachee)?.group ?? '';
    const inGroup = into(groups.get(group, group), coachee);
    into(overall, coachee);
    overall.dropIns += list.length;
    inGroup.dropIns += list.length;
    for (const dropIn of list) {
      const term = termOf(dropIn.date);
      into(terms.get(term.key, term), coachee).dropIns++;
    }
    for (const span of stepSpans(list)) {
      const strand = settings.strandOf(span.step.technique) ?? '';
      const set: SetStep = { coachee, step: span.step, strand, daysToSecure: span.daysToSecure, refined: span.end?.outcome === 'refined' };
      const term = termOf(span.setOn);
      for (const part of [overall, inGroup, terms.get(term.key, term), strands.get(strand, strand), techniques.get(span.step.technique, span.step.technique), steps.get(`${span.step.technique} ${span.step.step}`, span.step)]) {
        into(part, coachee).steps.push(set);
      }
    }
    for (const cycle of cycleIntervals(list)) {
      const term = termOf(cycle.to.date);
      const entry = { coachee, days: cycle.days };
      for (const part of [overall, inGroup, terms.get(term.key, term)]) into(part, coachee).cycles.push(entry);
    }
  }
  const summary = (part: Part) => summarise(part, settings);
  const figures = (part: Part) => stepFigures(part.steps, floor);
  return {
    ...base,
    enough: true,
    overall: { coachees: overall.coachees.size, value: summary(overall) },
    strands: breakdown(byMostSet(strands.rows(), (of) => of), floor, figures),
    techniques: breakdown(byMostSet(techniques.rows(), (of) => of), floor, figures),
    steps: breakdown(byMostSet(steps.rows(), (of) => `${of.technique} ${of.step}`), floor, figures),
    groups: breakdown(groups.rows().sort((a, b) => (a.of < b.of ? -1 : a.of > b.of ? 1 : 0)), floor, summary),
    terms: breakdown(terms.rows().sort((a, b) => (a.of.key < b.of.key ? -1 : 1)), floor, summary),
  };
}

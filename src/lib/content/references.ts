/**
 * Checks that hold across entries, after each entry has passed its own schema: references name
 * entries that exist, ids are unique, rubric criteria describe every level, audit item ids are
 * unique and scale values rise. Each broken rule is a problem naming the file and field.
 */
import { describeFound, formatPath, type Problem } from './problem.ts';
import { collectionSpec, type CollectionName } from './collections.ts';
import { entryKey, referencesFrom } from './links.ts';
import { stepId } from './step-id.ts';

/** An entry that has passed its schema: `data` is the schema's output. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  pathInFile: (string | number)[];
  // Each collection's data is checked by its schema before it gets here.
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

type Index = Map<CollectionName, Map<string, ValidEntry>>;

function buildIndex(entries: readonly ValidEntry[]): Index {
  const index: Index = new Map();
  for (const entry of entries) {
    let byId = index.get(entry.collection);
    if (!byId) index.set(entry.collection, (byId = new Map()));
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return index;
}

/** "a technique", "an audit". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function describeTarget(target: CollectionName): string {
  const spec = collectionSpec(target);
  return `the id of ${withArticle(spec.singular)} in ${spec.format === 'yaml-list' ? spec.path : `${spec.path}/`}`;
}

class Checker {
  readonly problems: Problem[] = [];
  private readonly index: Index;
  private readonly known: Set<string>;
  constructor(index: Index, known: Set<string>) {
    this.index = index;
    this.known = known;
  }

  private field(entry: ValidEntry, path: (string | number)[]): string {
    return formatPath([...entry.pathInFile, ...path]);
  }

  report(entry: ValidEntry, path: (string | number)[], expected: string, found: string): void {
    this.problems.push({ file: entry.file, field: this.field(entry, path), expected, found });
  }

  find(target: CollectionName, id: string): ValidEntry | undefined {
    return this.index.get(target)?.get(id);
  }

  /** Reports a reference to an entry that does not exist. */
  ref(entry: ValidEntry, path: (string | number)[], target: CollectionName, id: string): void {
    if (!this.known.has(entryKey(target, id))) this.report(entry, path, describeTarget(target), `${JSON.stringify(id)}, which does not exist`);
  }

  /** Reports the second and later uses of an id within one list. */
  unique(entry: ValidEntry, path: (string | number)[], ids: readonly string[], idField = 'id'): void {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else this.report(entry, [...path, i, idField], `an id not used before in this list (it is already ${this.field(entry, [...path, first, idField])})`, JSON.stringify(id));
    });
  }
}

function checkTechnique(c: Checker, entry: ValidEntry): void {
  entry.data.related.forEach((id: string, i: number) => {
    if (id === entry.id) c.report(entry, ['related', i], 'another technique', `${JSON.stringify(id)}, this technique itself`);
  });
  c.unique(entry, ['steps'], entry.data.steps.map(stepId));
}

function checkSequence(c: Checker, entry: ValidEntry): void {
  entry.data.steps.forEach((step: { technique: string; step?: string }, i: number) => {
    const technique = c.find('techniques', step.technique);
    if (!technique || step.step === undefined) return;
    const ids: string[] = technique.data.steps.map(stepId);
    if (!ids.includes(step.step)) {
      c.report(entry, ['steps', i, 'step'], `an action step of ${JSON.stringify(step.technique)}: one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`, `${JSON.stringify(step.step)}, which it does not have`);
    }
  });
}

function checkRubric(c: Checker, entry: ValidEntry): void {
  const levels: string[] = entry.data.levels.map((level: { id: string }) => level.id);
  c.unique(entry, ['levels'], levels);
  c.unique(entry, ['criteria'], entry.data.criteria.map((criterion: { id: string }) => criterion.id));
  entry.data.criteria.forEach((criterion: { descriptors: Record<string, string> }, i: number) => {
    for (const level of levels) {
      if (!(level in criterion.descriptors)) c.report(entry, ['criteria', i, 'descriptors', level], `a descriptor for the level ${JSON.stringify(level)}`, 'nothing');
    }
    for (const key of Object.keys(criterion.descriptors)) {
      if (!levels.includes(key)) c.report(entry, ['criteria', i, 'descriptors', key], `one of the rubric's level ids: ${levels.map((level) => JSON.stringify(level)).join(', ')}`, JSON.stringify(key));
    }
  });
}

function checkAudit(c: Checker, entry: ValidEntry): void {
  const data = entry.data;
  data.scale.forEach((point: { value: number }, i: number) => {
    const previous = data.scale[i - 1] as { value: number } | undefined;
    if (previous && point.value <= previous.value) {
      c.report(entry, ['scale', i, 'value'], `a value greater than the one before it (${previous.value}): scale values rise and are distinct`, describeFound(point.value));
    }
  });
  c.unique(entry, ['sections'], data.sections.map((section: { id: string }) => section.id));
  const itemIds = new Map<string, string>();
  data.sections.forEach((section: { items: { id: string }[] }, s: number) => {
    section.items.forEach((item, i) => {
      const path = ['sections', s, 'items', i, 'id'];
      const first = itemIds.get(item.id);
      if (first) c.report(entry, path, `an item id used nowhere else in the audit (it is already ${first})`, JSON.stringify(item.id));
      else itemIds.set(item.id, formatPath(path));
    });
  });
}

function checkMentorCriteria(c: Checker, entry: ValidEntry): void {
  c.unique(entry, ['criteria'], entry.data.criteria.map((criterion: { id: string }) => criterion.id));
}

function checkCaseStudy(c: Checker, entry: ValidEntry): void {
  entry.data.impact.forEach((figure: { source: string }, i: number) => {
    if (!entry.data.sources.includes(figure.source)) {
      c.report(entry, ['impact', i, 'source'], `one of this case study's own sources (${entry.data.sources.map((id: string) => JSON.stringify(id)).join(', ')}): cite it in sources too`, JSON.stringify(figure.source));
    }
  });
}

const CHECKS: Partial<Record<CollectionName, (c: Checker, entry: ValidEntry) => void>> = {
  techniques: checkTechnique,
  sequences: checkSequence,
  rubrics: checkRubric,
  audits: checkAudit,
  mentorCriteria: checkMentorCriteria,
  caseStudies: checkCaseStudy,
};

/** Reports the second and later entries of a collection that reuse an id. */
function checkUniqueIds(c: Checker, entries: readonly ValidEntry[]): void {
  const seen = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}\u0000${entry.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const firstPlace = first.file === entry.file ? formatPath(first.pathInFile) : first.file;
    c.report(entry, ['id'], `an id no other ${collectionSpec(entry.collection).singular} has (${firstPlace} has it already)`, JSON.stringify(entry.id));
  }
}

/**
 * Runs every cross-entry check over entries that passed their schemas. `existing` lists every
 * entry that exists, valid or not, so that an entry with a problem of its own is not also
 * reported as missing by everything that refers to it. Default: the valid entries.
 */
export function checkReferences(entries: readonly ValidEntry[], existing: Iterable<{ collection: CollectionName; id: string }> = entries): Problem[] {
  const known = new Set<string>();
  for (const entry of existing) known.add(entryKey(entry.collection, entry.id));
  const checker = new Checker(buildIndex(entries), known);
  checkUniqueIds(checker, entries);
  for (const entry of entries) {
    for (const reference of referencesFrom(entry)) checker.ref(entry, reference.path, reference.target, reference.id);
    CHECKS[entry.collection]?.(checker, entry);
  }
  return checker.problems;
}

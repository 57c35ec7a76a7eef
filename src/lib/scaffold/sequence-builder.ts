/**
 * The sequence builder's state and rules, without a DOM: a draft sequence (what the form holds),
 * the changes the page makes to it, and the checks the content check would make on the file it
 * writes: the same zod schema, then that each technique and action step exists.
 */
import { sequenceSchema } from '../../collections/sequences/schema.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { zodProblems } from '../content/zod-problems.ts';
import { slugify } from '../content/step-id.ts';
import type { Problem } from '../content/problem.ts';
import type { SequenceFile } from './sequence-yaml.ts';

/** A technique as the builder offers it: its id, title, strand and action steps (with their ids). */
export interface LibraryTechnique {
  id: string;
  title: string;
  strand: string;
  steps: { id: string; title: string }[];
}

/** One step of a draft, as the form holds it: `step` is "" for the whole technique, `weeks` is what was typed. */
export interface DraftStep {
  /** Identifies the step in the page while it moves about; not written to the file. */
  key: string;
  technique: string;
  step: string;
  weeks: string;
  notes: string;
}

export interface Draft {
  /** The file name without ".yaml": the sequence's id. */
  id: string;
  title: string;
  audience: string;
  summary: string;
  steps: DraftStep[];
}

export function emptyDraft(): Draft {
  return { id: '', title: '', audience: '', summary: '', steps: [] };
}

/** Where the file goes in a playbook. */
export function sequenceFile(id: string): string {
  return `content/sequences/${id || '(file name)'}.yaml`;
}

/** The id a title suggests for the file name. */
export function idForTitle(title: string): string {
  return slugify(title);
}

/** The steps with the one at `from` moved to `to` (both clamped to the list). */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  const result = [...steps];
  if (from < 0 || from >= result.length) return result;
  const target = Math.max(0, Math.min(result.length - 1, to));
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved!);
  return result;
}

/** Week ranges, as the sequence page shows them: each step starts the week after the last ends. Unreadable weeks count as 0. */
export function weekLabels(steps: readonly DraftStep[]): string[] {
  let next = 1;
  return steps.map((step) => {
    const weeks = Number(step.weeks);
    const length = Number.isInteger(weeks) && weeks > 0 ? weeks : 0;
    const start = next;
    const end = next + length - 1;
    next += length;
    if (length === 0) return 'Weeks not set';
    return start === end ? `Week ${start}` : `Weeks ${start}–${end}`;
  });
}

/** The total of the weeks that are whole numbers above 0. */
export function totalWeeks(steps: readonly DraftStep[]): number {
  return steps.reduce((sum, step) => {
    const weeks = Number(step.weeks);
    return Number.isInteger(weeks) && weeks > 0 ? sum + weeks : sum;
  }, 0);
}

function weeksValue(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** The data the file holds: empty `step` and `notes` left out, weeks as a number where it is one. */
export function sequenceData(draft: Draft): SequenceFile {
  return {
    title: draft.title,
    audience: draft.audience,
    summary: draft.summary,
    steps: draft.steps.map((step) => ({
      technique: step.technique,
      ...(step.step !== '' ? { step: step.step } : {}),
      weeks: weeksValue(step.weeks) as number,
      ...(step.notes.trim() !== '' ? { notes: step.notes } : {}),
    })),
  };
}

/**
 * Every problem the content check would find in the file, in its words: the file name, the schema,
 * then that each technique and action step exists in `library`.
 */
export function checkDraft(draft: Draft, library: readonly LibraryTechnique[]): Problem[] {
  const file = sequenceFile(draft.id);
  const problems: Problem[] = [];
  if (!ID_PATTERN.test(draft.id)) {
    problems.push({ file, field: '(the file name)', expected: 'lower-case words joined by hyphens, like "first-term" (the file name is the id)', found: draft.id === '' ? 'nothing' : JSON.stringify(draft.id) });
  }
  const data = sequenceData(draft);
  const parsed = sequenceSchema().safeParse(data);
  if (!parsed.success) problems.push(...zodProblems(file, data, parsed.error.issues));
  data.steps.forEach((step, i) => {
    if (typeof step.technique !== 'string' || !ID_PATTERN.test(step.technique)) return;
    const technique = library.find((candidate) => candidate.id === step.technique);
    if (!technique) {
      problems.push({ file, field: `steps[${i}].technique`, expected: 'the id of a technique in techniques/', found: `${JSON.stringify(step.technique)}, which does not exist` });
      return;
    }
    if (step.step === undefined) return;
    const ids = technique.steps.map((candidate) => candidate.id);
    if (!ids.includes(step.step)) {
      problems.push({ file, field: `steps[${i}].step`, expected: `an action step of ${JSON.stringify(step.technique)}: one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`, found: `${JSON.stringify(step.step)}, which it does not have` });
    }
  });
  return problems;
}

/** A draft from a sequence that exists, to start from. `nextKey` gives each step a fresh key. */
export function draftFromSequence(id: string, data: SequenceFile, nextKey: () => string): Draft {
  return {
    id,
    title: data.title,
    audience: data.audience,
    summary: data.summary,
    steps: data.steps.map((step) => ({ key: nextKey(), technique: step.technique, step: step.step ?? '', weeks: String(step.weeks), notes: step.notes ?? '' })),
  };
}

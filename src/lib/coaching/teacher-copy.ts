/**
 * The teacher's copy of their step: only the technique, the step and the dates (set, follow-up,
 * secure), never a note, a label or anything else from the coach's record. It travels as a link
 * (the step in the part after "#", which a browser never sends to a server) or as a small file,
 * and the teacher keeps the steps they receive in their own record on their own device.
 */
import { readVersion, readWith, versionProblem, type Read } from './read.ts';
import type { StepSpan, Visit } from './timeline.ts';
import { TEACHER_FORMAT, TEACHER_VERSION, teacherDocSchema, teacherStepSchema, type TeacherDoc, type TeacherFile, type TeacherStep } from './schema.ts';
import type { DocCodec } from '../storage/store.ts';

/** The teacher's copy of a step the coach's record holds: its dates, and nothing else. */
export function teacherStepOf(span: StepSpan<Visit & { followUp: string }>): TeacherStep {
  const latest = span.continuedBy.at(-1) ?? span.setBy;
  return {
    technique: span.step.technique,
    step: span.step.step,
    set: span.setOn,
    ...(latest.followUp && !span.end ? { followUp: latest.followUp } : {}),
    ...(span.end?.outcome === 'secured' ? { secured: span.end.on } : {}),
  };
}

const KEYS = ['technique', 'step', 'set', 'followUp', 'secured'] as const;

/** The link to the teacher's page that carries the step, like ".../my-step/#v=1&technique=cold-call&step=pause&set=2026-10-05". */
export function teacherLink(pageUrl: string, step: TeacherStep): string {
  const params = new URLSearchParams({ v: String(TEACHER_VERSION) });
  for (const key of KEYS) {
    const value = step[key];
    if (value) params.set(key, value);
  }
  return `${pageUrl.split('#')[0]}#${params.toString()}`;
}

/** The step a link's "#…" part carries, or why it cannot be read. Other parameters are ignored. */
export function readTeacherLink(hash: string): Read<TeacherStep> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const version = params.get('v');
  const problem = versionProblem(version === null ? undefined : Number(version), TEACHER_VERSION);
  if (problem) return { ok: false, reason: problem };
  const value = Object.fromEntries(KEYS.flatMap((key) => (params.has(key) ? [[key, params.get(key)]] : [])));
  return readWith(value, teacherStepSchema);
}

/** The teacher's copy as a file. */
export function teacherFile(step: TeacherStep): TeacherFile {
  return { format: TEACHER_FORMAT, version: TEACHER_VERSION, step };
}

/** Two copies are of the same step when technique, step and the day it was set agree. */
const sameCopy = (a: TeacherStep, b: TeacherStep) => a.technique === b.technique && a.step === b.step && a.set === b.set;

/** The teacher's record with a step kept: a copy of one already there replaces it (its dates may have moved on), so opening a link twice keeps one. */
export function keepTeacherStep(doc: TeacherDoc, step: TeacherStep): TeacherDoc {
  const at = doc.steps.findIndex((item) => sameCopy(item, step));
  const steps = at < 0 ? [...doc.steps, step] : doc.steps.map((item, index) => (index === at ? step : item));
  return { ...doc, steps: steps.sort((a, b) => (a.set < b.set ? -1 : a.set > b.set ? 1 : 0)) };
}

/** The teacher's record without one step. */
export function removeTeacherStep(doc: TeacherDoc, step: TeacherStep): TeacherDoc {
  return { ...doc, steps: doc.steps.filter((item) => !sameCopy(item, step)) };
}

/** The storage key of the teacher's own record. */
export function teacherStorageKey(base: string): string {
  return `playbook:${base}:my-steps`;
}

/** Reads the teacher's saved record. */
export const teacherCodec: DocCodec<TeacherDoc> = {
  read: (value) => readVersion(value, TEACHER_VERSION, teacherDocSchema),
  empty: () => ({ version: TEACHER_VERSION, steps: [] }),
};

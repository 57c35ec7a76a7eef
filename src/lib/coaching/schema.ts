/**
 * The formats a coach's records are kept in, as `zod/mini` schemas (small enough for the browser):
 * the document saved on the coach's device, the file it is exported as, the file a coach sends a
 * PD lead for trends, and the teacher's copy of one step. Every format is versioned
 * (`{ version, ... }`) so a later version can read and migrate it.
 *
 * A coaching record holds no grades and no ratings: what went well is tied to a technique's
 * look-fors, and a step's outcome at the next visit is secure, continue or refine.
 *
 * Every record has a stable id made on the coach's device, so an exported file imported again
 * merges without duplicates, and the same coachee in two files is one person (pseudonymous: the id
 * links them without their label).
 */
import * as z from 'zod/mini';
import { coaching as words } from '../../strings/index.ts';

// Parse without compiling code at run time: the pages' Content Security Policy forbids it, and
// zod's probe for it (at the first object schema) would be reported as a violation.
z.config({ jitless: true });

/** The version of each format this code writes. */
export const STORED_VERSION = 1;
export const EXPORT_VERSION = 1;
export const TRENDS_VERSION = 1;
export const TEACHER_VERSION = 1;

/** What the `format` field of each file says. */
export const EXPORT_FORMAT = 'playbook-coaching';
export const TRENDS_FORMAT = 'playbook-coaching-trends';
export const TEACHER_FORMAT = 'playbook-teacher-step';

/** Limits that keep a loaded file from taking over the page: checked before any work. */
export const LIMITS = {
  /** The largest file read, in characters. */
  fileCharacters: 20_000_000,
  coachees: 5_000,
  dropIns: 50_000,
  label: 80,
  group: 120,
  className: 80,
  lookFor: 1_000,
  lookForsPerDropIn: 50,
  note: 20_000,
} as const;

/** A record's id: made on the device, letters, digits, hyphens and underscores. */
export const RECORD_ID = /^[A-Za-z0-9_-]{6,64}$/;
/** A content id (a technique, a step, a phase, a subject): lower-case words joined by hyphens. Kept equal to ID_PATTERN in src/schemas/common.ts by a test. */
export const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a text is a real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const recordId = () => z.string().check(z.regex(RECORD_ID, words.badRecordId));
const contentId = () => z.string().check(z.regex(CONTENT_ID, words.badContentId));
const day = () => z.string().check(z.refine(isIsoDay, words.badDay));
/** A day, or "" for none. */
const optionalDay = () => z.string().check(z.refine((value) => value === '' || isIsoDay(value), words.badDayOrNone));
const time = () => z.string().check(z.regex(ISO_TIME, words.badTime), z.refine((value) => !Number.isNaN(Date.parse(value)), words.badTime));
const text = (max: number) => z.string().check(z.maxLength(max));
/** A content id, or "" for none (one pattern, not a union: unions cost time on 10,000 drop-ins). */
const optionalContentId = () => z.string().check(z.regex(new RegExp(`^(?:${CONTENT_ID.source.slice(1, -1)})?$`), words.badContentIdOrNone));

/** A person being coached, under a label the coach chooses (a first name or initials). */
export const coacheeSchema = z.strictObject({
  id: recordId(),
  label: z.string().check(z.trim(), z.refine((value) => value.length > 0, words.labelNeeded), z.maxLength(LIMITS.label)),
  /** A school or group, so trends can compare them; "" when not given. */
  group: text(LIMITS.group),
  createdAt: time(),
  updatedAt: time(),
});
export type Coachee = z.output<typeof coacheeSchema>;

/** The three things a step can be at the next visit. */
export const OUTCOMES = ['secured', 'continued', 'refined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** An action step of a technique, by id. */
export const stepRefSchema = z.strictObject({ technique: contentId(), step: contentId() });
export type StepRef = z.output<typeof stepRefSchema>;

/** One look-for seen done well, with what the coach noted about it. */
const wentWellSchema = z.strictObject({ lookFor: z.string().check(z.minLength(1), z.maxLength(LIMITS.lookFor)), note: text(LIMITS.note) });

/** At a drop-in, how the step set at an earlier one (`of`) has gone. */
const reviewSchema = z.strictObject({ of: recordId(), outcome: z.enum(OUTCOMES) });
export type Review = z.output<typeof reviewSchema>;

/** The fields of a drop-in a trends file always keeps: no notes, no class. */
const dropInWho = {
  id: recordId(),
  coachee: recordId(),
  date: day(),
};
const dropInWhat = {
  phase: optionalContentId(),
  subject: optionalContentId(),
  /** The technique whose look-fors the coach watched for; "" when none. */
  technique: optionalContentId(),
};
const dropInStep = {
  review: z.optional(reviewSchema),
  /** The one action step agreed (for "continue", the same step again). */
  step: z.optional(stepRefSchema),
  /** When the coach will come back; "" when not set. */
  followUp: optionalDay(),
  createdAt: time(),
  updatedAt: time(),
};

/** A drop-in as the coach keeps it, its fields in the order they are written. */
export const dropInSchema = z.strictObject({
  ...dropInWho,
  className: text(LIMITS.className),
  ...dropInWhat,
  wentWell: z.array(wentWellSchema).check(z.maxLength(LIMITS.lookForsPerDropIn)),
  notes: text(LIMITS.note),
  ...dropInStep,
});
export type DropIn = z.output<typeof dropInSchema>;

/** The document saved on the coach's device. */
export const storedSchema = z.strictObject({
  version: z.literal(STORED_VERSION),
  /** A random id made on the coach's device: counts coaches in trends, names no one. */
  coach: recordId(),
  coachees: z.array(coacheeSchema).check(z.maxLength(LIMITS.coachees)),
  dropIns: z.array(dropInSchema).check(z.maxLength(LIMITS.dropIns)),
});
export type CoachingDoc = z.output<typeof storedSchema>;

/** The exported file: the whole record, to keep, move to another device, or import again. */
export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time(),
  coach: recordId(),
  coachees: z.array(coacheeSchema).check(z.maxLength(LIMITS.coachees)),
  dropIns: z.array(dropInSchema).check(z.maxLength(LIMITS.dropIns)),
});
export type ExportFile = z.output<typeof exportSchema>;

/** A coachee in a trends file: the label only when the coach chose to include it. */
const trendCoacheeSchema = z.strictObject({ id: recordId(), group: text(LIMITS.group), label: z.optional(coacheeSchema.shape.label) });
/** A drop-in in a trends file: look-fors without their notes, and notes and class only when included. */
const trendDropInSchema = z.strictObject({
  ...dropInWho,
  ...dropInWhat,
  ...dropInStep,
  lookFors: z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.lookFor))).check(z.maxLength(LIMITS.lookForsPerDropIn)),
  className: z.optional(text(LIMITS.className)),
  wentWellNotes: z.optional(z.array(text(LIMITS.note)).check(z.maxLength(LIMITS.lookForsPerDropIn))),
  notes: z.optional(text(LIMITS.note)),
});

/** The file a coach sends a PD lead for trends. */
export const trendsFileSchema = z.strictObject({
  format: z.literal(TRENDS_FORMAT),
  version: z.literal(TRENDS_VERSION),
  exportedAt: time(),
  coach: recordId(),
  /** What the coach chose to include beyond the trends themselves. */
  includes: z.strictObject({ notes: z.boolean(), labels: z.boolean() }),
  coachees: z.array(trendCoacheeSchema).check(z.maxLength(LIMITS.coachees)),
  dropIns: z.array(trendDropInSchema).check(z.maxLength(LIMITS.dropIns)),
});
export type TrendsFile = z.output<typeof trendsFileSchema>;
export type TrendDropIn = TrendsFile['dropIns'][number];

/** The teacher's copy of one step: the technique, the step and the dates, never notes. */
export const teacherStepSchema = z.strictObject({
  technique: contentId(),
  step: contentId(),
  /** The day the step was set. */
  set: day(),
  /** The day the coach plans to come back, if set. */
  followUp: z.optional(day()),
  /** The day the step was marked secure, if it has been. */
  secured: z.optional(day()),
});
export type TeacherStep = z.output<typeof teacherStepSchema>;

/** The teacher's copy as a file. */
export const teacherFileSchema = z.strictObject({
  format: z.literal(TEACHER_FORMAT),
  version: z.literal(TEACHER_VERSION),
  step: teacherStepSchema,
});
export type TeacherFile = z.output<typeof teacherFileSchema>;

/** The teacher's own record on their device: the steps they have received, each once. */
export const teacherDocSchema = z.strictObject({
  version: z.literal(TEACHER_VERSION),
  steps: z.array(teacherStepSchema).check(z.maxLength(LIMITS.dropIns)),
});
export type TeacherDoc = z.output<typeof teacherDocSchema>;

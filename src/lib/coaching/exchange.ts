/**
 * Coaching files: the records exported (JSON that imports again), and reading any coaching file
 * a person chooses, with a reason they can act on when it is not the one expected. A file is
 * checked for size before it is parsed, then for its kind (`format`), its version, the schema and
 * its integrity, in that order, and never throws.
 */
import { describeValue } from '../storage/versioned.ts';
import { integrityProblem } from './record.ts';
import { readVersion } from './read.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportSchema,
  LIMITS,
  TEACHER_FORMAT,
  TEACHER_VERSION,
  teacherFileSchema,
  TRENDS_FORMAT,
  TRENDS_VERSION,
  trendsFileSchema,
  type CoachingDoc,
  type ExportFile,
  type TeacherFile,
  type TrendsFile,
} from './schema.ts';
import { coaching as words, format } from '../../strings/index.ts';

/** The kinds of coaching file, by the `format` each names. */
export type FileKind = 'records' | 'trends' | 'teacher';

const KIND_OF: ReadonlyMap<unknown, FileKind> = new Map([
  [EXPORT_FORMAT, 'records'],
  [TRENDS_FORMAT, 'trends'],
  [TEACHER_FORMAT, 'teacher'],
]);

/**
 * Why a file was refused: `summary` says in plain words what to do; `detail` is the technical
 * finding (for whoever helps), shown folded away.
 */
export interface FileFailure {
  ok: false;
  summary: string;
  detail?: string;
}

function fail(summary: string, detail?: string): FileFailure {
  return { ok: false, summary, ...(detail ? { detail } : {}) };
}

/** The summary for a file of another kind than the one expected. */
const WRONG_KIND: Record<FileKind, Record<FileKind | 'other', string>> = {
  records: { records: '', trends: words.fileIsTrendsNotRecords, teacher: words.fileIsTeacherNotRecords, other: words.fileNotRecords },
  trends: { trends: '', records: words.fileIsRecordsNotTrends, teacher: words.fileNotTrends, other: words.fileNotTrends },
  teacher: { teacher: '', records: words.fileNotTeacher, trends: words.fileNotTeacher, other: words.fileNotTeacher },
};

interface Kinds {
  records: ExportFile;
  trends: TrendsFile;
  teacher: TeacherFile;
}

const READERS: { [K in FileKind]: (value: unknown) => ReturnType<typeof readVersion<Kinds[K]>> } = {
  records: (value) => readVersion(value, EXPORT_VERSION, exportSchema),
  trends: (value) => readVersion(value, TRENDS_VERSION, trendsFileSchema),
  teacher: (value) => readVersion(value, TEACHER_VERSION, teacherFileSchema),
};

/** Reads a file's text as a coaching file of the kind expected, or says why it cannot. */
export function parseCoachingFile<K extends FileKind>(text: string, expected: K): { ok: true; file: Kinds[K] } | FileFailure {
  if (text.length > LIMITS.fileCharacters) return fail(words.fileTooBig, format(words.detailTooBig, { size: text.length, max: LIMITS.fileCharacters }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(WRONG_KIND[expected].other, format(words.detailNotJson, { error: (error as Error).message }));
  }
  const found = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;
  const kind = KIND_OF.get(found) ?? 'other';
  if (kind !== expected) return fail(WRONG_KIND[expected][kind], format(words.detailFormat, { format: describeValue(found) }));
  const read = READERS[expected](value);
  if (!read.ok) {
    const version = (value as { version?: unknown }).version;
    const newer = typeof version === 'number' && version > { records: EXPORT_VERSION, trends: TRENDS_VERSION, teacher: TEACHER_VERSION }[expected];
    return fail(newer ? words.fileNewer : words.fileChanged, read.reason);
  }
  const problem = 'coachees' in read.doc ? integrityProblem(read.doc) : undefined;
  if (problem) return fail(words.fileChanged, problem);
  return { ok: true, file: read.doc };
}

/** The exported file of a record: everything, exactly as saved, to import again. */
export function toExportFile(doc: CoachingDoc, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), coach: doc.coach, coachees: doc.coachees, dropIns: doc.dropIns };
}

/** A file's text: JSON, indented, ending with a new line. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file name for something saved from the coaching pages on a day, like "coaching-records-2026-10-05.json". */
export function coachingFileName(what: 'records' | 'trends' | 'spreadsheet' | 'follow-up' | 'step', extension: 'json' | 'csv' | 'ics', now: Date): string {
  const name = { records: words.fileRecords, trends: words.fileTrends, spreadsheet: words.fileSpreadsheet, 'follow-up': words.fileFollowUp, step: words.fileStep }[what];
  return `${name}-${now.toISOString().slice(0, 10)}.${extension}`;
}

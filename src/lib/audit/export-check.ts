/**
 * Checking an exported self-audit file, and the document saved in the browser, without zod, so
 * the group results and self-audit pages do not ship a schema library to the browser. The zod
 * schemas in schema.ts stay the documented definitions of both formats;
 * tests/unit/audit-export-check.test.ts checks that these checks accept and refuse exactly what
 * those schemas do, on good documents and on each field broken.
 *
 * Problems are reported as zod would (a path and a message), so they read the same either way.
 */
import type { Attempt, AuditDoc, ExportFile } from './schema.ts';
import type { InstrumentKind } from './instrument.ts';
import { describeIssues } from '../storage/issues.ts';
import { describeValue } from '../storage/versioned.ts';
import { moveWholeReviewNotes } from './notes.ts';
import { audit, format, formatPlural, shared } from '../../strings/index.ts';

export const EXPORT_FORMAT = 'playbook-self-audit';
export const EXPORT_VERSION = 3;

/** The same pattern as ID_PATTERN in src/schemas/common.ts (a test keeps them equal), copied to keep zod out. */
export const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ATTEMPT_ID = /^[A-Za-z0-9_-]{1,64}$/;

interface Issue {
  path: PropertyKey[];
  message: string;
}

type Value = Record<string, unknown>;
const isObject = (value: unknown): value is Value => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

class Checker {
  issues: Issue[] = [];

  type(path: PropertyKey[], expected: string, value: unknown) {
    this.issues.push({ path, message: `Invalid input: expected ${expected}, received ${typeName(value)}` });
  }

  object(path: PropertyKey[], value: unknown, keys: readonly string[]): value is Value {
    if (!isObject(value)) {
      this.type(path, 'object', value);
      return false;
    }
    const extra = Object.keys(value).filter((key) => !keys.includes(key));
    if (extra.length > 0) this.issues.push({ path, message: formatPlural(audit.unrecognizedKeys, extra.length, { keys: extra.map((key) => JSON.stringify(key)).join(', ') }) });
    return true;
  }

  string(path: PropertyKey[], value: unknown, max?: number, pattern?: RegExp, patternMessage?: string) {
    if (typeof value !== 'string') return this.type(path, 'string', value);
    if (max !== undefined && value.length > max) this.issues.push({ path, message: format(audit.tooLong, { max }) });
    if (pattern && !pattern.test(value)) this.issues.push({ path, message: patternMessage ?? audit.invalidString });
  }

  time(path: PropertyKey[], value: unknown) {
    if (typeof value !== 'string') return this.type(path, 'string', value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) this.issues.push({ path, message: audit.badTime });
  }

  record(path: PropertyKey[], value: unknown, each: (path: PropertyKey[], item: unknown) => void) {
    if (!isObject(value)) return this.type(path, 'record', value);
    for (const [key, item] of Object.entries(value)) {
      if (!CONTENT_ID.test(key)) this.issues.push({ path: [...path, key], message: audit.badContentId });
      each([...path, key], item);
    }
  }

  attempt(path: PropertyKey[], value: unknown) {
    if (!this.object(path, value, ['id', 'label', 'createdAt', 'updatedAt', 'answers', 'notes'])) return;
    this.string([...path, 'id'], value.id, undefined, ATTEMPT_ID, audit.badAttemptId);
    this.string([...path, 'label'], value.label, 200);
    this.time([...path, 'createdAt'], value.createdAt);
    this.time([...path, 'updatedAt'], value.updatedAt);
    this.record([...path, 'answers'], value.answers, (at, answer) => {
      if (typeof answer !== 'number' || Number.isNaN(answer)) this.issues.push({ path: at, message: audit.notScaleNumber });
      else if (!Number.isInteger(answer)) this.issues.push({ path: at, message: audit.notWholeScaleNumber });
    });
    this.record([...path, 'notes'], value.notes, (at, note) => this.string(at, note, 20_000));
  }
}

export type CheckedExport = { ok: true; doc: ExportFile; migratedFrom?: number } | { ok: false; reason: string };

/** Reads a parsed JSON value as an exported file of the current version, bringing versions 1 and 2 forward. Never throws. */
export function checkExportFile(value: unknown): CheckedExport {
  if (!isObject(value)) return { ok: false, reason: format(shared.expectedVersionObject, { found: describeValue(value) }) };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: format(shared.expectedWholeVersion, { found: describeValue(version) }) };
  if (version > EXPORT_VERSION) return { ok: false, reason: format(shared.newerVersion, { version, current: EXPORT_VERSION }) };
  if (version !== 1 && version !== 2 && version !== 3) return { ok: false, reason: format(shared.unknownVersion, { version, versions: '1, 2, 3' }) };
  const check = new Checker();
  check.object([], value, version === 1 ? ['format', 'version', 'instrument', 'attempts'] : ['format', 'version', 'instrument', 'owner', 'attempts']);
  if (value.format !== EXPORT_FORMAT) check.issues.push({ path: ['format'], message: format(audit.wrongFormatValue, { format: EXPORT_FORMAT }) });
  if (check.object(['instrument'], value.instrument, ['kind', 'id', 'title'])) {
    const instrument = value.instrument;
    if (instrument.kind !== 'audit' && instrument.kind !== 'rubric') check.issues.push({ path: ['instrument', 'kind'], message: audit.badKind });
    check.string(['instrument', 'id'], instrument.id, undefined, CONTENT_ID, audit.badContentId);
    check.string(['instrument', 'title'], instrument.title);
  }
  if (version >= 2) check.string(['owner'], value.owner, 200);
  if (!Array.isArray(value.attempts)) check.type(['attempts'], 'array', value.attempts);
  // Every index, holes included (forEach would skip them).
  else for (let index = 0; index < value.attempts.length; index++) check.attempt(['attempts', index], value.attempts[index]);
  if (check.issues.length > 0) return { ok: false, reason: describeIssues(check.issues) };
  const file = value as unknown as ExportFile & { attempts: Attempt[] };
  if (version === 3) return { ok: true, doc: file };
  // Version 1 had no owner; versions 1 and 2 kept a self-review's one note under "criteria".
  const doc: ExportFile = { ...file, version: 3, owner: version === 1 ? '' : file.owner, attempts: moveWholeReviewNotes(file.instrument.kind, file.attempts) };
  return { ok: true, doc, migratedFrom: version };
}

/** The newest stored format; schema.ts takes its STORE_VERSION from here. */
export const STORED_VERSION = 4;

export type CheckedStored = { ok: true; doc: AuditDoc; migratedFrom?: number } | { ok: false; reason: string };

/**
 * Reads a parsed JSON value as a stored document of the current version, migrating older ones
 * exactly as `storedFormat(kind)` in schema.ts does. Never throws.
 */
export function checkStoredDoc(value: unknown, kind: InstrumentKind): CheckedStored {
  if (!isObject(value)) return { ok: false, reason: format(shared.expectedVersionObject, { found: describeValue(value) }) };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: format(shared.expectedWholeVersion, { found: describeValue(version) }) };
  if (version > STORED_VERSION) return { ok: false, reason: format(shared.newerVersion, { version, current: STORED_VERSION }) };
  if (version < 1) return { ok: false, reason: format(shared.unknownVersion, { version, versions: '1, 2, 3, 4' }) };
  const check = new Checker();
  if (version === 1) {
    check.object([], value, ['version', 'instrument', 'answers', 'notes', 'savedAt']);
    check.string(['instrument'], value.instrument, undefined, CONTENT_ID, audit.badContentId);
    check.time(['savedAt'], value.savedAt);
    // The attempt check covers answers and notes (notes may be missing: it defaults to none).
    const attempt = { id: 'first', label: '', createdAt: value.savedAt, updatedAt: value.savedAt, answers: value.answers, notes: value.notes === undefined ? {} : value.notes };
    const before = check.issues.length;
    check.attempt([], attempt);
    // Report answers and notes only: the rest were checked above.
    check.issues = [...check.issues.slice(0, before), ...check.issues.slice(before).filter((issue) => issue.path[0] === 'answers' || issue.path[0] === 'notes')];
  } else {
    check.object([], value, version === 2 ? ['version', 'instrument', 'attempts'] : ['version', 'instrument', 'owner', 'attempts']);
    if (check.object(['instrument'], value.instrument, ['kind', 'id'])) {
      if (value.instrument.kind !== 'audit' && value.instrument.kind !== 'rubric') check.issues.push({ path: ['instrument', 'kind'], message: audit.badKind });
      check.string(['instrument', 'id'], value.instrument.id, undefined, CONTENT_ID, audit.badContentId);
    }
    if (version >= 3) check.string(['owner'], value.owner, 200);
    if (!Array.isArray(value.attempts)) check.type(['attempts'], 'array', value.attempts);
    else for (let index = 0; index < value.attempts.length; index++) check.attempt(['attempts', index], value.attempts[index]);
  }
  if (check.issues.length > 0) return { ok: false, reason: describeIssues(check.issues) };
  const migrated = version < STORED_VERSION ? { migratedFrom: version } : {};
  if (version === 1) {
    const notes = (value.notes ?? {}) as Record<string, string>;
    const attempt = { id: 'first', label: audit.firstAttempt, createdAt: value.savedAt as string, updatedAt: value.savedAt as string, answers: value.answers as Record<string, number>, notes };
    return { ok: true, doc: { version: STORED_VERSION, instrument: { kind, id: value.instrument as string }, owner: '', attempts: moveWholeReviewNotes(kind, [attempt]) }, ...migrated };
  }
  const doc = value as unknown as AuditDoc;
  if (version === STORED_VERSION) return { ok: true, doc };
  return { ok: true, doc: { version: STORED_VERSION, instrument: doc.instrument, owner: version === 2 ? '' : doc.owner, attempts: version === 3 || version === 2 ? moveWholeReviewNotes(doc.instrument.kind, doc.attempts) : doc.attempts }, ...migrated };
}

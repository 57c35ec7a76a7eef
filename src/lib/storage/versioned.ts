/**
 * Reading a versioned document (saved data or an exported file) through `zod/mini` schemas and
 * migrating it forward one version at a time. A document is `{ version: n, ... }`. The newest
 * version has a schema, and the document read is what that schema gives, so its type flows from
 * the schema. Each older version has a step: its own schema, and how to turn a document it
 * accepts into the next version, which is then checked in its turn.
 *
 * Problems are said in plain words from the strings table (see issues.ts), whatever zod's own
 * wording; the schemas stay small in the browser because `zod/mini` loads no messages of its own.
 */
import { safeParse, type output } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { describeIssues, PARSE_OPTIONS, type Issue } from './issues.ts';
import { format as fill, shared } from '../../strings/index.ts';

/** One older version: reads a value as that version and gives the next version, or the problems found. */
export type VersionStep = (value: unknown) => { ok: true; next: unknown } | { ok: false; issues: readonly Issue[] };

/** An older version's step, from its schema and the change that brings a document it accepts up one version. */
export function olderVersion<Schema extends $ZodType>(schema: Schema, migrate: (doc: output<Schema>) => unknown): VersionStep {
  return (value) => {
    const parsed = safeParse(schema, value, PARSE_OPTIONS);
    return parsed.success ? { ok: true, next: migrate(parsed.data) } : { ok: false, issues: parsed.error.issues };
  };
}

export interface VersionedFormat<Doc> {
  /** The newest version: what is written. */
  current: number;
  /** The newest version's schema (a `zod/mini` one in browser code; any zod 4 schema works). */
  schema: $ZodType<Doc>;
  /** Each older version this code can read, by version number. */
  older: Readonly<Record<number, VersionStep>>;
}

export type VersionedRead<Doc> = { ok: true; doc: Doc; migratedFrom?: number } | { ok: false; reason: string };

/** Reads a parsed JSON value as the newest version, migrating older ones; never throws. */
export function readVersioned<Doc>(value: unknown, format: VersionedFormat<Doc>): VersionedRead<Doc> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: fill(shared.expectedVersionObject, { found: describeValue(value) }) };
  }
  const version = ownField(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: fill(shared.expectedWholeVersion, { found: describeValue(version) }) };
  }
  if (version > format.current) {
    return { ok: false, reason: fill(shared.newerVersion, { version, current: format.current }) };
  }
  if (version !== format.current && !Object.hasOwn(format.older, version)) {
    const versions = [...Object.keys(format.older), String(format.current)].join(', ');
    return { ok: false, reason: fill(shared.unknownVersion, { version, versions }) };
  }
  let doc: unknown = value;
  for (let at = version; at < format.current; at++) {
    const step = format.older[at];
    if (!step) return { ok: false, reason: fill(shared.noMigration, { version: at }) };
    const stepped = step(doc);
    if (!stepped.ok) return { ok: false, reason: describeIssues(stepped.issues) };
    doc = stepped.next;
  }
  const parsed = safeParse(format.schema, doc, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  return { ok: true, doc: parsed.data, ...(version < format.current ? { migratedFrom: version } : {}) };
}

/** An object's own property, read without trusting the value: undefined for anything else, or an inherited name like "constructor". */
export function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

/** A short description of a value for messages: `"text"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return shared.valueNothing;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return shared.valueList;
  return shared.valueObject;
}

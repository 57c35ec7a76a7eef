/**
 * Reading a versioned document (saved data or an exported file) through zod schemas and
 * migrating it forward one version at a time. A document is `{ version: n, ... }`; each version
 * has a schema, and each version but the newest has a step that turns it into the next.
 */
import type { z } from 'astro/zod';
import { describeIssues } from './issues.ts';
import { format as fill, shared } from '../../strings/index.ts';

export interface VersionedFormat<Doc> {
  /** The newest version: what is written. */
  current: number;
  /** The schema of each version this code can read, by version number. */
  schemas: Readonly<Record<number, z.ZodType>>;
  /** How to turn a document of version n (already parsed by its schema) into version n + 1. */
  migrations: Readonly<Record<number, (doc: never) => unknown>>;
  /** Types the final, current-version document. */
  finish: (doc: unknown) => Doc;
}

export type VersionedRead<Doc> = { ok: true; doc: Doc; migratedFrom?: number } | { ok: false; reason: string };

/** Reads a parsed JSON value as the newest version, migrating older ones; never throws. */
export function readVersioned<Doc>(value: unknown, format: VersionedFormat<Doc>): VersionedRead<Doc> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: fill(shared.expectedVersionObject, { found: describeValue(value) }) };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: fill(shared.expectedWholeVersion, { found: describeValue(version) }) };
  }
  if (version > format.current) {
    return { ok: false, reason: fill(shared.newerVersion, { version, current: format.current }) };
  }
  if (!(version in format.schemas)) {
    return { ok: false, reason: fill(shared.unknownVersion, { version, versions: Object.keys(format.schemas).join(', ') }) };
  }
  let doc: unknown = value;
  for (let at = version; ; at++) {
    const parsed = format.schemas[at]!.safeParse(doc);
    if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
    if (at === format.current) return { ok: true, doc: format.finish(parsed.data), ...(version < format.current ? { migratedFrom: version } : {}) };
    const migrate = format.migrations[at];
    if (!migrate) return { ok: false, reason: fill(shared.noMigration, { version: at }) };
    doc = migrate(parsed.data as never);
  }
}

/** A short description of a value for messages: `"text"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return shared.valueNothing;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return shared.valueList;
  return shared.valueObject;
}

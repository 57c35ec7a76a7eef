/**
 * Reading a parsed JSON value through one of the coaching schemas, with a reason a person can
 * pass on when it cannot be read. The schemas are parsed as every browser file is (the shared
 * error map and no eval: lib/storage/issues.ts), so a coaching file's problems are worded as a
 * self-audit's are ("dropIns[3].date: expected a day written YYYY-MM-DD").
 */
import type { $ZodType } from 'zod/v4/core';
import { describeIssues } from '../storage/issues.ts';
import { describeValue, readVersioned } from '../storage/versioned.ts';
import { parseWith } from '../storage/parse.ts';
import { format, shared } from '../../strings/index.ts';

export type Read<T> = { ok: true; doc: T } | { ok: false; reason: string };

/** Why a version number cannot be read by code that reads versions 1 to `current`, or undefined when it can. */
export function versionProblem(version: unknown, current: number): string | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version)) return format(shared.expectedWholeVersion, { found: describeValue(version) });
  if (version > current) return format(shared.newerVersion, { version, current });
  if (version < 1) return format(shared.unknownVersion, { version, versions: Array.from({ length: current }, (_, index) => index + 1).join(', ') });
  return undefined;
}

/** Reads `value` with a schema, or says what is wrong with it. */
export function readWith<T>(value: unknown, schema: $ZodType<T>): Read<T> {
  const parsed = parseWith(schema)(value);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, reason: describeIssues(parsed.error.issues) };
}

/**
 * Reads `value` as a document of the current version of a format (there is one version so far:
 * an older one would get its step here). A newer version is refused with a reason that says so.
 */
export function readVersion<T>(value: unknown, current: number, schema: $ZodType<T>): Read<T> {
  const read = readVersioned(value, { current, parse: parseWith(schema), older: {} });
  return read.ok ? { ok: true, doc: read.doc } : read;
}

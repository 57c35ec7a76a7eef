/**
 * Reading a parsed JSON value through one of the coaching schemas, with a reason a person can
 * pass on when it cannot be read. `zod/mini` carries no English messages (that keeps it small), so
 * its issues are put into words here, from the strings table, and listed as the other islands
 * list theirs ("dropIns[3].date: expected a day written YYYY-MM-DD").
 */
import type * as z from 'zod/mini';
import { describeIssues } from '../storage/issues.ts';
import { describeValue } from '../storage/versioned.ts';
import { coaching as words, format, shared } from '../../strings/index.ts';

type Issue = z.core.$ZodIssue;

export type Read<T> = { ok: true; doc: T } | { ok: false; reason: string };

const typeNames: Record<string, string> = { array: 'array', object: 'object', string: 'string', number: 'number', boolean: 'boolean' };

/** The type of a value as zod names it ("string", "array", "undefined"). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeNames[typeof value] ?? typeof value;
}

/** The value at a path in the input, to say what was found. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One issue in words. Wrong types use zod's own wording, which the shared issue list turns into plain words. */
function wordIssue(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'int' ? 'number' : issue.expected}, received ${typeOf(valueAt(input, issue.path))}`;
    case 'too_big':
      return issue.origin === 'array' ? format(words.tooMany, { max: Number(issue.maximum) }) : format(words.tooLong, { max: Number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'array' ? format(words.tooFew, { min: Number(issue.minimum) }) : words.textNeeded;
    case 'invalid_value':
      return format(words.expectedOneOf, { values: issue.values.map((value) => JSON.stringify(value)).join(', '), found: describeValue(valueAt(input, issue.path)) });
    case 'unrecognized_keys':
      return format(words.unknownFields, { keys: issue.keys.map((key) => JSON.stringify(key)).join(', ') });
    case 'invalid_union':
      // Each of our unions is "nothing, or a value of one form": the message of the value's form says most.
      return issue.errors.flat().find((inner) => inner.code !== 'invalid_value')?.message ?? words.notAllowed;
    default:
      return issue.message === 'Invalid input' ? words.notAllowed : issue.message;
  }
}

/** The issues of a failed parse as one sentence (the first three, then a count). */
export function describeSchemaIssues(issues: readonly Issue[], input: unknown): string {
  return describeIssues(issues.map((issue) => ({ path: issue.path, message: wordIssue(issue, input) })));
}

/** Why a version number cannot be read by code that reads versions 1 to `current`, or undefined when it can. */
export function versionProblem(version: unknown, current: number): string | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version)) return format(shared.expectedWholeVersion, { found: describeValue(version) });
  if (version > current) return format(shared.newerVersion, { version, current });
  if (version < 1) return format(shared.unknownVersion, { version, versions: Array.from({ length: current }, (_, index) => index + 1).join(', ') });
  return undefined;
}

/** Reads `value` with a schema, or says what is wrong with it. */
export function readWith<T>(value: unknown, schema: z.ZodMiniType<T>): Read<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, reason: describeSchemaIssues(parsed.error.issues, value) };
}

/**
 * Reads `value` as a document of one version of a format: an object whose `version` is a whole
 * number this code reads, then the schema. A newer version is refused with a reason that says so.
 */
export function readVersion<T>(value: unknown, current: number, schema: z.ZodMiniType<T>): Read<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: format(shared.expectedVersionObject, { found: describeValue(value) }) };
  const problem = versionProblem((value as { version?: unknown }).version, current);
  return problem ? { ok: false, reason: problem } : readWith(value, schema);
}

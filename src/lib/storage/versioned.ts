/**
 * Reading a versioned document (saved data or an exported file) and migrating it forward one
 * version at a time. A document is `{ version: n, ... }`. The newest version has a parse (its
 * schema's), and the document read is what that parse gives, so its type flows from the schema.
 * Each older version has a step: its own parse, and how to turn a document it accepts into the
 * next version, which is then checked in its turn.
 *
 * Nothing here loads zod: each format brings the parse of its own schemas. Browser files use
 * `zod/mini` schemas through `parseWith` (parse.ts); the editor's drafts use full zod's own
 * `safeParse`, so its page does not load a second copy of zod's core. Either way they parse with
 * `PARSE_OPTIONS`, so problems are said in plain words from the strings table (see issues.ts).
 */
import { describeIssues, type Issue } from './issues.ts';
import { ownField } from './own.ts';
import { format as fill, shared } from '../../strings/index.ts';

/** What zod's `safeParse` gives: the value as the schema outputs it, or the problems found. */
export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };

/** Checks a value as one version's schema does (with `PARSE_OPTIONS`). */
export type Parse<T> = (value: unknown) => Parsed<T>;

/** One older version: reads a value as that version and gives the next version, or the problems found. */
export type VersionStep = (value: unknown) => { ok: true; next: unknown } | { ok: false; issues: readonly Issue[] };

/** An older version's step, from its parse and the change that brings a document it accepts up one version. */
export function olderVersion<T>(parse: Parse<T>, migrate: (doc: T) => unknown): VersionStep {
  return (value) => {
    const parsed = parse(value);
    return parsed.success ? { ok: true, next: migrate(parsed.data) } : { ok: false, issues: parsed.error.issues };
  };
}

export interface VersionedFormat<Doc> {
  /** The newest version: what is written. */
  current: number;
  /** The newest version's parse: `parseWith(schema)` for a `zod/mini` schema, or a full zod schema's `safeParse` with `PARSE_OPTIONS`. */
  parse: Parse<Doc>;
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
  const parsed = format.parse(doc);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  return { ok: true, doc: parsed.data, ...(version < format.current ? { migratedFrom: version } : {}) };
}

/** A short description of a value for messages: `"text"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return shared.valueNothing;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return shared.valueList;
  return shared.valueObject;
}

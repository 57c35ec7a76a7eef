/**
 * A problem found in the content: the file, where in it, what was found and what was expected.
 * Every check reports problems in this shape so that each prints as one line:
 * `content/techniques/cold-call.mdx: steps[2].title: expected text, found nothing`.
 *
 * Where a problem is travels as data, as GOV.UK's error summary gives each error its own link: a
 * field by its keys (`path`), or a place the keys cannot name by its line (`line`). `field` is the
 * same place in words, for display only: nothing reads it back.
 */

/** A place in an entry's data, as field names and list indexes: `['steps', 2, 'technique']`. */
export type FieldPath = (string | number)[];

export interface Problem {
  /** The file, relative to the project root, like "content/techniques/cold-call.mdx". */
  file: string;
  /** The field, by its keys from the top of the file (`[3, 'id']` in a list file); `[]` for the whole entry. Absent for a problem that is not about a field: the file itself, a line of a body, a syntax error. */
  path?: FieldPath;
  /** The file's line (from 1), for a problem placed by line rather than by field. */
  line?: number;
  /** Where, in words, for display: "steps[2].title", "body (line 4)", "(the file)". */
  field: string;
  /** What the check expected, in words. */
  expected: string;
  /** What it found, in words. */
  found: string;
}

/** A problem about a field, named by its keys: its words are made from them. */
export function fieldProblem(file: string, path: FieldPath, expected: string, found: string): Problem {
  return { file, path, field: formatPath(path), expected, found };
}

/** A problem about a place that is not a field: the file, its name, a line of its body. */
export function placeProblem(file: string, place: string, expected: string, found: string, line?: number): Problem {
  return line === undefined ? { file, field: place, expected, found } : { file, line, field: place, expected, found };
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: expected ${problem.expected}, found ${problem.found}`;
}

/** A field path as authors write it: `steps[2].title`. An empty path is `whole` (default: the whole entry). */
export function formatPath(path: readonly PropertyKey[], whole = '(the entry)'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? whole : out;
}

/** Describes a value found in a file in a few words: `nothing`, `"Primary"`, `-5`, `a list of 2`. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'nothing';
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}

/** The value at a path inside parsed data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Sorts problems by file, then field, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, undefined, { numeric: true }));
}

/**
 * A problem found in the content: the file, where in it, what was found and what was expected.
 * Every check reports problems in this shape so that each prints as one line:
 * `content/techniques/cold-call.mdx: steps[2].title: expected text, found nothing`.
 *
 * Where a problem is travels as data, as GOV.UK's error summary gives each error its own link: a
 * field by its keys (`path`), or a place the keys cannot name by its line (`line`). `field` is the
 * same place in words, for display only: nothing reads it back. What kind of problem it is travels
 * as data too (`rule`), so that other words can be made for it (the editor's plain sentences)
 * without reading the check's English back.
 */

/** A place in an entry's data, as field names and list indexes: `['steps', 2, 'technique']`. */
export type FieldPath = (string | number)[];

/**
 * What kind of problem it is, with what words about it need: a schema's rule by what it wants, a
 * rule across entries (a reference, a taken id), a collection's own rule by its name, or a body
 * that does not parse.
 */
export type ProblemRule =
  /** Nothing where something is needed: a missing field, empty text. */
  | { rule: 'missing' }
  /** A value of another type than the field takes (text where a list goes). */
  | { rule: 'type' }
  /** A list with fewer items than it needs, or more than it may have. */
  | { rule: 'too-few'; minimum: number }
  | { rule: 'too-many'; maximum: number }
  /** A number or text outside its limits. */
  | { rule: 'out-of-range' }
  /** A value that is not one of the allowed ones. */
  | { rule: 'not-allowed' }
  /** Text not written in the form the field needs: an id's lower-case words (`format` "id"), a date, a web or email address, a pattern. */
  | { rule: 'format'; format: 'id' | 'date' | 'url' | 'email' | 'pattern' }
  /** A field the schema does not have. */
  | { rule: 'unknown-field' }
  /** A value in none of the forms a field accepts (a year, or "n.d."). */
  | { rule: 'no-form' }
  /** A rule of the schema that says its own words (a refinement). */
  | { rule: 'custom' }
  /** A reference to an entry of `collection` that does not exist. */
  | { rule: 'no-entry'; collection: string }
  /** A reference to a part (an action step) that the entry `id` of `collection` does not have. */
  | { rule: 'no-part'; collection: string; id: string }
  /** An id another entry, or an earlier item of the same list (`first`), has already. */
  | { rule: 'taken'; first?: FieldPath }
  /** A collection's own rule, by its name ("not-itself"), and another field it is about, if any (a case study's `sources`). */
  | { rule: 'own'; name: string; other?: FieldPath }
  /** A body that does not parse, or uses what a body may not (an import, an expression). */
  | { rule: 'markup' }
  /** An attribute of a worked example in a body: missing, or not one of the playbook's terms. */
  | { rule: 'example'; attribute: 'title' | 'phase' | 'subject'; problem: 'missing' | 'not-allowed' };

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
  /** What kind of problem it is, where the check knows it. */
  rule?: ProblemRule;
}

/** A problem about a field, named by its keys: its words are made from them. */
export function fieldProblem(file: string, path: FieldPath, expected: string, found: string, rule?: ProblemRule): Problem {
  return { file, path, field: formatPath(path), expected, found, ...(rule ? { rule } : {}) };
}

/** A problem about a place that is not a field: the file, its name, a line of its body. */
export function placeProblem(file: string, place: string, expected: string, found: string, line?: number, rule?: ProblemRule): Problem {
  return { file, ...(line === undefined ? {} : { line }), field: place, expected, found, ...(rule ? { rule } : {}) };
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

/**
 * What a schema found wrong with saved data or a file, in plain words from the strings table.
 *
 * `PARSE_OPTIONS` is what every browser-file schema is parsed with: an error map that words each
 * kind of problem zod reports (a value of the wrong type, text too long, keys the format does not
 * have), and no eval-built fast path, so a page's Content Security Policy need not allow eval. A
 * schema's own message (an id's pattern, a date's form) is used as it is. `describeIssues` then
 * makes one sentence naming where in the file each problem is.
 */
import type { $ZodIssue, $ZodRawIssue, ParseContext } from 'zod/v4/core';
import { formatPath } from '../../core/problem.ts';
import { format, formatPlural, shared } from '../../strings/index.ts';

/** One problem: where (the keys down to it) and what, already in plain words. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** `attempts[0].answers.s1-trust` from ["attempts", 0, "answers", "s1-trust"]. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return formatPath(path, shared.theFile);
}

/** "attempts[0].label: expected text; attempts[1].answers.x: …" (at most three, then a count). */
export function describeIssues(issues: readonly Issue[], limit = 3): string {
  const shown = issues.slice(0, limit).map((issue) => format(shared.issue, { path: formatIssuePath(issue.path), message: issue.message }));
  const more = issues.length - shown.length;
  return [...shown, ...(more > 0 ? [formatPlural(shared.moreProblems, more)] : [])].join('; ');
}

/** The type of a value as zod names the types it expects. */
function typeOf(value: unknown): string {
  if (value === undefined || value === null) return 'undefined';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number';
  return typeof value;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  record: shared.valueObject,
  object: shared.valueObject,
  array: shared.valueList,
  string: shared.valueText,
  number: shared.valueNumber,
  int: shared.valueWholeNumber,
  boolean: shared.valueBoolean,
  undefined: shared.valueNothing,
};
const typeWords = (type: string) => (Object.hasOwn(TYPE_WORDS, type) ? TYPE_WORDS[type]! : format(/^[aeiou]/.test(type) ? shared.valueOtherVowel : shared.valueOther, { type }));

/** Each kind of problem zod finds, said plainly. */
export function plainMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? format(shared.missingExpected, { expected: typeWords(issue.expected) }) : format(shared.expectedFound, { expected: typeWords(issue.expected), found: typeWords(typeOf(issue.input)) });
    case 'too_big':
      return format(issue.origin === 'string' ? shared.tooLong : shared.tooMany, { max: Number(issue.maximum) });
    case 'unrecognized_keys':
      return formatPlural(shared.unrecognizedKeys, issue.keys.length, { keys: issue.keys.map((key) => JSON.stringify(key)).join(', ') });
    case 'invalid_key':
      return issue.issues[0]?.message ?? shared.badKey;
    case 'invalid_value':
      return format(shared.expectedOneOf, { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    default:
      return shared.badValue;
  }
}

/** How every browser-file schema is parsed: problems in plain words, and no eval. */
export const PARSE_OPTIONS: ParseContext<$ZodIssue> = { error: plainMessage, jitless: true };

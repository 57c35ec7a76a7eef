/** Turns zod's validation issues into problems an author can act on. */
import type { z } from 'astro/zod';
import { describeFound, fieldProblem, valueAt, type FieldPath, type Problem, type ProblemRule } from '../../core/problem.ts';
import { ID_PATTERN } from '../../schemas/common.ts';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
  date: 'a date',
  never: 'no value (the playbook allows none here)',
};

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function sizeWords(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return small && limit <= 1 ? 'text' : `text of ${small ? 'at least' : 'at most'} ${limit} characters`;
    case 'array':
    case 'set':
      return `${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`;
    default:
      if (inclusive) return `a number ${small ? 'of at least' : 'of at most'} ${limit}`;
      return `a number ${small ? 'more' : 'less'} than ${limit}`;
  }
}

/** What an issue expected, in words. */
function expectedWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'too_small':
    case 'too_big':
      return sizeWords(issue);
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${quoteList(issue.values)}`;
    case 'invalid_format':
      // Our schemas give every format a message that says what is expected.
      return issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message;
    case 'invalid_union':
      return 'one of the allowed forms';
    default:
      return issue.message;
  }
}

/** What kind of problem an issue is (see ProblemRule), for words other than the check's own. */
function ruleOf(issue: Issue, found: unknown): ProblemRule {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined || found === null ? { rule: 'missing' } : { rule: 'type' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { rule: 'missing' };
      return issue.origin === 'array' || issue.origin === 'set' ? { rule: 'too-few', minimum: Number(issue.minimum) } : { rule: 'out-of-range' };
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set' ? { rule: 'too-many', maximum: Number(issue.maximum) } : { rule: 'out-of-range' };
    case 'invalid_value':
      return { rule: 'not-allowed' };
    case 'invalid_format': {
      if (issue.format === 'regex') return { rule: 'format', format: 'pattern' in issue && issue.pattern === ID_PATTERN.source ? 'id' : 'pattern' };
      return { rule: 'format', format: issue.format === 'date' ? 'date' : issue.format === 'url' ? 'url' : issue.format === 'email' ? 'email' : 'pattern' };
    }
    case 'invalid_union':
      return { rule: 'no-form' };
    case 'custom': {
      // A refinement that names its rule (`params: { rule, other }`) is a collection's own rule.
      const name: unknown = issue.params?.rule;
      const other: unknown = issue.params?.other;
      if (typeof name !== 'string') return { rule: 'custom' };
      return Array.isArray(other) && other.every((key) => typeof key === 'string' || typeof key === 'number') ? { rule: 'own', name, other } : { rule: 'own', name };
    }
    default:
      return { rule: 'custom' };
  }
}

/** A zod path as field keys: a symbol key (never in our schemas) is named by its description. */
function keysOf(path: readonly PropertyKey[]): FieldPath {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/** Converts zod issues for one entry into problems; `data` is the parsed entry the issues are about. */
export function zodProblems(file: string, data: unknown, issues: readonly Issue[], pathPrefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = keysOf([...pathPrefix, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(fieldProblem(file, [...path, key], 'no such field (check its spelling against the schema)', describeFound(valueAt(data, [...issue.path, key])), { rule: 'unknown-field' }));
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      // A key of a record (like a rubric's descriptors) that is not an allowed key: name the key itself.
      const key = issue.path.at(-1);
      problems.push(fieldProblem(file, path, 'a key in lower-case words joined by hyphens, like "secure"', JSON.stringify(key), { rule: 'format', format: 'id' }));
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the union as a whole: one line, with the forms it accepts.
      problems.push(fieldProblem(file, path, issue.message.startsWith('Invalid') ? 'one of the allowed forms' : issue.message, describeFound(valueAt(data, issue.path)), { rule: 'no-form' }));
      continue;
    }
    const found = valueAt(data, issue.path);
    problems.push(fieldProblem(file, path, expectedWords(issue), describeFound(found), ruleOf(issue, typeof found === 'string' && found.trim() === '' ? undefined : found)));
  }
  return problems;
}

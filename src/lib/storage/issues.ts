/** Turns zod issues into one plain sentence naming where in the file each problem is. */
import { formatPath } from '../../core/problem.ts';
import { format, formatPlural, shared } from '../../strings/index.ts';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** `attempts[0].answers.s1-trust` from ["attempts", 0, "answers", "s1-trust"]. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return formatPath(path, shared.theFile);
}

/** "attempts[0].label: expected text; attempts[1].answers.x: …" (at most three, then a count). */
export function describeIssues(issues: readonly IssueLike[], limit = 3): string {
  const shown = issues.slice(0, limit).map((issue) => format(shared.issue, { path: formatIssuePath(issue.path), message: plainMessage(issue.message) }));
  const more = issues.length - shown.length;
  return [...shown, ...(more > 0 ? [formatPlural(shared.moreProblems, more)] : [])].join('; ');
}

const TYPE_WORDS: Record<string, string> = {
  record: shared.valueObject,
  object: shared.valueObject,
  array: shared.valueList,
  string: shared.valueText,
  number: shared.valueNumber,
  boolean: shared.valueBoolean,
  undefined: shared.valueNothing,
  null: shared.valueNothing,
};
const typeWords = (type: string) => TYPE_WORDS[type] ?? format(/^[aeiou]/.test(type) ? shared.valueOtherVowel : shared.valueOther, { type });

/** Zod's wording for a value of the wrong type, said plainly: "missing (expected an object)", "expected a number, found text". */
function plainMessage(message: string): string {
  const wrong = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!wrong) return message;
  const [, expected, received] = wrong;
  return received === 'undefined' ? format(shared.missingExpected, { expected: typeWords(expected!) }) : format(shared.expectedFound, { expected: typeWords(expected!), found: typeWords(received!) });
}

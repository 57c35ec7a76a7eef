/** Turns zod issues into one plain sentence naming where in the file each problem is. */
import { formatPath } from '../content/problem.ts';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** `attempts[0].answers.s1-trust` from ["attempts", 0, "answers", "s1-trust"]. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return formatPath(path, 'the file');
}

/** "attempts[0].label: expected text; attempts[1].answers.x: …" (at most three, then a count). */
export function describeIssues(issues: readonly IssueLike[], limit = 3): string {
  const shown = issues.slice(0, limit).map((issue) => `${formatIssuePath(issue.path)}: ${plainMessage(issue.message)}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '');
}

const TYPE_WORDS: Record<string, string> = { record: 'an object', object: 'an object', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false', undefined: 'nothing', null: 'nothing' };
const typeWords = (type: string) => TYPE_WORDS[type] ?? (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Zod's wording for a value of the wrong type, said plainly: "missing (expected an object)", "expected a number, found text". */
function plainMessage(message: string): string {
  const wrong = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!wrong) return message;
  const [, expected, received] = wrong;
  return received === 'undefined' ? `missing (expected ${typeWords(expected!)})` : `expected ${typeWords(expected!)}, found ${typeWords(received!)}`;
}

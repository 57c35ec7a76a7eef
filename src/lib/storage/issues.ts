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

/** Zod's wording for a missing field, said plainly. */
function plainMessage(message: string): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  return missing ? `missing (expected ${missing[1] === 'record' ? 'an object' : `a ${missing[1]}`})` : message;
}

/**
 * `npm run check` (first half): checks every file in the content folder and prints each problem
 * on a line of its own: `file: field: expected …, found …`. Exits 1 when there are any.
 * Set PLAYBOOK_CONTENT to check a folder other than content/.
 */
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const root = process.cwd();
const started = performance.now();
const result = checkContent(root, undefined, { cache: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  const count = result.problems.length;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} in the content. Fix ${count === 1 ? 'it' : 'them'} and run \`npm run check\` again.`);
  process.exit(1);
}
console.log(`Content check: ${result.entries.length} entries, no problems (${seconds} s).`);

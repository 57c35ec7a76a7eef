/**
 * `npm run check` (first half): checks every file in the content folder and prints each problem
 * on a line of its own: `file: field: expected …, found …`. Exits 1 when there are any.
 * Set PLAYBOOK_CONTENT to check a folder other than content/. With CHECK_ANNOTATIONS=1 (or on
 * GitHub Actions), each problem is also printed as an `::error file=…,line=…::…` annotation, so a
 * pull request shows it beside the line it is about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotations } from '../src/lib/annotations/annotations.ts';
import { checkContent } from '../src/engine/check.node.ts';
import { formatProblem } from '../src/core/problem.ts';

const root = process.cwd();
const started = performance.now();
const result = checkContent(root, undefined, { cache: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const annotate = process.env.CHECK_ANNOTATIONS === '1' || process.env.GITHUB_ACTIONS === 'true';

if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  if (annotate) {
    const read = (file: string) => {
      try {
        return readFileSync(path.join(root, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    // Workflow commands are read from standard output.
    for (const line of annotations(result.problems, read)) console.log(line);
  }
  const count = result.problems.length;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} in the content. Fix ${count === 1 ? 'it' : 'them'} and run \`npm run check\` again.`);
  process.exit(1);
}
console.log(`Content check: ${result.entries.length} entries, no problems (${seconds} s).`);

/**
 * `npm run schemas`: writes the files made from the zod schemas in src/schemas/, for authors:
 * - schemas/*.schema.json: JSON Schemas of the YAML content files (playbook.yaml, strands.yaml,
 *   sources.yaml, sequences/*.yaml), which VS Code's YAML extension uses through
 *   .vscode/settings.json to show field help and mark mistakes as you type;
 * - docs/frontmatter.md: every field of every collection, in one place.
 * Run it after changing a schema. `npm run schemas -- --check` writes nothing and exits 1 when a
 * file is out of date (a unit test does the same).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from '../src/engine/scaffold/generated.ts';

const root = process.cwd();
const checkOnly = process.argv.includes('--check');
const stale: string[] = [];

for (const { file, text } of generatedFiles()) {
  const absolute = path.join(root, file);
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(file);
  if (checkOnly) continue;
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
  console.log(`Wrote ${file}`);
}

if (checkOnly && stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run schemas\` and commit the result.`);
  process.exit(1);
}
if (stale.length === 0) console.log('The JSON Schemas and docs/frontmatter.md are up to date.');

/**
 * `npm run test:e2e`: finds a Chromium, builds the site (static pages and the Pagefind index) and
 * runs the Playwright tests against it, in three passes:
 * 1. `default`: the playbook in content/ (or PLAYBOOK_CONTENT), built into dist/: every browser test;
 * 2. `subpath`: a different playbook, tests/fixtures/other-playbook, served under the sub-path
 *    /playbook/ and built into dist-subpath/: the basics (every page, axe, search), the sequence
 *    builder (the editor's sequence form), review dates (the fixture has an overdue entry), the editor (with a repository set),
 *    the edit links on entry pages (with a repository set), the book, a step's model shown as a link, and that none of the default content shows. This proves the engine is
 *    content-agnostic and works under a sub-path such as GitHub Pages gives;
 * 3. `french`: tests/fixtures/french-playbook, a playbook in French with the engine's words
 *    translated in its strings.yaml, under /carnet/ in dist-french/: every page and axe, the book
 *    in French, a step's model, and that no English word of the engine is left on any page (language.spec.ts).
 * Set E2E_SKIP_BUILD=1 to test the builds you already have. Extra arguments go to Playwright
 * (`npm run test:e2e -- --grep search`); with them only the first pass runs, unless E2E_PLAYBOOK
 * names the passes to run ("subpath", "french,subpath", or "all").
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium, NoChromiumError } from './find-chromium.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

let chromium: string;
try {
  chromium = await findChromium();
} catch (error) {
  if (error instanceof NoChromiumError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
console.log(`Browser tests use ${chromium}`);
const env = { ...process.env, PLAYBOOK_CHROMIUM: chromium };
const args = process.argv.slice(2);

/** A pass: the playbook it builds, where, and the specs it runs (all of them when undefined). */
interface Pass {
  name: string;
  title: string;
  content?: string;
  outDir?: string;
  specs?: string[];
}
const PASSES: Pass[] = [
  { name: 'default', title: 'the playbook in content/' },
  {
    name: 'subpath',
    title: 'tests/fixtures/other-playbook, under its sub-path, built into dist-subpath/',
    content: 'tests/fixtures/other-playbook',
    outDir: 'dist-subpath',
    specs: ['every-page', 'search', 'sequence-builder', 'review', 'editor', 'edit-links', 'other-playbook', 'offline', 'accessibility', 'book', 'step-model'].map((name) => `tests/e2e/${name}.spec.ts`),
  },
  {
    name: 'french',
    title: 'tests/fixtures/french-playbook, in French, built into dist-french/',
    content: 'tests/fixtures/french-playbook',
    outDir: 'dist-french',
    specs: ['every-page', 'language', 'book', 'step-model'].map((name) => `tests/e2e/${name}.spec.ts`),
  },
];
const wanted = process.env.E2E_PLAYBOOK ?? (args.length > 0 ? 'default' : 'all');
const names = wanted === 'all' || wanted === 'both' ? PASSES.map((pass) => pass.name) : wanted.split(',').map((name) => name.trim());
const unknown = names.filter((name) => !PASSES.some((pass) => pass.name === name));
if (unknown.length > 0) {
  console.error(`E2E_PLAYBOOK must be "all" or a list of ${PASSES.map((pass) => `"${pass.name}"`).join(', ')}, not ${JSON.stringify(wanted)}.`);
  process.exit(1);
}
/** With E2E_REPORT_DIR set (by scripts/test-all.ts), each pass also writes a JSON report there. */
const reportFor = (pass: string) => (process.env.E2E_REPORT_DIR ? { E2E_JSON_REPORT: path.join(process.env.E2E_REPORT_DIR, `playwright-${pass}.json`) } : {});
const playwright = (passEnv: NodeJS.ProcessEnv, passArgs: string[]) => run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...passArgs], passEnv);
// File filters given on the command line replace a pass's list; options (like --grep) apply to it.
const namesFiles = args.some((arg) => !arg.startsWith('-'));
let status = 0;

for (const [index, pass] of PASSES.filter((pass) => names.includes(pass.name)).entries()) {
  console.log(`\nBrowser tests, pass ${index + 1}: ${pass.title}`);
  if (!pass.content || !pass.outDir) {
    if (!process.env.E2E_SKIP_BUILD) {
      const built = run('npm', ['run', 'build', '--silent'], env);
      if (built !== 0) process.exit(built);
    }
    const passStatus = playwright({ ...env, ...reportFor(pass.name) }, args);
    status ||= passStatus;
    continue;
  }
  // PLAYBOOK_OUT_DIR is where Astro builds; SERVE_DIR is what scripts/serve-static.ts serves to the tests.
  const passEnv = { ...env, ...reportFor(pass.name), PLAYBOOK_CONTENT: pass.content, PLAYBOOK_OUT_DIR: pass.outDir, SERVE_DIR: pass.outDir };
  if (!process.env.E2E_SKIP_BUILD) {
    const built = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], passEnv);
    if (built !== 0) process.exit(built);
    // The search index, then the offline worker, as `npm run build` makes them.
    const finished = run(process.execPath, ['scripts/after-build.ts', pass.outDir], passEnv);
    if (finished !== 0) process.exit(finished);
  }
  const passStatus = playwright(passEnv, namesFiles && names.length === 1 ? args : [...(pass.specs ?? []), ...args]);
  status ||= passStatus;
}
process.exit(status);

/**
 * `npm run test:e2e`: finds a Chromium, builds the site (static pages and the Pagefind index) and
 * runs the Playwright tests against it, in two passes:
 * 1. the playbook in content/ (or PLAYBOOK_CONTENT), built into dist/: every browser test;
 * 2. a different playbook, tests/fixtures/other-playbook, served under the sub-path /playbook/ and
 *    built into dist-subpath/: the basics (every page, axe, search), the sequence builder (the editor's sequence form), review
 *    dates (the fixture has an overdue entry), the editor (with a repository set), the book, and
 *    that none of the default content shows. This proves the engine is content-agnostic and
 *    works under a sub-path such as GitHub Pages gives.
 * Set E2E_SKIP_BUILD=1 to test the builds you already have. Extra arguments go to Playwright
 * (`npm run test:e2e -- --grep search`); with them only the first pass runs, unless
 * E2E_PLAYBOOK=subpath (second pass only) or E2E_PLAYBOOK=both says otherwise.
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
const passes = process.env.E2E_PLAYBOOK ?? (args.length > 0 ? 'default' : 'both');
if (!['default', 'subpath', 'both'].includes(passes)) {
  console.error(`E2E_PLAYBOOK must be "default", "subpath" or "both", not ${JSON.stringify(passes)}.`);
  process.exit(1);
}
/** With E2E_REPORT_DIR set (by scripts/test-all.ts), each pass also writes a JSON report there. */
const reportFor = (pass: string) => (process.env.E2E_REPORT_DIR ? { E2E_JSON_REPORT: path.join(process.env.E2E_REPORT_DIR, `playwright-${pass}.json`) } : {});
const playwright = (passEnv: NodeJS.ProcessEnv, passArgs: string[]) => run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...passArgs], passEnv);
let status = 0;

if (passes !== 'subpath') {
  console.log('\nBrowser tests, pass 1: the playbook in content/');
  if (!process.env.E2E_SKIP_BUILD) {
    const built = run('npm', ['run', 'build', '--silent'], env);
    if (built !== 0) process.exit(built);
  }
  status = playwright({ ...env, ...reportFor('default') }, args);
}

if (passes !== 'default') {
  /** The sub-path fixture, where it is built, and the tests it runs. */
  const SUBPATH_CONTENT = 'tests/fixtures/other-playbook';
  const SUBPATH_OUT = 'dist-subpath';
  const SUBPATH_SPECS = ['tests/e2e/every-page.spec.ts', 'tests/e2e/search.spec.ts', 'tests/e2e/sequence-builder.spec.ts', 'tests/e2e/review.spec.ts', 'tests/e2e/editor.spec.ts', 'tests/e2e/other-playbook.spec.ts', 'tests/e2e/offline.spec.ts', 'tests/e2e/accessibility.spec.ts', 'tests/e2e/book.spec.ts'];
  console.log(`\nBrowser tests, pass 2: ${SUBPATH_CONTENT}, under its sub-path, built into ${SUBPATH_OUT}/`);
  // PLAYBOOK_OUT_DIR is where Astro builds; SERVE_DIR is what scripts/serve-static.ts serves to the tests.
  const subpathEnv = { ...env, ...reportFor('subpath'), PLAYBOOK_CONTENT: SUBPATH_CONTENT, PLAYBOOK_OUT_DIR: SUBPATH_OUT, SERVE_DIR: SUBPATH_OUT };
  if (!process.env.E2E_SKIP_BUILD) {
    const built = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], subpathEnv);
    if (built !== 0) process.exit(built);
    const indexed = run(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', SUBPATH_OUT], subpathEnv);
    if (indexed !== 0) process.exit(indexed);
    // The service worker is generated last, so it saves the search index too (scripts/offline.ts).
    const offline = run(process.execPath, ['scripts/offline.ts', SUBPATH_OUT], subpathEnv);
    if (offline !== 0) process.exit(offline);
  }
  // File filters given on the command line replace the list; options (like --grep) apply to it.
  const namesFiles = args.some((arg) => !arg.startsWith('-'));
  const subpathStatus = playwright(subpathEnv, passes === 'subpath' && namesFiles ? args : [...SUBPATH_SPECS, ...args]);
  status ||= subpathStatus;
}
process.exit(status);

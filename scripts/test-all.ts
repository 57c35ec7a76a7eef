/**
 * `npm test`: the whole suite. Runs the static checks (ESLint and the type check, each counted as
 * one test), the unit tests (Vitest), then the browser tests
 * (scripts/test-e2e.ts: build, Chromium, both playbooks), and ends with one line that counts
 * them all: `tests: N passed, N failed, N skipped`. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'playbook-tests-'));
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;
}

// The static checks: the code passes ESLint with no warning and TypeScript's check with no hint.
const staticChecks = [
  { name: 'ESLint', args: ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0'] },
  { name: 'astro check', args: ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'hint'] },
];
let staticStatus = 0;
for (const check of staticChecks) {
  console.log(`\n${check.name}`);
  const status = run(check.args);
  if (status === 0) counts.passed += 1;
  else {
    counts.failed += 1;
    staticStatus = status;
  }
}

const vitestReport = path.join(reports, 'vitest.json');
const unitStatus = run(['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
} else if (unitStatus !== 0) counts.failed += 1;

// scripts/test-e2e.ts writes one Playwright JSON report a pass into this folder.
const e2eStatus = run(['scripts/test-e2e.ts'], { ...process.env, E2E_REPORT_DIR: reports });
const browserReports = readdirSync(reports).filter((name) => name.startsWith('playwright-'));
/** A Playwright JSON report's suites: each holds specs (a test's runs) and suites of its own. */
interface ReportSuite {
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: ReportSuite[];
}
/** The tests that failed and then passed on their one retry (playwright.config.ts), by place and title. */
function flakyTests(suites: ReportSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => spec.tests.some((test) => test.status === 'flaky')).map((spec) => `${spec.file}:${spec.line} › ${spec.title}`),
    ...flakyTests(suite.suites),
  ]);
}
const flaky: string[] = [];
for (const name of browserReports) {
  const report = JSON.parse(readFileSync(path.join(reports, name), 'utf8')) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number }; suites?: ReportSuite[] };
  const { stats } = report;
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
  flaky.push(...flakyTests(report.suites));
}
// A test that passed only on its retry is counted as passed, and named here so it is not forgotten.
if (flaky.length > 0) console.log(`\nPassed only on a retry (flaky; fix these):\n${flaky.map((title) => `  ${title}`).join('\n')}`);
if (e2eStatus !== 0 && browserReports.length === 0) counts.failed += 1; // it stopped before any test ran
rmSync(reports, { recursive: true, force: true });

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(staticStatus !== 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);

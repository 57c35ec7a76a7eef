/**
 * `npm run bench:import`: how long a self-audit takes to import a large exported file, how quick
 * a click is afterwards, and how fast a file over the limits is refused.
 *
 * 1. Generates an exported file (default 10,000 attempts, each answering a few items, about
 *    1.5 MB: the size of the file that froze the page before the limits) for the audit with the
 *    most items in the content folder, written by the engine's own export code.
 * 2. Node: times the page's own code over the file's text, as the median of several runs:
 *    reading it (UTF-8, JSON, duplicate keys), checking it, merging it into what is saved, and
 *    scoring every attempt. Then the same at a quarter, a half and twice the size (past the
 *    attempts limit, which is lifted for this), to show how the time grows: near-linear when each
 *    doubling roughly doubles it.
 * 3. Chromium (when dist/ has been built and a Chromium is found): serves dist/, opens the audit,
 *    and in a fresh browser each run
 *    - imports the file: from choosing it to the "Imported" message on screen;
 *    - then clicks answers and types in a note: each interaction's duration as the browser's Event
 *      Timing API measures it (input to the next frame painted, as Interaction to Next Paint does);
 *      the API reports nothing under 16 ms, so such a click counts as 16 ms;
 *    - chooses a file of 100,000 attempts (about 15 MB): from choosing it to the refusal on
 *      screen, with focus on it.
 *    Skipped with --no-browser; the last step with --no-refusal (to time a build from before the
 *    limits, served with SERVE_DIR, which would freeze on that file).
 *
 * Usage: npm run bench:import -- [--attempts 10000] [--runs 5] [--clicks 20] [--no-browser] [--no-refusal]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { median, option, seededRandom, withBuiltSite } from './bench-tools.ts';
import { readContent } from '../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../src/core/playbook-folder.node.ts';
import { auditSchema } from '../src/collections/audits/schema.ts';
import { instrumentFromAudit, itemsOf, type Instrument } from '../src/lib/audit/instrument.ts';
import type { Attempt } from '../src/lib/audit/schema.ts';
import { emptyDoc } from '../src/lib/audit/schema.ts';
import { mergeAttempts } from '../src/lib/audit/attempts.ts';
import { exportJson } from '../src/lib/audit/exchange.ts';
import { parseExport } from '../src/lib/audit/import-file.ts';
import { scoreAnswers } from '../src/lib/audit/scoring.ts';
import { LIMITS } from '../src/lib/storage/limits.ts';
import { audit as words } from '../src/strings/index.ts';

const attemptCount = Number(option('attempts', '10000'));
const runs = Number(option('runs', '5'));
const clicks = Number(option('clicks', '20'));
const withBrowser = !process.argv.includes('--no-browser');
const withRefusal = !process.argv.includes('--no-refusal');

const folder = contentFolder();
const audits = readContent(process.cwd(), folder)
  .entries.filter((entry) => entry.collection === 'audits')
  .map((entry) => instrumentFromAudit(entry.id, auditSchema().loose().parse(entry.data), (collection, id) => ({ title: id, href: `/${collection}/${id}/` })));
const instrument: Instrument | undefined = [...audits].sort((a, b) => itemsOf(b).length - itemsOf(a).length)[0];
if (!instrument) {
  console.error(`There are no audits in ${folder}.`);
  process.exit(1);
}
const itemIds = itemsOf(instrument).map(({ item }) => item.id);
const values = instrument.scale.map((point) => point.value);

/** An exported file of `count` attempts, each answering three items: the same file for the same count. */
function exportedFile(count: number): string {
  const next = seededRandom(count);
  const attempts: Attempt[] = [];
  for (let index = 0; index < count; index++) {
    const when = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString();
    const answers: Record<string, number> = {};
    for (let pick = 0; pick < 3; pick++) answers[itemIds[Math.floor(next() * itemIds.length)]!] = values[Math.floor(next() * values.length)]!;
    attempts.push({ id: `a${index}`, label: `Attempt ${index + 1}`, createdAt: when, updatedAt: when, answers, notes: {} });
  }
  return exportJson(instrument!, { ...emptyDoc('audit', instrument!.id), attempts });
}

/** Times the page's own code on one file: read and check it, merge it into nothing saved, score every attempt. */
function timeImport(text: string): { read: number; merge: number; score: number } {
  const limits = { ...LIMITS, attempts: Number.MAX_SAFE_INTEGER, fileBytes: Number.MAX_SAFE_INTEGER };
  const started = performance.now();
  const parsed = parseExport(text, instrument!, limits);
  const read = performance.now();
  if (!parsed.ok) throw new Error(`The generated file was refused: ${parsed.reason}`);
  const merged = mergeAttempts(emptyDoc('audit', instrument!.id), parsed.file.attempts);
  const merge = performance.now();
  for (const attempt of merged.doc.attempts) scoreAnswers(instrument!, attempt.answers);
  return { read: read - started, merge: merge - read, score: performance.now() - merge };
}

const text = exportedFile(attemptCount);
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
console.log(`Import benchmark: "${instrument.title}" (${itemIds.length} items), a file of ${attemptCount.toLocaleString('en-GB')} attempts, ${mb(Buffer.byteLength(text))}`);

console.log(`Node ${process.version}, median of ${runs} runs (read and check / merge / score every attempt):`);
timeImport(exportedFile(Math.round(attemptCount / 4))); // warm up the JIT, so the first size is not the slowest
let previous: number | undefined;
for (const factor of [0.25, 0.5, 1, 2]) {
  const count = Math.round(attemptCount * factor);
  const file = factor === 1 ? text : exportedFile(count);
  const timings = Array.from({ length: runs }, () => timeImport(file));
  const [read, merge, score] = (['read', 'merge', 'score'] as const).map((part) => median(timings.map((timing) => timing[part])));
  const total = read! + merge! + score!;
  const growth = previous ? `, ×${(total / previous).toFixed(2)} for ×2 attempts` : '';
  console.log(`  ${count.toLocaleString('en-GB').padStart(7)} attempts: ${read!.toFixed(0)} / ${merge!.toFixed(1)} / ${score!.toFixed(1)} ms, ${total.toFixed(0)} ms in all${growth}`);
  previous = total;
}

if (withBrowser) await browserBench();

/** Each interaction's duration from the Event Timing API, by interaction; under 16 ms it reports nothing. */
async function watchInteractions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const durations = new Map<number, number>();
    (window as unknown as { benchDurations: Map<number, number> }).benchDurations = durations;
    new PerformanceObserver((list) => {
      // interactionId is newer than TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (entry.interactionId) durations.set(entry.interactionId, Math.max(durations.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** The durations of the interactions since `watchInteractions`, once the browser has reported them; `expected` counts them (any not reported took under 16 ms). */
async function interactionTimes(page: Page, expected: number): Promise<number[]> {
  await page.waitForTimeout(500);
  const measured = await page.evaluate(() => [...(window as unknown as { benchDurations: Map<number, number> }).benchDurations.values()]);
  return [...measured, ...Array<number>(Math.max(0, expected - measured.length)).fill(16)];
}

async function browserBench(): Promise<void> {
  const base = readPlaybook(folder)?.site.base ?? '/';
  await withBuiltSite(`audits/${instrument!.id}`, base, async (browser, siteUrl, chromiumPath) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
    try {
      const file = path.join(tmp, `${instrument!.id}-big.json`);
      writeFileSync(file, text);
      const huge = path.join(tmp, `${instrument!.id}-huge.json`);
      writeFileSync(huge, exportedFile(100_000));
      const importTimes: number[] = [];
      const clickTimes: number[] = [];
      const keyTimes: number[] = [];
      const refuseTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${siteUrl}audits/${instrument!.id}/`);
        const input = page.getByLabel(words.importLabel);
        await input.waitFor();
        let started = Date.now();
        await input.setInputFiles(file);
        // Polled each frame in the page (a text search through Playwright would itself slow the page).
        await page.waitForFunction((expected) => document.querySelector('[id$="-data-import-message"]')?.textContent?.includes(expected), `Imported ${attemptCount.toLocaleString('en-GB')} attempts`, { timeout: 120_000, polling: 'raf' });
        importTimes.push(Date.now() - started);

        await watchInteractions(page);
        const radios = page.locator('fieldset.sa-item');
        for (let click = 0; click < clicks; click++) await radios.nth(click % itemIds.length).getByRole('radio').nth(click % values.length).click({ timeout: 0 });
        clickTimes.push(...(await interactionTimes(page, clicks)));
        await watchInteractions(page);
        const typed = 'Typed after the import, key by key.'.slice(0, clicks);
        await page.getByLabel(/^Notes on /).first().pressSequentially(typed, { timeout: 0 });
        keyTimes.push(...(await interactionTimes(page, typed.length)));

        if (!withRefusal) {
          await context.close();
          continue;
        }
        started = Date.now();
        await input.setInputFiles(huge);
        await page.waitForFunction(() => document.querySelector('[id$="-data-import-message"]')?.textContent?.includes('was not imported'), null, { polling: 'raf' });
        const refused = page.locator('[id$="-data-import-message"]');
        refuseTimes.push(Date.now() - started);
        if (!(await refused.evaluate((element) => element === document.activeElement))) throw new Error('The refusal did not take focus.');
        await context.close();
      }
      console.log(`Chromium (${chromiumPath}), median of ${runs} runs:`);
      console.log(`  import ${attemptCount.toLocaleString('en-GB')} attempts, from choosing the file to the message on screen: ${median(importTimes)} ms (slowest ${Math.max(...importTimes)} ms)`);
      console.log(`  then a click on an answer (Event Timing, ${clickTimes.length} clicks): median ${median(clickTimes)} ms, slowest ${Math.max(...clickTimes)} ms`);
      console.log(`  then a key typed in a note (${keyTimes.length} keys): median ${median(keyTimes)} ms, slowest ${Math.max(...keyTimes)} ms`);
      if (withRefusal) console.log(`  a file of 100,000 attempts (${mb(Buffer.byteLength(exportedFile(100_000)))}) refused, from choosing it to the message on screen with focus: ${median(refuseTimes)} ms`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}

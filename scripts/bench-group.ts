/**
 * `npm run bench:group`: how long group results take to load many exported self-audit files.
 *
 * 1. Generates the files (default 1,000) for one audit in the content folder: the audit with
 *    the most items, or the one named with --audit. Each file is written by the engine's own
 *    export code and holds two attempts (a first and a latest), like a mentor's real file.
 * 2. Node: times the page's own code (checking every file, then the group summary) over the
 *    files' text, and reports the median of several runs.
 * 3. Chromium (when dist/ has been built and a Chromium is found): serves dist/, opens the group
 *    results page, gives the file picker every file, and times from choosing them until the
 *    group's results are on screen. Skipped with --no-browser.
 *
 * Usage: npm run bench:group -- [--files 1000] [--runs 5] [--audit <id>] [--no-browser]
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../src/core/playbook-folder.node.ts';
import { auditSchema } from '../src/collections/audits/schema.ts';
import { instrumentFromAudit, itemsOf, type Instrument } from '../src/lib/audit/instrument.ts';
import { addAttempt, newAttempt, setAnswer } from '../src/lib/audit/attempts.ts';
import { emptyDoc } from '../src/lib/audit/schema.ts';
import { exportJson } from '../src/lib/audit/exchange.ts';
import { compareGroups, groupFileFromText, loadGroupFiles, summariseGroup } from '../src/lib/audit/group.ts';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const fileCount = Number(option('files', '1000'));
const runs = Number(option('runs', '5'));
const auditId = option('audit', '');
const withBrowser = !process.argv.includes('--no-browser');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A small deterministic random number generator, so every run generates the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// The instrument, built from the content as the pages build it (links need no real titles here;
// fields other collections add, such as a framework's "serves", pass).
const folder = contentFolder();
const audits = readContent(process.cwd(), folder)
  .entries.filter((entry) => entry.collection === 'audits')
  .map((entry) => instrumentFromAudit(entry.id, auditSchema().loose().parse(entry.data), (collection, id) => ({ title: id, href: `/${collection}/${id}/` })));
const instrument: Instrument | undefined = auditId ? audits.find((audit) => audit.id === auditId) : [...audits].sort((a, b) => itemsOf(b).length - itemsOf(a).length)[0];
if (!instrument) {
  console.error(auditId ? `There is no audit "${auditId}" in ${folder}.` : `There are no audits in ${folder}.`);
  process.exit(1);
}

// Generate the files.
const next = random(42);
const items = itemsOf(instrument).map(({ item }) => item.id);
const values = instrument.scale.map((point) => point.value);
const files: { name: string; text: string }[] = [];
const generateStarted = performance.now();
for (let person = 0; person < fileCount; person++) {
  let doc = emptyDoc('audit', instrument.id);
  for (const [index, label] of ['September 2026', 'July 2027'].entries()) {
    const when = new Date(Date.UTC(2026 + index, index === 0 ? 8 : 6, 14, 9, 0, person % 60));
    const id = `p${person}-${index}`;
    doc = addAttempt(doc, newAttempt(id, label, when));
    for (const item of items) {
      if (next() < 0.05) continue; // about one answer in twenty left blank
      doc = setAnswer(doc, id, item, values[Math.min(values.length - 1, Math.floor(next() * values.length) + index)]!, when);
    }
  }
  files.push({ name: `mentor-${String(person).padStart(4, '0')}.json`, text: exportJson(instrument, doc) });
}
const generateMs = performance.now() - generateStarted;
const bytes = files.reduce((sum, file) => sum + file.text.length, 0);

console.log(`Group results benchmark: ${fileCount.toLocaleString('en-GB')} files for "${instrument.title}" (${items.length} items, 2 attempts a file, ${(bytes / 1024 / 1024).toFixed(1)} MB in all; generated in ${generateMs.toFixed(0)} ms)`);

// Node: the page's own checking and aggregation code.
const loadTimes: number[] = [];
const summaryTimes: number[] = [];
const compareTimes: number[] = [];
let counted = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  // Reading each file's text as JSON (with its duplicate-key check), then checking it against the audit.
  const read = files.map((file) => groupFileFromText(file.name, file.text));
  const latest = loadGroupFiles(read, instrument, 'latest');
  const loaded = performance.now();
  const summary = summariseGroup(instrument, latest.members);
  const summarised = performance.now();
  compareGroups(summariseGroup(instrument, loadGroupFiles(read, instrument, 'first').members), summary);
  compareTimes.push(performance.now() - summarised);
  loadTimes.push(loaded - started);
  summaryTimes.push(summarised - loaded);
  counted = latest.members.length;
}
console.log(`Node ${process.version}, median of ${runs} runs:`);
console.log(`  check and read every file: ${median(loadTimes).toFixed(0)} ms`);
console.log(`  group summary:             ${median(summaryTimes).toFixed(1)} ms`);
console.log(`  load and summarise:        ${(median(loadTimes) + median(summaryTimes)).toFixed(0)} ms (${counted.toLocaleString('en-GB')} files counted)`);
console.log(`  a second group (first attempts) loaded and compared: ${median(compareTimes).toFixed(0)} ms`);

if (withBrowser) await browserBench();

async function browserBench(): Promise<void> {
  const dist = path.resolve(process.env.SERVE_DIR ?? 'dist');
  if (!existsSync(path.join(dist, 'group-results', 'index.html'))) {
    console.log(`Chromium: skipped, ${dist} has no group results page (run \`npm run build\` first).`);
    return;
  }
  const { findChromium } = await import('./find-chromium.ts');
  const { serve } = await import('./serve-static.ts');
  const { chromium } = await import('@playwright/test');
  let executablePath: string;
  try {
    executablePath = await findChromium();
  } catch (error) {
    console.log(`Chromium: skipped, ${(error as Error).message}`);
    return;
  }
  const base = readPlaybook(folder)?.site.base ?? '/';
  const port = 4700 + Math.floor(Math.random() * 200);
  const server = serve(dist, base.endsWith('/') ? base : `${base}/`, port);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'group-bench-'));
  const paths = files.map((file) => {
    const full = path.join(tmp, file.name);
    writeFileSync(full, file.text);
    return full;
  });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu'] });
  try {
    const times: number[] = [];
    const islandTimes: string[] = [];
    for (let run = 0; run < Math.min(runs, 3); run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}${base}group-results/`);
      const input = page.getByLabel('Add exported files (JSON) to this group').first();
      await input.waitFor();
      const started = Date.now();
      await input.setInputFiles(paths);
      await page.getByRole('region', { name: /^Results: /, exact: false }).first().waitFor();
      await page.getByText(`read ${fileCount.toLocaleString('en-GB')} files`).waitFor();
      times.push(Date.now() - started);
      islandTimes.push((await page.getByText(/read [\d,]+ files in/).textContent()) ?? '');
      await page.close();
    }
    console.log(`Chromium (${executablePath}), median of ${times.length} runs:`);
    console.log(`  from choosing the files to the group's results on screen: ${median(times)} ms`);
    console.log(`  the page's own figure (reading, checking and summarising): ${islandTimes.at(-1)}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

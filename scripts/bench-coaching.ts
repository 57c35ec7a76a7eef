/**
 * `npm run bench:coaching`: how long the coaching trends take to load many coaches' files.
 *
 * 1. Generates the files (default 200 coaches, 50 drop-ins each: 10,000 drop-ins) from the
 *    techniques in the content folder, each written by the engine's own code: a coach's record
 *    (five coachees, each with ten drop-ins two to six weeks apart, steps set, continued, secured
 *    and refined) saved as a trends file.
 * 2. Node: times the page's own code over the files' text, as the median of several runs:
 *    checking and pooling every file, then the report with every figure through the privacy
 *    floor. Then the same at a half, a quarter and twice the size, to show how the time grows
 *    (near-linear: each doubling should roughly double it).
 * 3. Chromium (when dist/ has been built and a Chromium is found): serves dist/, opens the
 *    coaching trends page, gives the file picker every file, and times from choosing them until
 *    the report is on screen. Skipped with --no-browser.
 *
 * With --out <folder>, the files are also written there, to load by hand on the trends page.
 *
 * Usage: npm run bench:coaching -- [--coaches 200] [--per-coach 50] [--runs 7] [--no-browser] [--out folder]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { median, option, seededRandom, withBuiltSite } from './bench-tools.ts';
import { readContent } from '../src/engine/read.node.ts';
import { contentFolder, loadTaxonomy, readPlaybook } from '../src/core/playbook-folder.node.ts';
import { techniqueSchema } from '../src/collections/techniques/schema.ts';
import { stepId } from '../src/lib/content/step-id.ts';
import { addDays } from '../src/lib/dates.ts';
import { jsonText } from '../src/lib/coaching/exchange.ts';
import { privacyFloor } from '../src/lib/coaching/privacy.ts';
import { emptyDoc, saveCoachee, saveDropIn, type DropInFields } from '../src/lib/coaching/record.ts';
import type { Outcome, StepRef } from '../src/lib/coaching/schema.ts';
import { toTrendsFile, WITHOUT_NOTES_OR_LABELS } from '../src/lib/coaching/trend-export.ts';
import { addTrendFiles, emptyPool, trendReport, type TrendSettings } from '../src/lib/coaching/trends.ts';

const coachCount = Number(option('coaches', '200'));
const perCoach = Number(option('per-coach', '50'));
const runs = Number(option('runs', '7'));
const withBrowser = !process.argv.includes('--no-browser');
const out = option('out', '');
const COACHEES_PER_COACH = 5;

// The techniques and their steps, read and parsed as the site reads them.
const folder = contentFolder();
const taxonomy = loadTaxonomy(folder);
const playbook = readPlaybook(folder);
// Only the strand and steps are needed, read by the technique schema's own fields (it has a
// refinement, which .pick() refuses); other collections' fields (a framework's "serves") pass.
const { shape } = techniqueSchema(taxonomy);
const strandAndSteps = z.object({ strand: shape.strand, steps: shape.steps }).loose();
const techniques = readContent(process.cwd(), folder)
  .entries.filter((entry) => entry.collection === 'techniques')
  .map((entry) => ({ id: entry.id, data: strandAndSteps.parse(entry.data) }));
if (techniques.length === 0) {
  console.error(`There are no techniques in ${folder}.`);
  process.exit(1);
}
const strandOf = new Map(techniques.map((technique) => [technique.id, technique.data.strand]));
const settings: TrendSettings = {
  floor: privacyFloor(playbook?.coaching?.privacyFloor),
  cycle: { shortest: 7 * (playbook?.coaching?.cycleWeeks.shortest ?? 2), longest: 7 * (playbook?.coaching?.cycleWeeks.longest ?? 4) },
  strandOf: (technique) => strandOf.get(technique),
};

/** One coach's trends file: five coachees, `dropIns` drop-ins between them, made by the engine's own code. */
function coachFile(coach: number, dropIns: number, next: () => number): { name: string; text: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const newStep = (): StepRef => {
    const technique = pick(techniques);
    return { technique: technique.id, step: stepId(pick(technique.data.steps)) };
  };
  const time = (day: string) => `${day}T09:00:00.000Z`;
  let doc = emptyDoc(`coach-${coach}`);
  const open = new Map<string, { step: StepRef; last: string; day: string }>();
  for (let index = 0; index < COACHEES_PER_COACH; index++) doc = saveCoachee(doc, { id: `coachee-${coach}-${index}`, label: `Teacher ${index}`, group: `School ${coach % 12}` }, time('2026-09-01'));
  for (let visit = 0; visit < dropIns; visit++) {
    const coachee = `coachee-${coach}-${visit % COACHEES_PER_COACH}`;
    const previous = open.get(coachee);
    const day = previous ? addDays(previous.day, 14 + Math.floor(next() * 29) - 7) : addDays('2026-09-07', Math.floor(next() * 10));
    const id = `drop-${coach}-${visit}`;
    const outcome: Outcome = pick(['continued', 'continued', 'secured', 'secured', 'secured', 'refined'] as const);
    const step = previous && outcome === 'continued' ? previous.step : newStep();
    const fields: DropInFields = {
      id,
      coachee,
      date: day,
      className: '',
      phase: '',
      subject: '',
      technique: step.technique,
      wentWell: [{ lookFor: 'A look-for seen', note: 'A note the trends file leaves out' }],
      notes: 'Notes the trends file leaves out',
      ...(previous ? { review: { of: previous.last, outcome } } : {}),
      step,
      followUp: addDays(day, 21),
    };
    doc = saveDropIn(doc, fields, time(day));
    open.set(coachee, { step, last: id, day });
  }
  return { name: `coach-${String(coach).padStart(3, '0')}.json`, text: jsonText(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, new Date('2027-07-20T12:00:00Z'))) };
}

function generate(coaches: number, dropIns: number) {
  const next = seededRandom(42);
  return Array.from({ length: coaches }, (_, coach) => coachFile(coach, dropIns, next));
}

/** Median times of loading and reporting on the files. */
function time(files: { name: string; text: string }[], times: number) {
  const load: number[] = [];
  const report: number[] = [];
  let coachees = 0;
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    const pool = emptyPool();
    const failures = addTrendFiles(pool, files);
    if (failures.length > 0) throw new Error(`${failures.length} files failed: ${failures[0]!.summary} (${failures[0]!.detail})`);
    const loaded = performance.now();
    const result = trendReport(pool, settings);
    report.push(performance.now() - loaded);
    load.push(loaded - started);
    coachees = result.overall?.coachees ?? 0;
  }
  return { load: median(load), report: median(report), coachees };
}

const generateStarted = performance.now();
const files = generate(coachCount, perCoach);
const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
if (out) {
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(path.join(out, file.name), file.text);
  console.log(`Wrote the ${files.length} files to ${out}`);
}
console.log(
  `Coaching trends benchmark: ${coachCount.toLocaleString('en-GB')} files, ${(coachCount * perCoach).toLocaleString('en-GB')} drop-ins, ${(coachCount * COACHEES_PER_COACH).toLocaleString('en-GB')} coachees, ${techniques.length} techniques (${(bytes / 1024 / 1024).toFixed(1)} MB; generated in ${(performance.now() - generateStarted).toFixed(0)} ms)`,
);
// One run to warm the code up, then the measured runs.
time(files, 1);
const main = time(files, runs);
console.log(`Node ${process.version}, median of ${runs} runs:`);
console.log(`  check and pool every file: ${main.load.toFixed(0)} ms`);
console.log(`  report through the floor:  ${main.report.toFixed(0)} ms`);
console.log(`  in all:                    ${(main.load + main.report).toFixed(0)} ms (${main.coachees.toLocaleString('en-GB')} coachees counted)`);

console.log('How the time grows with the number of files (same drop-ins a file), median of runs:');
let previous: number | undefined;
for (const factor of [0.25, 0.5, 1, 2]) {
  const count = Math.max(1, Math.round(coachCount * factor));
  const measured = factor === 1 ? main : time(generate(count, perCoach), runs);
  const total = measured.load + measured.report;
  console.log(`  ${(count * perCoach).toLocaleString('en-GB').padStart(7)} drop-ins: ${total.toFixed(0).padStart(5)} ms${previous ? ` (${(total / previous).toFixed(2)}× the size before)` : ''}`);
  previous = total;
}

if (withBrowser) await browserBench();

async function browserBench(): Promise<void> {
  const { coaching: words } = await import('../src/strings/index.ts');
  await withBuiltSite('coaching/trends', playbook?.site.base ?? '/', async (browser, siteUrl, chromiumPath) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'coaching-bench-'));
    try {
      const paths = files.map((file) => {
        const full = path.join(tmp, file.name);
        writeFileSync(full, file.text);
        return full;
      });
      const times: number[] = [];
      for (let run = 0; run < Math.min(runs, 5); run++) {
        const page = await browser.newPage();
        await page.goto(`${siteUrl}coaching/trends/`);
        const input = page.getByLabel(words.trendsAddFiles);
        // The picker works once the page has hydrated and has the playbook's techniques.
        await input.waitFor();
        await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type=file]')?.disabled === false);
        const started = Date.now();
        await input.setInputFiles(paths);
        await page.locator('[data-trends-ready]').waitFor();
        times.push(Date.now() - started);
        await page.close();
      }
      console.log(`Chromium (${chromiumPath}), median of ${times.length} runs:`);
      console.log(`  from choosing the files to the report on screen: ${median(times)} ms`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}

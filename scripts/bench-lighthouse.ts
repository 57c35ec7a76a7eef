/**
 * `npm run bench:lighthouse`: how fast the editor's pages are on a phone, as Lighthouse measures
 * them, and how much JavaScript the editor loads.
 *
 * 1. Serves the built site (dist/, or SERVE_DIR) with scripts/serve-static.ts, gzipped as a host
 *    would, and runs Lighthouse (its default: a mid-range phone on a slow 4G link, simulated) on
 *    the entry editor and the sequence page, several times each, in turn; it reports the median
 *    performance and accessibility scores and the median of each timing.
 * 2. In Chromium, opens the editor, then an entry in it, and counts the JavaScript the page loads
 *    (as sent, gzipped): up front, and when an entry opens, by file.
 *
 * A benchmark, not a test: it asserts nothing. Usage: npm run build && npm run bench:lighthouse --
 * [--runs 3] [--page editor/]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './find-chromium.ts';
import { serve } from './serve-static.ts';
import { contentFolder, readPlaybook } from '../src/core/playbook-folder.node.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } } });
const runs = Number(values.runs);
const pages = values.page ?? ['editor/', 'sequence-builder/'];
const dist = path.resolve(process.env.SERVE_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'editor', 'index.html'))) {
  console.error(`${dist} has no editor page: run \`npm run build\` first.`);
  process.exit(1);
}
const base = readPlaybook(contentFolder())?.site.base ?? '/';
const port = 4700 + Math.floor(Math.random() * 200);
const server = serve(dist, base.endsWith('/') ? base : `${base}/`, port);
const site = `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`;
const chromePath = await findChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const flags = ['--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', ...(isRoot ? ['--no-sandbox'] : [])];

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One Lighthouse run on a page: its scores (0 to 100) and timings (ms), and what failed. */
async function audit(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const value = (id: string) => Number(audits[id]?.numericValue ?? NaN);
    const failing = Object.values(categories).flatMap((category) =>
      category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category.id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    );
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** The editor's JavaScript as sent (gzipped here, as the server sends it): up front, and when an entry opens. */
async function editorScripts(): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu'] });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const loaded = new Map<string, number>();
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      void response.body().then((body) => loaded.set(path.basename(new URL(response.url()).pathname), gzipSync(body).length), () => undefined);
    });
    await page.goto(`${site}editor/`);
    await page.locator('#ed-open').waitFor();
    await page.waitForLoadState('networkidle');
    const upFront = new Map(loaded);
    const choice = await page.locator('#ed-open option').nth(0).getAttribute('value');
    await page.getByRole('button', { name: /open/i }).click();
    await page.locator('#ed-heading').waitFor();
    await page.waitForLoadState('networkidle');
    const onOpen = [...loaded].filter(([file]) => !upFront.has(file));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const sum = (list: Iterable<[string, number]>) => [...list].reduce((total, [, bytes]) => total + bytes, 0);
    console.log(`\nThe editor's JavaScript, gzipped (level 6, as sent):`);
    console.log(`  up front: ${kb(sum(upFront))} in ${upFront.size} files`);
    console.log(`  opening an entry (${choice}): ${kb(sum(onOpen))} more: ${onOpen.map(([file, bytes]) => `${file} ${kb(bytes)}`).join(', ')}`);
    console.log(`  in all, with an entry open: ${kb(sum(upFront) + sum(onOpen))}`);
  } finally {
    await browser.close();
  }
}

try {
  console.log(`Lighthouse (mobile, simulated slow 4G and a 4x slower CPU), median of ${runs} runs a page, on ${site}\n`);
  console.log('page                     performance  accessibility   FCP ms   LCP ms   TBT ms     CLS');
  for (const page of pages) {
    const results: Awaited<ReturnType<typeof audit>>[] = [];
    for (let run = 0; run < runs; run++) results.push(await audit(`${site}${page}`));
    const m = (key: 'performance' | 'accessibility' | 'fcp' | 'lcp' | 'tbt' | 'cls') => median(results.map((result) => result[key]));
    console.log(`${page.padEnd(24)} ${String(m('performance')).padStart(11)}  ${String(m('accessibility')).padStart(13)}  ${m('fcp').toFixed(0).padStart(7)}  ${m('lcp').toFixed(0).padStart(7)}  ${m('tbt').toFixed(0).padStart(7)}  ${m('cls').toFixed(3).padStart(6)}`);
    const failing = [...new Set(results.flatMap((result) => result.failing))];
    if (failing.length > 0) console.log(`  below full marks in some run: ${failing.join('; ')}`);
  }
  await editorScripts();
} finally {
  server.close();
}

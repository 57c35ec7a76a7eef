/**
 * The built pages' markup, read from the files the tests serve (dist/, or SERVE_DIR):
 * - every page passes the W3C Nu HTML Checker (the vnu-jar package, run with Java), except for the
 *   <style> Astro puts in the body before its first island, which the checker rejects;
 * - every page has one canonical link; a filter view (…/filter/…) is noindex and names its index;
 *   the "not found" page is noindex and has none;
 * - no two pages share a title;
 * - every table has a caption;
 * - no word runs into a code word or a link ("itssteps", "Make it yoursguide"), as happens when a
 *   line of an .astro page ends next to an inline element.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BASE_PATH, expect, test } from './helpers.ts';

const SITE = path.resolve(process.env.SERVE_DIR ?? 'dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    })
    .sort();
}

/** The page's path under the base, as served: "techniques/cold-call/". */
const pagePath = (file: string) => path.relative(SITE, file).split(path.sep).join('/').replace(/index\.html$/, '');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** Astro's own island style: `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>` in the body. */
const isAstroIslandStyle = (message: NuMessage) => /“style” element/.test(message.message) && /<style>astro-/.test(message.extract ?? '');

// The checker takes about a minute for the whole site on one core, so the pages are checked in two halves.
const PARTS = 2;
for (let part = 0; part < PARTS; part++) {
  test(`every page passes the Nu HTML Checker (part ${part + 1} of ${PARTS})`, async () => {
    test.setTimeout(600_000);
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(java.status, 'The Nu HTML Checker needs Java: install Debian\'s default-jre-headless (.ci/run does).').toBe(0);
    const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
    expect(existsSync(jar), `${jar} should exist (npm package vnu-jar)`).toBe(true);
    const files = htmlFiles(SITE).filter((_, i) => i % PARTS === part);
    expect(files.length).toBeGreaterThan(5);
    const errors: string[] = [];
    // In batches, so the command line stays short.
    for (let start = 0; start < files.length; start += 150) {
      const batch = files.slice(start, start + 150);
      const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...batch], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      // The checker writes its report to stderr, and exits 1 when it finds an error.
      const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
      for (const message of report.messages) {
        if (message.type !== 'error' && message.subType !== 'fatal') continue;
        if (isAstroIslandStyle(message)) continue;
        const file = message.url ? pagePath(decodeURIComponent(new URL(message.url).pathname)) : '?';
        errors.push(`${file} line ${message.lastLine ?? '?'}: ${message.message} [${(message.extract ?? '').replace(/\s+/g, ' ').trim()}]`);
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });
}

/** The canonical link, robots meta and title of each built page. */
function heads() {
  return htmlFiles(SITE).map((file) => {
    const html = readFileSync(file, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    return {
      page: pagePath(file),
      canonicals: [...head.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((match) => match[1]!),
      robots: /<meta name="robots" content="([^"]+)"/.exec(head)?.[1],
      title: /<title>([^<]*)<\/title>/.exec(head)?.[1],
      html,
    };
  });
}

test('every page has one canonical link; a filter view is noindex and names its index', () => {
  const failures: string[] = [];
  let filterViews = 0;
  for (const { page, canonicals, robots } of heads()) {
    if (page === '404.html') {
      if (canonicals.length > 0 || robots !== 'noindex') failures.push(`${page}: "not found" should be noindex, with no canonical link`);
      continue;
    }
    if (canonicals.length !== 1) {
      failures.push(`${page}: ${canonicals.length} canonical links`);
      continue;
    }
    const canonical = new URL(canonicals[0]!).pathname;
    const filterAt = page.indexOf('filter/');
    if (filterAt !== -1) {
      filterViews++;
      if (robots !== 'noindex') failures.push(`${page}: a filter view without noindex`);
      if (canonical !== `${BASE_PATH}${page.slice(0, filterAt)}`) failures.push(`${page}: canonical ${canonical}, not its index`);
    } else {
      if (robots) failures.push(`${page}: robots "${robots}"`);
      if (canonical !== `${BASE_PATH}${page}`) failures.push(`${page}: canonical ${canonical}`);
    }
  }
  expect(filterViews).toBeGreaterThan(0);
  expect(failures, failures.join('\n')).toEqual([]);
});

test('no two pages share a title', () => {
  const byTitle = new Map<string, string[]>();
  // A filter view is an alternate view of its index (noindex), so it may share its index's title.
  for (const { page, title } of heads()) if (!page.includes('filter/')) byTitle.set(title ?? '', [...(byTitle.get(title ?? '') ?? []), page]);
  const shared = [...byTitle].filter(([, pages]) => pages.length > 1).map(([title, pages]) => `"${title}": ${pages.join(', ')}`);
  expect(byTitle.has('')).toBe(false);
  expect(shared, shared.join('\n')).toEqual([]);
});

test('every table has a caption', () => {
  const missing: string[] = [];
  for (const { page, html } of heads()) {
    for (const match of html.matchAll(/<table\b[^>]*>\s*(<\w+)/g)) if (match[1] !== '<caption') missing.push(`${page}: a table that starts with ${match[1]}>`);
  }
  expect(missing, missing.join('\n')).toEqual([]);
});

test('no word runs into a code word or a link', () => {
  const joined: string[] = [];
  for (const { page, html } of heads()) {
    if (page.includes('filter/')) continue;
    // Page text only: an inline script's code is not prose.
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<script\b[\s\S]*?<\/script>/g, '');
    for (const match of main.matchAll(/[A-Za-z:;,]<(code|a|kbd)\b[^>]*>[^<]{0,20}|<\/(code|a|kbd)>[A-Za-z]/g)) joined.push(`${page}: …${match[0]}…`);
  }
  expect(joined, joined.join('\n')).toEqual([]);
});

/**
 * Kept up to date: every entry page shows the day its file was last committed, as git itself
 * reports it one file at a time (`git log -1`), and its review date where it has one; the "Due
 * for review" page lists the entries whose review date has passed, earliest first, and counts
 * those with none. Runs in both passes: the default playbook (no review dates) and
 * tests/fixtures/other-playbook (one overdue technique, one audit due later).
 */
import { expect, test } from './helpers.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { definitionOf } from '../../src/collections/index.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder } from '../../src/core/playbook-folder.node.ts';

const root = process.cwd();
const isOtherPlaybook = contentFolder() === path.resolve('tests/fixtures/other-playbook');
const { entries } = readContent(root, contentFolder());

/** Git's answer, or undefined where there is no git or no repository (then the site must show no dates). */
function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
const gitPath = git(['rev-parse', '--git-path', 'shallow']);
/** The hashes at a shallow clone's edge, whose dates the site must not show. */
const shallowFile = gitPath ? path.resolve(root, gitPath) : undefined;
const boundary = new Set(shallowFile && existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
/** Whether this checkout has its whole history, so most entries must show a date. */
const wholeHistory = gitPath !== undefined && boundary.size === 0;

/** The day git gives for one file's latest commit, asked the slow way, one file at a time. */
function gitDay(file: string): string | undefined {
  const [hash, date] = (git(['log', '-1', '--format=%H %cI', '--', file]) ?? '').split(' ');
  return hash && date && !boundary.has(hash) ? date.slice(0, 10) : undefined;
}

const pathOf = (entry: { collection: string; id: string }) => `${definitionOf(entry.collection).route}/${entry.id}/`;
const dueOf = (data: unknown): string | undefined => {
  const review = data && typeof data === 'object' ? (data as { review?: { due?: unknown } }).review : undefined;
  return typeof review?.due === 'string' ? review.due : undefined;
};
/** A day as readers see it: "1 September 2024". */
const inWords = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const LAST_CHANGED = /<p class="last-changed"[^>]*>[\s\S]*?<\/p>/;
const datetimeAfter = (html: string, words: string) => new RegExp(`${words} <time datetime="([0-9-]+)"`).exec(html)?.[1];

test('each entry page shows the day git last changed its file, and its review date', async ({ page }) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  let dated = 0;
  for (const entry of entries) {
    const response = await page.request.get(pathOf(entry));
    expect(response.ok(), pathOf(entry)).toBe(true);
    const line = LAST_CHANGED.exec(await response.text())?.[0] ?? '';
    // An entry in a shared list file (a strand in strands.yaml) has no date of its own.
    const expected = definitionOf(entry.collection).format === 'yaml-list' ? undefined : gitDay(entry.file);
    const shown = datetimeAfter(line, 'Last changed');
    if (shown !== expected) failures.push(`${pathOf(entry)}: shows last changed ${shown ?? '(nothing)'}, git says ${expected ?? '(no date)'}`);
    if (shown) dated += 1;
    const due = dueOf(entry.data);
    const shownDue = datetimeAfter(line, '(?:Next review due|Review overdue since)');
    if (shownDue !== due) failures.push(`${pathOf(entry)}: shows review due ${shownDue ?? '(nothing)'}, the entry says ${due ?? '(none)'}`);
  }
  expect(failures).toEqual([]);
  // With the whole history here, most entries have a date: this is not a test of nothing.
  if (wholeHistory) expect(dated).toBeGreaterThan(entries.filter((entry) => definitionOf(entry.collection).format !== 'yaml-list').length / 2);
});

test('the last-changed line is visible at the foot of an entry, in words', async ({ page }) => {
  test.skip(!wholeHistory, 'no whole git history in this checkout: the first test checks that no page shows a date');
  const entry = entries.find((candidate) => definitionOf(candidate.collection).format !== 'yaml-list' && gitDay(candidate.file))!;
  await page.goto(pathOf(entry));
  const line = page.locator('.last-changed');
  await expect(line).toBeVisible();
  await expect(line).toContainText(`Last changed ${inWords(gitDay(entry.file)!)}`);
});

test('the footer links to "Due for review", which lists what is overdue, earliest first, and counts entries with no review date', async ({ page }) => {
  await page.goto('');
  await page.locator('.site-footer').getByRole('link', { name: 'Due for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due for review' })).toBeVisible();
  // The page says which day it counts from: the day of the build.
  const day = await page.locator('.lede time').getAttribute('datetime');
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const overdue = entries
    .map((entry) => ({ entry, due: dueOf(entry.data) }))
    .filter((item): item is { entry: (typeof entries)[number]; due: string } => item.due !== undefined && item.due < day!)
    .sort((a, b) => a.due.localeCompare(b.due));
  if (isOtherPlaybook) expect(overdue.map((item) => item.entry.id)).toEqual(['choral-response']);

  const section = page.locator('[data-review-list="overdue"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`Overdue (${overdue.length})`);
  const links = section.locator('.review-item__title');
  await expect(links).toHaveCount(overdue.length);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(hrefs.map((href) => href!.replace(/^.*?\/(?=[^/]+\/[^/]+\/$)/, ''))).toEqual(overdue.map((item) => pathOf(item.entry)));
  if (overdue.length === 0) await expect(section).toContainText('Nothing is overdue.');

  const undated = entries.filter((entry) => dueOf(entry.data) === undefined).length;
  await expect(page.getByRole('heading', { level: 2, name: `No review date (${undated})` })).toBeVisible();

  if (isOtherPlaybook) {
    // The overdue technique shows its due date, its note and its last change, and its link leads to it.
    const item = section.locator('.review-item').first();
    const dateOf = (term: string) => item.locator('.review-item__dates div', { has: page.locator('dt', { hasText: term }) }).locator('dd');
    await expect(dateOf('Review due')).toHaveText('1 September 2024');
    const changed = gitDay(overdue[0]!.entry.file);
    if (changed) await expect(dateOf('Last changed')).toHaveText(inWords(changed));
    else await expect(dateOf('Last changed')).toHaveCount(0);
    await expect(item.locator('.review-item__note')).toHaveText("Check the cue against the handbook's new transitions routine.");
    await expect(page.locator('[data-review-list="later"] .review-item__title')).toHaveText(['Reading lessons self-check']);
    await links.first().click();
    await expect(page.locator('.last-changed')).toContainText('Review overdue since 1 September 2024');
  }
});

/**
 * The playbook as a book (book/): the page has a cover, a contents list that links to every part,
 * every technique once, no duplicate ids and no axe violations; choosing parts hides the rest; and
 * the PDF that `npm run book` writes (scripts/book-writer.ts) has a numbered contents list, a page
 * number on every page, and each technique starting on a page of its own. The PDF is read with
 * pdftotext (Debian's poppler-utils). How long the PDF takes is reported, not asserted (speed is a
 * benchmark's business): `npm run book` prints it for the whole book.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { COLLECTIONS, definitionOf } from '../../src/collections/index.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { writeBookPdf } from '../../scripts/book-writer.ts';
// The book's words in the playbook's language: this spec runs on the French fixture too.
import { book as words, format } from '../../src/strings/index.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const playbook = readPlaybook(contentFolder())!;
const { entries } = readContent(process.cwd(), contentFolder());
const techniques = definitionOf('techniques');
const titleOf = (data: Record<string, unknown>) => String(data.title);
const techniqueEntries = entries.filter((entry) => entry.collection === 'techniques');
/** Parts the book has: every collection with entries, except strands (they open the technique chapters). */
const partKeys = COLLECTIONS.filter((definition) => definition.name !== 'strands' && entries.some((entry) => entry.collection === definition.name)).map((definition) => definition.route);

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
}

test('the book page has a cover, a contents list linking to each part, every technique once, and passes axe', async ({ page }) => {
  // The whole book is one long page: axe takes about three minutes over it on a busy machine.
  test.setTimeout(420_000);
  await page.goto('book/');
  const cover = page.locator('.book-cover');
  await expect(cover.getByRole('heading', { level: 1 })).toHaveText(playbook.name);
  await expect(cover).toContainText(playbook.organisation);

  const contents = page.getByRole('navigation', { name: words.contentsHeading });
  for (const key of partKeys) {
    const link = contents.locator(`a[href="#part-${key}"]`);
    await expect(link, `the contents should link to the ${key} part`).toHaveCount(1);
    await expect(page.locator(`#part-${key}`)).toHaveCount(1);
  }
  // Every link in the contents and every cross-reference leads somewhere in the book.
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.book-contents a, a.xref')].map((link) => link.getAttribute('href')!).filter((href) => !document.getElementById(href.slice(1))),
  );
  expect(broken).toEqual([]);

  const headings = await page.locator('.book-entry.technique .book-entry__title').allTextContents();
  // Each technique's title heads exactly one entry (a technique may share its name with a section, such as "Worked examples").
  expect(headings.sort()).toEqual(techniqueEntries.map((entry) => titleOf(entry.data as Record<string, unknown>)).sort());
  // Islands give way to their paper versions: nothing is hydrated in the book.
  await expect(page.locator('astro-island')).toHaveCount(0);
  expect(await duplicateIds(page)).toEqual([]);

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
});

test('a reader can choose two strands, and only their techniques show', async ({ page }) => {
  await page.goto('book/');
  const chooser = page.locator('form[data-book-chooser]');
  await expect(chooser).toBeVisible();
  const chapters = chooser.locator(`input[data-chapter-of="${techniques.route}"]`);
  const chosen = (await chapters.evaluateAll((boxes: HTMLInputElement[]) => boxes.map((box) => box.value))).slice(0, 2);
  for (const box of await chooser.locator('input[data-part]').all()) await box.uncheck();
  for (const value of chosen) await chooser.locator(`input[value="${value}"]`).check();
  await chooser.getByRole('button', { name: words.showChoice }).click();
  // The choice is sent in the address and the page loads again: wait for that page's scripts, or
  // the book may be read half-parsed (a translation's status can start with a number, so its
  // text alone cannot tell the two pages apart).
  await page.waitForURL(/include=/, { waitUntil: 'load' });
  const status = chooser.locator('[data-book-status]');
  await expect(status).not.toBeEmpty();
  await expect(status).not.toHaveText(words.showingWhole);

  const strandIds = chosen.map((value) => value.split('/')[1]);
  const expected = techniqueEntries.filter((entry) => strandIds.includes((entry.data as { strand: string }).strand)).map((entry) => titleOf(entry.data as Record<string, unknown>));
  const visible = await page.locator('.book-entry.technique .book-entry__title').evaluateAll((headings) => headings.filter((heading) => heading.closest('[hidden]') === null).map((heading) => heading.textContent));
  expect(visible.sort()).toEqual(expected.sort());
  for (const key of partKeys.filter((key) => key !== techniques.route)) await expect(page.locator(`#part-${key}`)).toBeHidden();
  // Cross-references into what is hidden go back to the entry's own page.
  const intoHidden = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a.xref')].filter((link) => document.getElementById(link.getAttribute('href')!.slice(1))?.closest('[hidden]')).length);
  expect(intoHidden).toBe(0);
});

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((file) => existsSync(file));

test('the PDF has a numbered contents list, a page number on every page, and each technique on a new page', async ({ browser, baseURL }) => {
  test.skip(!pdftotext, 'pdftotext (Debian: poppler-utils) reads the PDF; .ci/run installs it');
  test.setTimeout(120_000);
  // Two chapters of techniques and the sequences keep the test short; the whole book is `npm run book`.
  const probe = await browser.newPage();
  await probe.goto(`${baseURL}book/`);
  const chapterKeys = (await probe.locator(`input[data-chapter-of="${techniques.route}"]`).evaluateAll((boxes: HTMLInputElement[]) => boxes.map((box) => box.value))).slice(0, 2);
  await probe.close();
  const include = [...chapterKeys, ...partKeys.filter((key) => key !== techniques.route).slice(0, 1)];
  const started = Date.now();
  const book = await writeBookPdf(browser, { url: `${baseURL}book/`, include, footer: format(words.footer, { name: playbook.name, organisation: playbook.organisation }) });
  const seconds = (Date.now() - started) / 1000;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'book-')), 'book.pdf');
  writeFileSync(file, book.pdf);
  console.log(`PDF of ${include.join(', ')}: ${book.pages} pages in ${seconds.toFixed(1)} s, ${book.passes} passes`);

  const pages = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, book.pages);
  expect(pages).toHaveLength(book.pages);
  // A page number on every page, from the footer.
  pages.forEach((text, i) => expect(text, `page ${i + 1} should carry its number`).toContain(format(words.pageNumber, { page: i + 1, pages: book.pages })));
  // The contents list, on page 2, gives each technique's page.
  expect(pages[1]).toMatch(new RegExp(`^\\s*${words.contentsHeading}`));
  const strandIds = chapterKeys.map((key) => key.split('/')[1]);
  const chosen = techniqueEntries.filter((entry) => strandIds.includes((entry.data as { strand: string }).strand));
  expect(chosen.length).toBeGreaterThan(0);
  expect(book.unnumbered).toEqual([]);
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const entry of chosen) {
    const title = titleOf(entry.data as Record<string, unknown>);
    const anchor = `${techniques.route}--${entry.id}`;
    const at = book.destinations.get(anchor);
    expect(at, `the PDF should locate ${title}`).toBeDefined();
    // The contents line: title, leaders, the page number.
    expect(squash(pages[1]!), `the contents should give ${title} its page`).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]+ ${at}\\b`));
    // The technique starts its page: its type and title are the first words on it.
    expect(squash(pages[at! - 1]!), `${title} should start page ${at}`).toMatch(new RegExp(`^${techniques.labels.type} ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'));
  }
  // No two techniques share a page.
  expect(new Set(chosen.map((entry) => book.destinations.get(`${techniques.route}--${entry.id}`))).size).toBe(chosen.length);
});

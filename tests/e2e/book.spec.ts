/**
 * The playbook as a book (book/): the page has a cover, a contents list that links to every part,
 * every technique once, no duplicate ids and no axe violations; choosing parts hides the rest;
 * the print button prints what is ticked (the browser's print, as Chromium writes it with
 * `page.pdf`): only the chosen parts' pages, counted as chosen, with no dot leaders leading to
 * page numbers it does not have; the link to the whole book's PDF shows only where `npm run book`
 * wrote one, and the page never asks for a PDF; and the PDF that `npm run book` writes (scripts/book-writer.ts) has a numbered contents list
 * with leaders, a page number on every page, and each technique starting on a page of its own. PDFs
 * are read with pdftotext (Debian's poppler-utils). How long the PDF takes is reported, not
 * asserted (speed is a benchmark's business): `npm run book` prints it for the whole book.
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
import { readPdf } from '../../src/lib/book/pdf.ts';
import { BOOK_PDF_FILE, showPdfLink } from '../../src/lib/book/published.ts';
import { partSize } from '../../src/lib/book/size.ts';
// The book's words in the playbook's language: this spec runs on the French fixture too.
import { book as words, entries as entryWords, format } from '../../src/strings/index.ts';

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
  // The choice is shown in place and put in the address.
  await page.waitForURL(/include=/);
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

  // The address keeps the choice: loaded again, the page shows the same; back shows the whole book again.
  await page.reload();
  await expect(status).not.toHaveText(words.showingWhole);
  await expect(page.locator(`#part-${partKeys.find((key) => key !== techniques.route)}`)).toBeHidden();
  await page.goBack();
  await expect(status).toHaveText(words.showingWhole);
  await expect(page.locator(`#part-${partKeys.find((key) => key !== techniques.route)}`)).toBeVisible();
});

const byRoute = (key: string) => COLLECTIONS.find((definition) => definition.route === key)!;
/** The anchor of an entry in the book, and of a part (src/components/book/plan.ts). */
const anchorOf = (entry: { collection: string; id: string }) => `${definitionOf(entry.collection).route}--${entry.id}`;
const partAnchor = (key: string) => `part-${key}`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((file) => existsSync(file));

/** The text of each page of a PDF, by pdftotext. */
function pdfPages(pdf: Buffer, pages: number): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'book-')), 'book.pdf');
  writeFileSync(file, pdf);
  return execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
}

/** Records each call of window.print (with the address's query at that moment) instead of opening the print dialog. */
async function recordPrints(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, 'printCalls', { value: calls });
    window.print = () => void calls.push(window.location.search);
  });
  return () => page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
}

test('the print button prints the ticked parts only, counted as chosen, without leaders to page numbers it lacks', async ({ page }) => {
  test.skip(!pdftotext, 'pdftotext (Debian: poppler-utils) reads the PDF; .ci/run installs it');
  test.setTimeout(180_000);
  const prints = await recordPrints(page);
  await page.goto('book/');
  const chooser = page.locator('form[data-book-chooser]');
  const wholeSize = await page.locator(`#part-${techniques.route} [data-book-size]`).textContent();
  // Two parts: two chapters (strands) of the techniques, and the smallest other part that gives each entry its own page.
  const chapterKeys = (await chooser.locator(`input[data-chapter-of="${techniques.route}"]`).evaluateAll((boxes: HTMLInputElement[]) => boxes.map((box) => box.value))).slice(0, 2);
  const otherKey = partKeys
    .filter((key) => key !== techniques.route && byRoute(key).format !== 'yaml-list')
    .map((key) => ({ key, size: entries.filter((entry) => definitionOf(entry.collection).route === key).length }))
    .sort((a, b) => a.size - b.size)[0]!.key;
  for (const box of await chooser.locator('input[data-part]').all()) await box.uncheck();
  for (const value of [...chapterKeys, otherKey]) await chooser.locator(`input[value="${value}"]`).check();
  // Printed straight from the boxes, without "Show my choice" first.
  await chooser.getByRole('button', { name: words.print }).click();
  const printed = await prints();
  expect(printed).toHaveLength(1);
  expect(new URLSearchParams(printed[0]).getAll('include').sort()).toEqual([...chapterKeys, otherKey].sort());

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const facts = readPdf(pdf);
  const pages = pdfPages(pdf, facts.pages);
  console.log(`Printed ${chapterKeys.join(', ')} and ${otherKey} from the browser: ${facts.pages} pages`);

  // What the choice holds, from the content files: the chosen strands (opening their chapters) and their techniques, and the other part's entries.
  const strandIds = chapterKeys.map((key) => key.split('/')[1]);
  const chosenTechniques = techniqueEntries.filter((entry) => strandIds.includes((entry.data as { strand: string }).strand));
  const openers = entries.filter((entry) => entry.collection === 'strands' && strandIds.includes(entry.id));
  const otherEntries = entries.filter((entry) => definitionOf(entry.collection).route === otherKey);
  expect(chosenTechniques.length).toBeGreaterThan(0);
  // Every part and entry of the book, by its anchor; the PDF locates (as a named destination) exactly the chosen ones.
  const everyAnchor = new Set([...entries.map(anchorOf), ...partKeys.map(partAnchor)]);
  const located = [...facts.destinations.keys()].filter((name) => everyAnchor.has(name)).sort();
  expect(located).toEqual([partAnchor(techniques.route), partAnchor(otherKey), ...[...chosenTechniques, ...openers, ...otherEntries].map(anchorOf)].sort());
  // Each technique starts a page, and the pages that start with a technique are the chosen techniques' and no others.
  const techniqueStarts = pages.filter((text) => new RegExp(`^${escapeRegExp(techniques.labels.type)}\\s`, 'i').test(squash(text)));
  expect(techniqueStarts).toHaveLength(chosenTechniques.length);
  for (const entry of chosenTechniques) {
    const at = facts.destinations.get(anchorOf(entry))!;
    expect(squash(pages[at - 1]!), `${titleOf(entry.data as Record<string, unknown>)} should start page ${at}`).toMatch(new RegExp(`^${escapeRegExp(techniques.labels.type)} ${escapeRegExp(titleOf(entry.data as Record<string, unknown>))}`, 'i'));
  }

  // The parts' sizes under their titles count what is printed, not the whole book.
  const text = squash(pages.join(' '));
  const chosenSize = partSize({ entries: chosenTechniques.length, chapters: chapterKeys.length, singular: techniques.labels.singular, plural: techniques.labels.plural });
  expect(text).toContain(chosenSize);
  if (wholeSize !== chosenSize) expect(text).not.toContain(squash(wholeSize ?? ''));
  const other = byRoute(otherKey).labels;
  expect(text).toContain(partSize({ entries: otherEntries.length, singular: other.singular, plural: other.plural }));
  // An entry page's own print buttons stay off the book's paper.
  for (const label of [entryWords.printWithExamples, entryWords.printCard, entryWords.printPlan, entryWords.printHandout, entryWords.printRubric]) expect(text).not.toContain(label);
  // The contents (page 2) lists the chosen entries, with no dot leaders: a browser's print has no page numbers for them to lead to.
  expect(pages[1]).toMatch(new RegExp(`^\\s*${escapeRegExp(words.contentsHeading)}`));
  for (const entry of chosenTechniques) expect(squash(pages[1]!)).toContain(titleOf(entry.data as Record<string, unknown>));
  expect(pages[1]).not.toMatch(/\. \. \./);
});

test('with nothing ticked, the print button says so by the buttons and prints nothing', async ({ page }) => {
  // The whole book is one long page: on a busy machine, loading and ticking it takes a while.
  test.setTimeout(180_000);
  const prints = await recordPrints(page);
  await page.goto('book/');
  const chooser = page.locator('form[data-book-chooser]');
  for (const box of await chooser.locator('input[data-part]').all()) await box.uncheck();
  await chooser.getByRole('button', { name: words.print }).click();
  const status = chooser.locator('[data-book-status]');
  await expect(status).toHaveText(words.chooseSomething);
  await expect(status).toBeInViewport();
  expect(await prints()).toEqual([]);
  // The whole book still shows, as the address says.
  await expect(page.locator(`#part-${techniques.route}`)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('form[data-book-chooser]').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('the book page links to the whole book as a PDF only where the site has one, and never asks for one it lacks', async ({ page, baseURL }) => {
  const pdfURL = `${baseURL}${BOOK_PDF_FILE}`;
  const link = page.getByRole('link', { name: words.pdfLink });
  // The site as the tests build it has no PDF: no link, and no request for the file.
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url() === pdfURL) asked.push(request.method());
  });
  await page.goto('book/');
  await expect(page.locator('form[data-book-chooser]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(link).toHaveCount(0);
  expect(asked).toEqual([]);

  // `npm run book` writes the PDF and shows the link in the built page (showPdfLink): the page as it would then be served.
  const built = await (await page.request.get('book/')).text();
  const published = showPdfLink(built, format(words.pdfSize, { size: 2.5 }));
  expect(published, 'the built book page holds the hidden link that `npm run book` shows').toBeDefined();
  await page.route(`${baseURL}book/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: published! }));
  await page.reload();
  await expect(link).toBeVisible();
  expect(new URL(await link.evaluate((anchor: HTMLAnchorElement) => anchor.href)).href).toBe(pdfURL);
  await expect(page.locator('[data-book-pdf]')).toContainText(format(words.pdfSize, { size: 2.5 }));
  const axe = await new AxeBuilder({ page }).include('[data-book-pdf]').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Without JavaScript the link shows too: it is in the page, not added by a script.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const still = await context.newPage();
    await still.route(`${baseURL}book/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: published! }));
    await still.goto('book/');
    await expect(still.getByRole('link', { name: words.pdfLink })).toBeVisible();
  } finally {
    await context.close();
  }
});

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
  console.log(`PDF of ${include.join(', ')}: ${book.pages} pages in ${seconds.toFixed(1)} s, ${book.passes} passes`);

  const pages = pdfPages(book.pdf, book.pages);
  expect(pages).toHaveLength(book.pages);
  // A page number on every page, from the footer.
  pages.forEach((text, i) => expect(text, `page ${i + 1} should carry its number`).toContain(format(words.pageNumber, { page: i + 1, pages: book.pages })));
  // The contents list, on page 2, gives each technique's page, with dot leaders to it.
  expect(pages[1]).toMatch(new RegExp(`^\\s*${words.contentsHeading}`));
  expect(pages[1]).toMatch(/\. \. \./);
  const strandIds = chapterKeys.map((key) => key.split('/')[1]);
  const chosen = techniqueEntries.filter((entry) => strandIds.includes((entry.data as { strand: string }).strand));
  expect(chosen.length).toBeGreaterThan(0);
  expect(book.unnumbered).toEqual([]);
  for (const entry of chosen) {
    const title = titleOf(entry.data as Record<string, unknown>);
    const anchor = `${techniques.route}--${entry.id}`;
    const at = book.destinations.get(anchor);
    expect(at, `the PDF should locate ${title}`).toBeDefined();
    // The contents line: title, leaders, the page number.
    expect(squash(pages[1]!), `the contents should give ${title} its page`).toMatch(new RegExp(`${escapeRegExp(title)}[ .]+ ${at}\\b`));
    // The technique starts its page: its type and title are the first words on it.
    expect(squash(pages[at! - 1]!), `${title} should start page ${at}`).toMatch(new RegExp(`^${escapeRegExp(techniques.labels.type)} ${escapeRegExp(title)}`, 'i'));
  }
  // No two techniques share a page.
  expect(new Set(chosen.map((entry) => book.destinations.get(`${techniques.route}--${entry.id}`))).size).toBe(chosen.length);
});

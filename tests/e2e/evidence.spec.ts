/**
 * The mentor evidence form: answers autosaved and kept after a reload, the application as text and
 * as a Word document (read back with a .docx reader), printing with lines to sign, export, delete
 * and import, a bad file refused, and axe.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { axeViolations, downloadText, storedEntries } from './island-helpers.ts';

/** Opens the first mentor criteria set from its index and waits for the evidence form. */
async function openCriteriaSet(page: Page) {
  await page.goto('mentor-criteria/');
  const href = (await page.locator('main a[href*="mentor-criteria/"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).find((url) => /\/mentor-criteria\/[^/]+\/$/.test(url));
  await page.goto(href!);
  const form = page.getByRole('region', { name: 'Your evidence' });
  await expect(form).toBeVisible();
  return form;
}

test('evidence is autosaved, kept after a reload and written out as an application', async ({ page }) => {
  const form = await openCriteriaSet(page);
  expect(await axeViolations(page), 'empty').toEqual([]);
  const count = await form.locator('textarea').count();
  expect(count).toBeGreaterThan(0);
  await form.getByLabel('Your name').fill('Sam Patel');
  const firstAnswer = form.locator('textarea').first();
  const firstLabel = (await form.locator('.ev-criterion label').first().textContent())!.replace(/^\d+\.\s*/, '');
  await firstAnswer.fill('In March I filmed a debrief and counted who talked most.');
  await expect(form.getByRole('status').filter({ hasText: 'criteria answered' })).toHaveText(`1 of ${count} criteria answered`);
  // The evidence prompt describes the box.
  await expect(firstAnswer).toHaveAccessibleDescription((await form.locator('.ev-prompt').first().textContent())!);
  expect(await axeViolations(page), 'partly answered').toEqual([]);

  await page.reload();
  const again = page.getByRole('region', { name: 'Your evidence' });
  await expect(again.locator('textarea').first()).toHaveValue('In March I filmed a debrief and counted who talked most.');
  await expect(again.getByLabel('Your name')).toHaveValue('Sam Patel');

  const today = new Date().toISOString().slice(0, 10);
  const application = await downloadText(page, again.getByRole('button', { name: 'Download as plain text' }));
  expect(application.name).toMatch(new RegExp(`-application-sam-patel-${today}\\.txt$`));
  expect(application.text).toContain('Name: Sam Patel');
  expect(application.text).toContain(`1. ${firstLabel}`);
  expect(application.text).toContain('In March I filmed a debrief and counted who talked most.');
  expect(application.text).toContain('(no answer yet)');

  // The Word document is its own test below.
});

test('the Word document is a real .docx, made by code loaded only when asked for, under a policy that forbids eval', async ({ page }) => {
  // A strict Content Security Policy on the page: scripts from the site only, and no eval or new Function.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|EvalError/i.test(message.text())) violations.push(message.text());
  });
  await page.route(/\/mentor-criteria\/[^/]+\/$/, async (route) => {
    const response = await route.fetch();
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`)));
  const form = await openCriteriaSet(page);
  const firstLabel = (await form.locator('.ev-criterion label').first().textContent())!.replace(/^\d+\.\s*/, '');
  await form.getByLabel('Your name').fill('Zoë Café');
  await form.locator('textarea').nth(0).fill('Pupils <b>& staff</b> said "yes".\n\nA second paragraph.');
  const before = scripts.length;
  expect(scripts.some((script) => /\/document\.[\w-]+\.js$/.test(script)), 'the document code is not loaded with the page').toBe(false);

  const button = form.getByRole('button', { name: 'Download as a Word document (.docx)' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toMatch(new RegExp(`-application-zoe-cafe-${today}\\.docx$`));
  expect(scripts.slice(before).some((script) => /\/document\.[\w-]+\.js$/.test(script)), 'the document code is loaded on the press').toBe(true);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1'), 'a zip file, as a .docx is').toBe('PK');
  // Opened with a library that reads .docx as Word does.
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes });
  expect(messages).toEqual([]);
  expect(html).toContain('<p><strong>Name:</strong> Zoë Café</p>');
  expect(html).toContain(`<h2>1. ${firstLabel}</h2>`);
  expect(html).toContain('<p>Pupils &lt;b&gt;&amp; staff&lt;/b&gt; said "yes".</p><p>A second paragraph.</p>');
  expect(html).toContain('<h2>Signatures</h2>');
  expect(html).toContain('<h3>Confirmed by</h3>');
  await expect(form.getByRole('status').filter({ hasText: 'Word document' })).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('if the Word document cannot be made, the form says so beside the button and the evidence stays', async ({ page }) => {
  await page.route(/\/_astro\/document\.[\w-]+\.js$/, (route) => route.abort());
  const form = await openCriteriaSet(page);
  await form.locator('textarea').first().fill('Kept');
  const button = form.getByRole('button', { name: 'Download as a Word document (.docx)' });
  await button.click();
  const status = form.getByRole('status').filter({ hasText: 'Word document' });
  await expect(status).toHaveText('The Word document could not be made: check your connection and try again. Your evidence is saved.');
  await expect(status).toBeInViewport();
  await expect(form.locator('textarea').first()).toHaveValue('Kept');
});

test('printing gives the application alone, once, with nothing cut off', async ({ page }) => {
  const form = await openCriteriaSet(page);
  await form.getByLabel('Your name').fill('Sam Patel');
  const count = await form.locator('textarea').count();
  const long = 'Evidence '.repeat(300) + 'https://example.org/a-very-long-unbroken-address-' + 'x'.repeat(200);
  for (let index = 0; index < count; index++) await form.locator('textarea').nth(index).fill(long);
  await expect(form.getByRole('button', { name: 'Print the application (or save it as PDF)' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const application = page.locator('.ev-print');
  await expect(application).toBeVisible();
  await expect(application.locator('p').nth(1)).toContainText('Name: Sam Patel');
  // Each criterion is printed once: in the application, not again from the page's own list.
  const firstTitle = (await application.locator('h3').first().textContent())!.replace(/^\d+\.\s*/, '');
  const visibleTitles = await page.getByText(firstTitle, { exact: false }).evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null || (node as HTMLElement).getClientRects().length > 0).length);
  expect(visibleTitles).toBe(1);
  await expect(form.locator('textarea').first()).toBeHidden();
  // No answer box runs past the page's right edge.
  const overflow = await application.locator('.ev-print__answer').evaluateAll((boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
  expect(Math.max(...overflow)).toBe(0);
  const right = await application.evaluate((element) => element.getBoundingClientRect().right);
  const boxesRight = await application.locator('.ev-print__answer').evaluateAll((boxes) => Math.max(...boxes.map((box) => box.getBoundingClientRect().right)));
  expect(boxesRight).toBeLessThanOrEqual(right + 0.5);
  // It ends with lines to sign and date: the applicant's, with their name, and whoever confirms the evidence.
  const signatures = application.locator('.ev-print__signatures');
  await expect(signatures.locator('h3')).toHaveText('Signatures');
  await expect(signatures.locator('h3')).toBeVisible();
  const signers = signatures.locator('.ev-print__signer');
  await expect(signers).toHaveCount(2);
  await expect(signers.nth(0).locator('h4')).toHaveText('Applicant');
  await expect(signers.nth(0).locator('.ev-print__line')).toHaveText(['Name: Sam Patel', 'Signature:', 'Date:']);
  await expect(signers.nth(1).locator('h4')).toHaveText('Confirmed by');
  await expect(signers.nth(1).locator('.ev-print__line')).toHaveText(['Name:', 'Role:', 'Signature:', 'Date:']);
  // Each line has room to write on, inside the page, and the two signers sit side by side.
  const lines = await signatures.locator('.ev-print__write').evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect()));
  for (const line of lines) {
    expect(line.width).toBeGreaterThan(100);
    expect(line.right).toBeLessThanOrEqual(right + 0.5);
  }
  const [applicant, confirmer] = await signers.evaluateAll((blocks) => blocks.map((block) => block.getBoundingClientRect()));
  expect(confirmer!.left).toBeGreaterThan(applicant!.right);
  expect(await signatures.evaluate((block) => getComputedStyle(block).breakInside)).toBe('avoid');
  // On screen the lines are not shown: they are for paper.
  await page.emulateMedia({ media: 'screen' });
  await expect(signatures).toBeHidden();
});

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((file) => existsSync(file));

test('on paper, the lines to sign are kept together on the last page', async ({ page }) => {
  test.skip(!pdftotext, 'pdftotext (Debian: poppler-utils) reads the PDF; .ci/run installs it');
  const form = await openCriteriaSet(page);
  await form.getByLabel('Your name').fill('Sam Patel');
  const count = await form.locator('textarea').count();
  for (let index = 0; index < count; index++) await form.locator('textarea').nth(index).fill('Evidence of what I did and what changed. '.repeat(12));
  await page.emulateMedia({ media: 'print' });
  const file = test.info().outputPath('application.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const pages = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((text) => text.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  const last = pages.at(-1)!;
  for (const words of ['Signatures', 'Applicant', 'Confirmed by', 'Name: Sam Patel', 'Role:']) expect(last, words).toContain(words);
  expect(pages.slice(0, -1).join('')).not.toContain('Confirmed by');
});

test('export, delete and import bring the evidence back; a bad file changes nothing', async ({ page }) => {
  const form = await openCriteriaSet(page);
  await form.locator('textarea').nth(0).fill('First answer');
  await form.locator('textarea').nth(1).fill('Second answer, with "quotes"');
  const exported = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));

  await form.getByRole('button', { name: 'Delete my data' }).click();
  await form.getByRole('button', { name: 'Yes, delete my data' }).click();
  await expect(form.locator('textarea').nth(0)).toHaveValue('');
  // The message appears beside the button, on screen, and takes focus.
  const deleted = form.locator('[id$="-delete-message"]');
  await expect(deleted).toContainText('has been deleted');
  await expect(deleted).toBeFocused();
  await expect(deleted).toBeInViewport();

  const importer = form.getByLabel('Import evidence from an exported file (JSON)');
  const message = form.locator('[id$="-import-message"]');
  await importer.setInputFiles({ name: 'evidence.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect(message).toContainText('Imported 2 answers');
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
  await expect(deleted).toHaveCount(0);
  await expect(form.locator('textarea').nth(0)).toHaveValue('First answer');
  await expect(form.locator('textarea').nth(1)).toHaveValue('Second answer, with "quotes"');
  const again = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));
  expect(again.text).toBe(exported.text);

  const other = JSON.stringify({ ...JSON.parse(exported.text), set: 'another-set', title: 'Another set' });
  await importer.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(message).toContainText('“other.json” was not imported, and nothing saved has changed. This file is evidence for other criteria: “Another set”');
  await expect(message).toBeFocused();
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(message).toContainText('could not be read as saved evidence');
  await expect(message).not.toContainText('Another set');
  await expect(message.locator('details p')).toBeHidden();
  await message.locator('details summary').click();
  await expect(message.locator('details p')).toContainText('not valid JSON');
  await expect(form.locator('textarea').nth(0)).toHaveValue('First answer');
});

test('unreadable saved evidence is set aside, offered for download on every visit, and the form starts empty', async ({ page }) => {
  const form = await openCriteriaSet(page);
  await form.locator('textarea').first().fill('Kept safe');
  const [key] = Object.keys(await storedEntries(page, ':mentor-evidence:'));
  expect(key).toBeTruthy();
  const damaged = '{"version":1,"set":"not-this-set","applicant":{"name":"","school":""},"answers":{}}';
  await page.evaluate(([storageKey, text]) => localStorage.setItem(storageKey!, text!), [key!, damaged]);
  for (const visit of [1, 2]) {
    await page.reload();
    const again = page.getByRole('region', { name: 'Your evidence' });
    await expect(again.getByRole('alert'), `visit ${visit}`).toContainText('Your saved evidence could not be read');
    await expect(again.getByRole('alert')).toContainText('set aside in a backup');
    await expect(again.locator('textarea').first()).toHaveValue('');
    const download = await downloadText(page, again.getByRole('button', { name: 'Download the unreadable data' }));
    expect(download.text).toBe(damaged);
    expect(download.name).toMatch(/-unreadable-data-\d{4}-\d{2}-\d{2}\.txt$/);
  }
  expect(Object.values(await storedEntries(page, `${key}:backup:`))).toEqual([damaged]);
  expect(await axeViolations(page)).toEqual([]);
});

/**
 * The mentor evidence form: answers autosaved and kept after a reload, the application as text,
 * export, delete and import, a bad file refused, and axe.
 */
import { expect, test, type Page } from '@playwright/test';
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

  // The document a school can file: HTML that Word and any browser open, escaped, loading nothing.
  await again.locator('textarea').nth(1).fill('Pupils <b>& staff</b> said "yes".\n\nA second paragraph.');
  const documentFile = await downloadText(page, again.getByRole('button', { name: 'Download as a document (opens in Word)' }));
  expect(documentFile.name).toMatch(new RegExp(`-application-sam-patel-${today}\\.html$`));
  expect(documentFile.text).toMatch(/^<!DOCTYPE html>/);
  expect(documentFile.text).toContain('<td>Sam Patel</td>');
  expect(documentFile.text).toContain('<p>Pupils &lt;b&gt;&amp; staff&lt;/b&gt; said &quot;yes&quot;.</p>\n<p>A second paragraph.</p>');
  expect(documentFile.text).not.toMatch(/<script|<link|src=|https?:/);
  const opened = await page.context().newPage();
  await opened.setContent(documentFile.text);
  await expect(opened.getByRole('heading', { level: 2 }).first()).toContainText(`1. ${firstLabel}`);
  await opened.close();
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
  await expect(application.getByText('Sam Patel')).toBeVisible();
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

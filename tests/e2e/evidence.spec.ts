/**
 * The mentor evidence form: answers autosaved and kept after a reload, the application as text,
 * export, delete and import, a bad file refused, and axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, downloadText } from './island-helpers.ts';

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

  const application = await downloadText(page, again.getByRole('button', { name: 'Download as an application (text)' }));
  expect(application.text).toContain('Name: Sam Patel');
  expect(application.text).toContain(`1. ${firstLabel}`);
  expect(application.text).toContain('In March I filmed a debrief and counted who talked most.');
  expect(application.text).toContain('(no answer yet)');
  await expect(again.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('export, delete and import bring the evidence back; a bad file changes nothing', async ({ page }) => {
  const form = await openCriteriaSet(page);
  await form.locator('textarea').nth(0).fill('First answer');
  await form.locator('textarea').nth(1).fill('Second answer, with "quotes"');
  const exported = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));

  await form.getByRole('button', { name: 'Delete my data' }).click();
  await form.getByRole('button', { name: 'Yes, delete my data' }).click();
  await expect(form.locator('textarea').nth(0)).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Delete my data' })).toBeFocused();

  const importer = form.getByLabel('Import evidence from an exported file (JSON)');
  await importer.setInputFiles({ name: 'evidence.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect(form.getByRole('status').filter({ hasText: 'Imported 2 answers' })).toBeVisible();
  await expect(form.locator('textarea').nth(0)).toHaveValue('First answer');
  await expect(form.locator('textarea').nth(1)).toHaveValue('Second answer, with "quotes"');
  const again = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));
  expect(again.text).toBe(exported.text);

  const other = JSON.stringify({ ...JSON.parse(exported.text), set: 'another-set', title: 'Another set' });
  await importer.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(form.getByRole('alert')).toContainText('“other.json” was not imported, and nothing saved has changed. It holds evidence for “Another set”');
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(form.getByRole('alert')).toContainText('It is not a valid JSON file');
  await expect(form.locator('textarea').nth(0)).toHaveValue('First answer');
});

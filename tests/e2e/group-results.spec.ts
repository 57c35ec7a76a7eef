/**
 * Group results: 50 files generated from a real export of the mentor skills audit (2 of them
 * bad) give the group's means, spread and lowest items, the bad ones are listed with reasons,
 * a second group is compared, files can be dropped, and axe passes in every state.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { answerItems, axeViolations, downloadText, openMentorAudit } from './island-helpers.ts';

interface ExportFile {
  instrument: { id: string; title: string };
  attempts: { id: string; label: string; createdAt: string; updatedAt: string; answers: Record<string, number>; notes: Record<string, string> }[];
}

/** Opens the page and waits until its controls work (they are in the page, disabled, before its script runs). */
async function openGroupResults(page: Page) {
  await page.goto('group-results/');
  await expect(page.getByLabel('Add exported files (JSON) to this group').first()).toBeEnabled();
}

/** Answers the whole mentor audit once and exports it: the template every generated file copies. */
async function exportTemplate(page: Page): Promise<ExportFile> {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 2);
  const file = await downloadText(page, island.getByRole('button', { name: 'Export answers (JSON)' }));
  return JSON.parse(file.text) as ExportFile;
}

/** Person p's answer to item i: deterministic, on a 1 to 5 scale, with the item at `lowest` lowest for everyone. */
function value(person: number, item: number, lowest: number, shift = 0): number {
  if (item === lowest) return 1 + ((person + shift) % 2);
  return Math.min(5, 2 + ((person * 7 + item * 3 + shift) % 4));
}

function generate(template: ExportFile, count: number, shift: number, lowest: number, prefix: string) {
  const itemIds = Object.keys(template.attempts[0]!.answers);
  return Array.from({ length: count }, (_, person) => {
    const answers = Object.fromEntries(itemIds.map((id, item) => [id, value(person, item, lowest, shift)]));
    const attempt = { ...template.attempts[0]!, id: `${prefix}${person}`, label: `${prefix} ${person}`, answers };
    return { name: `${prefix}-${String(person).padStart(2, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...template, attempts: [attempt] })) };
  });
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

test('group results from 50 generated files, 2 of them bad, and a second group compared', async ({ page }) => {
  // Four axe runs on a long page take over a minute on a busy machine.
  test.setTimeout(180_000);
  const template = await exportTemplate(page);
  const itemIds = Object.keys(template.attempts[0]!.answers);
  const lowest = 5;
  const good = generate(template, 48, 0, lowest, 'september');
  const bad = [
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "playbook-self-audit", "attempts": [') },
    { name: 'wrong-audit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...template, instrument: { ...template.instrument, id: 'another-audit', title: 'Another audit' } })) },
  ];

  // The audit page links to group results.
  await page.getByRole('link', { name: 'group results' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Group results' })).toBeVisible();
  // The page says that notes are left out, and why, before any file is loaded.
  await expect(page.getByText('Notes are not shown.', { exact: false })).toBeVisible();
  await expect(page.getByText('Notes are not shown.', { exact: false })).toContainText("a note is one person's own reflection");
  await expect(page.getByLabel('Add exported files (JSON) to this group').first()).toBeEnabled();
  expect(await axeViolations(page), 'empty').toEqual([]);

  await page.getByLabel('Add exported files (JSON) to this group').first().setInputFiles([...good.slice(0, 20), ...bad, ...good.slice(20)]);
  const status = page.getByRole('status').filter({ hasText: 'added 50 files' });
  await expect(status).toContainText('48 files counted in all; 2 files could not be used, and the list under “First group” says why.');
  await expect(status).not.toContainText('seconds');
  // The audit is chosen from the files.
  await expect(page.getByLabel('Audit', { exact: true }).locator('option:checked')).toHaveText(template.instrument.title);
  const first = page.getByRole('region', { name: 'First group', exact: true });
  await expect(first).toContainText('50 files added: 48 files counted, 2 files could not be used.');
  const failures = first.locator('.gr-failures li');
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(0)).toContainText('broken.json: This file could not be read as a saved audit');
  await expect(failures.nth(1)).toContainText('wrong-audit.json: It is for “Another audit”, not “');
  await expect(failures.nth(1)).toContainText('in the Audit list above');

  // Item means and spread, computed here from the generated answers.
  const report = page.getByRole('region', { name: 'Results: First group', exact: true });
  await expect(report).toContainText('48 people');
  const itemTable = report.getByRole('table', { name: /how many chose each point of the scale/ });
  // Items sit under their sections' headings.
  const rows = itemTable.locator('tbody tr:not(.gr-section-row)');
  expect(await itemTable.locator('tbody').count()).toBeGreaterThan(1);
  await expect(itemTable.locator('tbody').first().locator('tr').first().getByRole('rowheader')).toHaveCount(1);
  await expect(rows).toHaveCount(itemIds.length);
  for (const item of [0, 3, lowest]) {
    const values = Array.from({ length: 48 }, (_, person) => value(person, item, lowest));
    const cells = rows.nth(item).locator('td');
    await expect(cells.nth(0)).toHaveText(mean(values).toFixed(1));
    await expect(cells.nth(1)).toHaveText('48');
    for (let point = 1; point <= 5; point++) await expect(cells.nth(1 + point)).toHaveText(String(values.filter((v) => v === point).length));
  }
  // The lowest item leads the common development needs.
  const lowestText = (await rows.nth(lowest).locator('th').textContent())!;
  await expect(report.getByRole('heading', { name: 'Common development needs' })).toBeVisible();
  await expect(report.locator('ol li').first()).toContainText(lowestText);
  await expect(report.locator('ol li').first().getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page), 'one group loaded').toEqual([]);

  // A second group, with every answer one step on: compared.
  await page.getByLabel('Name of this group, like “September”').first().fill('September');
  await page.getByLabel('Name of this group, like “September”').nth(1).fill('July');
  await page.getByLabel('Add exported files (JSON) to this group').nth(1).setInputFiles(generate(template, 12, 1, lowest, 'july'));
  const compare = page.getByRole('region', { name: 'Compare: September and July' });
  await expect(compare).toContainText('September: 48 people; July: 12 people.');
  await expect(compare.getByRole('heading', { name: 'Biggest changes' })).toBeVisible();
  await compare.getByText('Every item compared').click();
  const itemChange = compare.getByRole('table', { name: /Each item's mean/ }).locator('tbody tr:not(.gr-section-row)').nth(0).locator('td');
  const before = mean(Array.from({ length: 48 }, (_, person) => value(person, 0, lowest)));
  const after = mean(Array.from({ length: 12 }, (_, person) => value(person, 0, lowest, 1)));
  await expect(itemChange.nth(0)).toHaveText(before.toFixed(1));
  await expect(itemChange.nth(1)).toHaveText(after.toFixed(1));
  expect(await axeViolations(page), 'two groups compared').toEqual([]);

  // The comparison comes first, then each group's full results: on screen and on paper.
  const order = await page.locator('.group-results h2').allTextContents();
  const at = (heading: string) => order.indexOf(heading);
  expect(at('Compare: September and July')).toBeGreaterThan(-1);
  expect(at('Compare: September and July')).toBeLessThan(at('Results: September'));
  expect(at('Results: September')).toBeLessThan(at('Results: July'));
  const top = async (name: string) => (await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox())!.y;
  expect(await top('Compare: September and July')).toBeLessThan(await top('Results: September'));

  // Using each file's first attempt instead gives the same here (one attempt a file).
  await page.getByLabel('From each file, use').first().selectOption('first');
  await expect(first).toContainText('48 files counted');
});

test('files can be dropped onto a group', async ({ page }) => {
  const template = await exportTemplate(page);
  await openGroupResults(page);
  await expect(page.getByLabel('Add exported files (JSON) to this group').first()).toBeVisible();
  const files = generate(template, 3, 0, 0, 'dropped').map((file) => ({ name: file.name, text: file.buffer.toString('utf8') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.dispatchEvent('[data-testid="gr-group-0-drop"]', 'drop', { dataTransfer });
  await expect(page.getByRole('region', { name: 'First group', exact: true })).toContainText('3 files added: 3 files counted.');
  await expect(page.getByRole('region', { name: 'Results: First group', exact: true })).toContainText('3 people');
});

test('one file can be removed, a reload warns while files are loaded, an empty latest attempt falls back, and the report prints and downloads', async ({ page }) => {
  const template = await exportTemplate(page);
  await openGroupResults(page);
  const files = generate(template, 4, 0, 0, 'person');
  // The last person started a new attempt and left it empty: their earlier answers count.
  const last = JSON.parse(files[3]!.buffer.toString('utf8')) as ExportFile;
  last.attempts.push({ ...last.attempts[0]!, id: 'left-empty', label: 'Left empty', createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z', answers: {} });
  files[3] = { ...files[3]!, buffer: Buffer.from(JSON.stringify(last)) };
  await page.getByLabel('Add exported files (JSON) to this group').first().setInputFiles(files);
  const first = page.getByRole('region', { name: 'First group', exact: true });
  await expect(first).toContainText('4 files added: 4 files counted.');
  await expect(first).toContainText('In 1 file the latest attempt had no answers, so the latest attempt with answers was used.');

  // Leaving the page with files loaded asks first.
  let asked = 0;
  page.on('dialog', async (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    asked++;
    await dialog.dismiss();
  });
  // Reload from the page itself, not page.reload(), which would wait for a navigation that is refused.
  await page.evaluate(() => location.reload());
  await expect.poll(() => asked).toBe(1);
  await expect(first).toContainText('4 files added');

  // One file is removed on its own; focus stays in the list.
  await first.getByText(/^Every file in this group/).click();
  await first.getByRole('button', { name: 'Remove person-01.json' }).click();
  await expect(first).toContainText('3 files added: 3 files counted.');
  await expect(first.getByRole('button', { name: 'Remove person-02.json' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Results: First group', exact: true })).toContainText('3 people');
  expect(await axeViolations(page), 'file list open').toEqual([]);

  // The report downloads for a spreadsheet and prints without the file lists and controls.
  const report = await downloadText(page, page.getByRole('button', { name: 'Download the report (CSV)' }));
  expect(report.name).toMatch(/^mentor-skills-audit-group-results-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(report.text.split('\r\n')[1]).toMatch(/^All,,People,3,/);
  await page.emulateMedia({ media: 'print' });
  await expect(first).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the report' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Results: First group' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // With every file removed, leaving no longer asks.
  await first.getByRole('button', { name: "Remove this group's files" }).click();
  await page.reload();
  expect(asked).toBe(1);
});

test('on a 390 px phone, group results fit the screen', async ({ page }) => {
  const template = await exportTemplate(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openGroupResults(page);
  await page.getByLabel('Add exported files (JSON) to this group').first().setInputFiles(generate(template, 5, 0, 0, 'sep'));
  await page.getByLabel('Add exported files (JSON) to this group').nth(1).setInputFiles(generate(template, 5, 1, 0, 'jul'));
  await expect(page.getByRole('region', { name: /^Compare/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const label = await page.locator('.island-chart__label').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(label).toBeGreaterThanOrEqual(14);
  expect(await axeViolations(page), 'at 390 px').toEqual([]);
});

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((file) => existsSync(file));

test('printed, two groups open on their comparison: it is on the first page, before either full report', async ({ page }) => {
  test.skip(!pdftotext, 'pdftotext (Debian: poppler-utils) reads the PDF; .ci/run installs it');
  const template = await exportTemplate(page);
  await openGroupResults(page);
  await page.getByLabel('Name of this group, like “September”').first().fill('September');
  await page.getByLabel('Name of this group, like “September”').nth(1).fill('July');
  await page.getByLabel('Add exported files (JSON) to this group').first().setInputFiles(generate(template, 20, 0, 5, 'september'));
  await page.getByLabel('Add exported files (JSON) to this group').nth(1).setInputFiles(generate(template, 20, 1, 5, 'july'));
  await expect(page.getByRole('region', { name: 'Compare: September and July' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const file = test.info().outputPath('report.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const pages = execFileSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  const pageOf = (text: string) => pages.findIndex((content) => content.includes(text));
  expect(pages.length).toBeGreaterThan(4);
  expect(pageOf('Compare: September and July')).toBe(0);
  expect(pageOf('Biggest changes')).toBe(0);
  const all = pages.join('\f');
  expect(all.indexOf('Compare: September and July')).toBeLessThan(all.indexOf('Results: September'));
  expect(pageOf('Results: July')).toBeGreaterThan(pageOf('Results: September'));
});


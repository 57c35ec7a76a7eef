/**
 * Group results: 50 files generated from a real export of the mentor skills audit (2 of them
 * bad) give the group's means, spread and lowest items, the bad ones are listed with reasons,
 * a second group is compared, files can be dropped, and axe passes in every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerItems, axeViolations, downloadText, openMentorAudit } from './island-helpers.ts';

interface ExportFile {
  instrument: { id: string; title: string };
  attempts: { id: string; label: string; createdAt: string; updatedAt: string; answers: Record<string, number>; notes: Record<string, string> }[];
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
  expect(await axeViolations(page), 'empty').toEqual([]);

  await page.getByLabel('Add exported files (JSON) to this group').first().setInputFiles([...good.slice(0, 20), ...bad, ...good.slice(20)]);
  await expect(page.getByRole('status').filter({ hasText: 'read 50 files' })).toContainText('48 files counted in all; 2 files could not be used');
  // The audit is chosen from the files.
  await expect(page.getByLabel('Audit', { exact: true }).locator('option:checked')).toHaveText(template.instrument.title);
  const first = page.getByRole('region', { name: 'First group', exact: true });
  await expect(first).toContainText('50 files added: 48 files counted, 2 files could not be used.');
  const failures = first.locator('.gr-failures li');
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(0)).toContainText('broken.json: It is not a valid JSON file');
  await expect(failures.nth(1)).toContainText('wrong-audit.json: It holds answers to “Another audit”');

  // Item means and spread, computed here from the generated answers.
  const report = page.getByRole('region', { name: 'Results: First group', exact: true });
  await expect(report).toContainText('48 people');
  const itemTable = report.getByRole('table', { name: /how many chose each point of the scale/ });
  const rows = itemTable.locator('tbody tr');
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
  await compare.locator('details summary').click();
  const itemChange = compare.getByRole('table', { name: /Each item's mean/ }).locator('tbody tr').nth(0).locator('td');
  const before = mean(Array.from({ length: 48 }, (_, person) => value(person, 0, lowest)));
  const after = mean(Array.from({ length: 12 }, (_, person) => value(person, 0, lowest, 1)));
  await expect(itemChange.nth(0)).toHaveText(before.toFixed(1));
  await expect(itemChange.nth(1)).toHaveText(after.toFixed(1));
  expect(await axeViolations(page), 'two groups compared').toEqual([]);

  // Using each file's first attempt instead gives the same here (one attempt a file).
  await page.getByLabel('From each file, use').first().selectOption('first');
  await expect(first).toContainText('48 files counted');
});

test('files can be dropped onto a group', async ({ page }) => {
  const template = await exportTemplate(page);
  await page.goto('group-results/');
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

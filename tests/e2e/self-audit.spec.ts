/**
 * The self-audit island on the default content's mentor skills audit: answering and resuming,
 * attempts compared, export and import, storage that never loses data, bad imports, the paper
 * form without JavaScript, a rubric as a self-review, and axe in every state.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerItems, axeViolations, checkedPoints, downloadText, openMentorAudit, questions, selfAuditIsland, storedEntries } from './island-helpers.ts';

const STORE_PART = ':self-audit:audit:';

async function exportJson(page: Page, island: Locator) {
  return downloadText(page, island.getByRole('button', { name: 'Export answers (JSON)' }));
}

async function importFile(island: Locator, name: string, text: string) {
  await island.getByLabel('Import answers from an exported file (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The message shown beside a control (import, delete, attempt): it must have focus and be on screen where the user is. */
async function expectLocalMessage(page: Page, message: Locator, text: string | RegExp) {
  await expect(message).toContainText(text);
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
  expect(await page.locator('.island-notice--local').count(), 'one message per place, never stacked').toBeLessThanOrEqual(1);
}

const importMessage = (island: Locator) => island.locator('[id$="-data-import-message"]');
const deleteMessage = (island: Locator) => island.locator('[id$="-data-delete-message"]');
const attemptMessage = (island: Locator) => island.locator('[id$="-answer-attempt-message"]');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('complete the mentor audit and reload: every answer, the note and the name are kept', async ({ page }) => {
  const island = await openMentorAudit(page);
  const total = await questions(island).count();
  expect(total).toBeGreaterThan(10);
  await expect(island.locator('.sa-progress')).toHaveText(`0 of ${total} answered`);
  const chosen = await answerItems(island, (index, points) => index % points);
  await expect(island.locator('.sa-progress')).toHaveText(`${total} of ${total} answered`);
  await island.getByLabel(/^Notes on /).first().fill('Ask my trainee how my feedback lands.');
  await island.getByLabel('Name of this attempt').fill('September 2026');
  // Results appear, with the section chart's table and priorities linked to what develops them.
  const results = island.getByRole('region', { name: /^Results/ });
  await expect(results.getByRole('heading', { name: 'Development priorities' })).toBeVisible();
  await expect(results.locator('table').first()).toBeVisible();
  expect(await results.locator('.sa-ranked a').count()).toBeGreaterThan(0);

  await page.reload();
  const again = await selfAuditIsland(page);
  await expect(again.locator('.sa-progress')).toHaveText(`${total} of ${total} answered`);
  expect(await checkedPoints(again)).toEqual(chosen);
  await expect(again.getByLabel(/^Notes on /).first()).toHaveValue('Ask my trainee how my feedback lands.');
  await expect(again.getByLabel('Name of this attempt')).toHaveValue('September 2026');
});

test('unanswered items are not counted as zero', async ({ page }) => {
  const island = await openMentorAudit(page);
  // Answer only the first item, at the top of the scale.
  await answerItems(island, (_index, points) => points - 1, 1);
  const results = island.getByRole('region', { name: /^Results/ });
  const firstRow = results.locator('table').first().locator('tbody tr').first();
  const top = await questions(island).first().getByRole('radio').count();
  await expect(firstRow.locator('td').first()).toHaveText(`${top}.0`);
  // Every other section has no answers, and says so rather than showing 0.
  await expect(results.locator('table').first().locator('tbody tr').nth(1).locator('td').first()).toHaveText('no answers');
});

test('two attempts are compared by section and item, naming the biggest changes', async ({ page }) => {
  const island = await openMentorAudit(page);
  const total = await questions(island).count();
  await answerItems(island, () => 1);
  await island.getByLabel('Name of this attempt').fill('September 2026');
  await island.getByLabel(/Name for a new attempt/).fill('July 2027');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(island.locator('.sa-progress')).toHaveText(`0 of ${total} answered`);
  await expect(island.getByLabel('Attempt you are answering')).toHaveValue(/.+/);
  // In July the first item rises by three points, the second falls by one, the rest rise by one.
  await answerItems(island, (index) => (index === 0 ? 4 : index === 1 ? 0 : 2));
  const history = island.getByRole('region', { name: 'History and compare' });
  await expect(history.getByRole('table', { name: 'Your attempts, oldest first' }).locator('tbody tr')).toHaveCount(2);
  await expect(history.getByLabel('Compare', { exact: true }).locator('option:checked')).toHaveText('September 2026');
  await expect(history.getByLabel('with', { exact: true }).locator('option:checked')).toHaveText('July 2027');
  const firstItem = (await questions(island).first().locator('legend').textContent())!.replace(/^\d+\.\s*/, '').trim();
  const secondItem = (await questions(island).nth(1).locator('legend').textContent())!.replace(/^\d+\.\s*/, '').trim();
  const changes = history.locator('.sa-compare ul').first();
  await expect(changes.locator('li').first()).toContainText(`Rise: ${firstItem}`);
  await expect(changes.locator('li').first()).toContainText('2 to 5, +3.0');
  await expect(changes).toContainText(`Fall: ${secondItem}`);
  const sectionTable = history.locator('table').nth(1);
  await expect(sectionTable.locator('thead')).toContainText('September 2026');
  await expect(sectionTable.locator('thead')).toContainText('July 2027');
  await expect(sectionTable.locator('tbody tr').first().locator('td').last()).toHaveText(/^\+/);
  // Swapping the attempts reverses the change.
  await history.getByLabel('Compare', { exact: true }).selectOption({ label: 'July 2027' });
  await history.getByLabel('with', { exact: true }).selectOption({ label: 'September 2026' });
  await expect(history.locator('.sa-compare ul').first()).toContainText(`Fall: ${firstItem}`);
});

test('export, delete, import: the data comes back identical', async ({ page }) => {
  const island = await openMentorAudit(page);
  const total = await questions(island).count();
  await answerItems(island, (index, points) => (index * 3) % points, 12);
  await island.getByLabel(/^Notes on /).first().fill('Line one\nline "two", with a comma');
  await island.getByLabel(/Name for a new attempt/).fill('July 2027');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await answerItems(island, (index, points) => (index + 1) % points, 5);
  await island.getByLabel('Your name (optional)').fill('Jo Smith');
  const exported = await exportJson(page, island);
  const today = new Date().toISOString().slice(0, 10);
  // Named with the audit, the person and the day, so a group's files do not collide in one folder.
  expect(exported.name).toBe(`mentor-skills-audit-self-audit-jo-smith-${today}.json`);
  expect(JSON.parse(exported.text).owner).toBe('Jo Smith');
  const csv = await downloadText(page, island.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }));
  expect(csv.name).toBe(`mentor-skills-audit-self-audit-jo-smith-${today}.csv`);
  const sections = await island.locator('.sa-section').count();
  // One row per item, a notes row per section (the note has a line break, so split on CRLF only).
  const rows = csv.text.trimEnd().split('\r\n');
  expect(rows).toHaveLength(total + sections + 1);
  expect(rows[0]).toMatch(/^Section,Item id,Item,.*,July 2027 \(\d{4}-\d{2}-\d{2}\)$/);
  expect(csv.text).toContain(',,Notes,"Line one\nline ""two"", with a comma",');
  const stored = await storedEntries(page, STORE_PART);

  await island.getByRole('button', { name: 'Delete my data' }).click();
  await expect(island.getByRole('group', { name: /This cannot be undone/ })).toBeFocused();
  await island.getByRole('button', { name: 'Yes, delete my data' }).click();
  await expectLocalMessage(page, deleteMessage(island), 'has been deleted');
  await expect(island.locator('.sa-progress')).toHaveText(`0 of ${total} answered`);
  await expect(island.getByLabel('Your name (optional)')).toHaveValue('');
  expect(await storedEntries(page, STORE_PART)).toEqual({});

  await importFile(island, exported.name, exported.text);
  await expectLocalMessage(page, importMessage(island), 'Imported 2 attempts');
  await expect(island.getByLabel('Your name (optional)')).toHaveValue('Jo Smith');
  expect(await storedEntries(page, STORE_PART)).toEqual(stored);
  const again = await exportJson(page, island);
  expect(again.text).toBe(exported.text);
  // Importing the same file again changes nothing, and its message replaces the last one.
  await importFile(island, exported.name, exported.text);
  await expectLocalMessage(page, importMessage(island), '2 attempts were already here and unchanged');
  await expect(importMessage(island)).not.toContainText('Imported 2 attempts');
  expect(await storedEntries(page, STORE_PART)).toEqual(stored);
});

test('a bad import file gets a clear error and leaves the saved data intact', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 2, 4);
  const exported = await exportJson(page, island);
  const stored = await storedEntries(page, STORE_PART);
  const file = JSON.parse(exported.text);
  const otherAudit = JSON.stringify({ ...file, instrument: { ...file.instrument, id: 'some-other-audit', title: 'Some other audit' } });
  const newer = JSON.stringify({ ...file, version: 99 });
  const offScale = JSON.stringify({ ...file, attempts: [{ ...file.attempts[0], id: 'changed', answers: Object.fromEntries(Object.keys(file.attempts[0].answers).map((id) => [id, 42])) }] });
  const damaged = JSON.stringify({ ...file, attempts: [{ ...file.attempts[0], answers: undefined }] });
  // [file, text, what the user reads, the technical detail folded away]
  const cases: [string, string, RegExp, RegExp][] = [
    ['broken.json', '{"format": "playbook-self-audit", "attempts": [', /could not be read as a saved audit: it may be damaged/, /not valid JSON/],
    ['notes.json', JSON.stringify({ shopping: ['milk'] }), /not a file of answers exported from this playbook/, /expected "format"/],
    ['other.json', otherAudit, /This file is from another audit: “Some other audit”/, /"some-other-audit"/],
    ['newer.json', newer, /saved by a newer version of this site/, /file format version 99/],
    ['edited.json', offScale, /not on this audit's scale of 1 to 5/, /answers\..* is 42/],
    ['damaged.json', damaged, /changed since it was exported, or is damaged/, /attempts\[0\]\.answers: missing \(expected an object\)/],
  ];
  for (const [name, text, summary, detail] of cases) {
    await importFile(island, name, text);
    const message = importMessage(island);
    await expectLocalMessage(page, message, `“${name}” was not imported, and nothing saved has changed.`);
    const body = message.locator('.island-notice__body > p');
    await expect(body).toContainText(summary);
    await expect(body).not.toContainText(/Unexpected|Unterminated|position \d|expected a /);
    // The technical detail is there for whoever helps, but folded away.
    const details = message.locator('details');
    await expect(details.locator('p')).toBeHidden();
    await details.locator('summary').click();
    await expect(details.locator('p')).toHaveText(detail);
    expect(await storedEntries(page, STORE_PART)).toEqual(stored);
  }
  await expect(island.locator('.sa-progress')).toHaveText(/^4 of/);
});

test('corrupted storage gives a notice, keeps a backup and starts afresh', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 3, 2);
  const [key] = Object.keys(await storedEntries(page, STORE_PART));
  expect(key).toBeTruthy();
  await page.evaluate((storageKey) => localStorage.setItem(storageKey, '{"version": 2, "attempts": [ oops'), key!);
  await page.reload();
  const again = await selfAuditIsland(page);
  await expect(again.getByRole('alert')).toContainText('could not be read');
  await expect(again.getByRole('alert')).toContainText('set aside in a backup');
  await expect(again.locator('.sa-progress')).toHaveText(/^0 of/);
  const backups = await storedEntries(page, `${key}:backup:`);
  expect(Object.values(backups)).toEqual(['{"version": 2, "attempts": [ oops']);
  const download = await downloadText(page, again.getByRole('button', { name: 'Download the unreadable data' }));
  expect(download.text).toBe('{"version": 2, "attempts": [ oops');
  // Answering again saves normally, and the backup is still there.
  await answerItems(again, () => 1, 1);
  await page.reload();
  const later = await selfAuditIsland(page);
  await expect(later.locator('.sa-progress')).toHaveText(/^1 of/);
  expect(Object.keys(await storedEntries(page, `${key}:backup:`))).toHaveLength(1);
  // On every later visit the backup is still offered for download, until it is deleted.
  const notice = later.getByRole('alert');
  await expect(notice).toContainText('set aside in a backup');
  expect((await downloadText(page, later.getByRole('button', { name: 'Download the unreadable data' }))).text).toBe('{"version": 2, "attempts": [ oops');
  await later.getByRole('button', { name: 'Delete the backup' }).click();
  await expect(later.getByRole('group', { name: /Delete the backup made on/ })).toBeFocused();
  await later.getByRole('button', { name: 'Yes, delete the backup' }).click();
  const deleted = later.locator('.island-notice--success');
  await expect(deleted).toContainText('The backup has been deleted');
  await expect(deleted).toBeFocused();
  // The alert region is empty, so hidden (and out of the accessibility tree).
  await expect(notice).toHaveCount(0);
  expect(await storedEntries(page, `${key}:backup:`)).toEqual({});
  await page.reload();
  await expect((await selfAuditIsland(page)).locator('.sa-progress')).toHaveText(/^1 of/);
  await expect((await selfAuditIsland(page)).getByRole('alert')).toHaveCount(0);
});

test('a full storage quota gets a clear message, and the earlier answers stay saved', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 2, 1);
  const before = await storedEntries(page, STORE_PART);
  // Fill the rest of this origin's storage.
  await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler-${index++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  const unsaved = questions(island).nth(1).getByRole('radio').first();
  await unsaved.click();
  await expect(island.getByRole('alert')).toContainText("storage for this site is full, so your last change was not saved");
  // The form shows what is saved: the answer that could not be saved is not shown as given.
  await expect(unsaved).not.toBeChecked();
  await expect(island.locator('.sa-progress')).toHaveText(/^1 of/);
  expect(await storedEntries(page, STORE_PART)).toEqual(before);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
});

test('a second tab does not overwrite the first tab\'s attempts', async ({ page, context }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 1, 2);
  await island.getByLabel('Name of this attempt').fill('Tab one');
  const second = await context.newPage();
  await second.goto(page.url());
  const secondIsland = await selfAuditIsland(second);
  await secondIsland.getByLabel(/Name for a new attempt/).fill('Tab two');
  await secondIsland.getByRole('button', { name: 'Start a new attempt' }).click();
  await answerItems(secondIsland, () => 4, 3);
  // Back in the first tab, which has not reloaded: answer another item in its own attempt.
  await questions(island).nth(2).getByRole('radio').nth(0).check();
  const history = island.getByRole('region', { name: 'History and compare' });
  await expect(history.getByRole('table', { name: 'Your attempts, oldest first' }).locator('tbody tr')).toHaveCount(2);
  await expect(island.getByLabel('Name of this attempt')).toHaveValue('Tab one');
  const stored = JSON.parse(Object.values(await storedEntries(page, STORE_PART))[0]!);
  expect(stored.attempts.map((attempt: { label: string; answers: object }) => [attempt.label, Object.keys(attempt.answers).length])).toEqual([
    ['Tab one', 3],
    ['Tab two', 3],
  ]);
});

test('an attempt can be deleted on its own, with confirmation, and the others are kept', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 1, 3);
  await island.getByLabel('Name of this attempt').fill('September 2026');
  // "Start a new attempt" pressed twice leaves two empty attempts: both can go.
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await expectLocalMessage(page, attemptMessage(island), 'Started a new attempt');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  const history = island.getByRole('region', { name: 'History and compare' });
  const rows = history.getByRole('table', { name: 'Your attempts, oldest first' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const left of [2, 1]) {
    await island.getByRole('button', { name: 'Delete this attempt' }).click();
    const question = island.getByRole('group', { name: /Your other attempts are kept/ });
    await expect(question).toBeFocused();
    await expect(question).toContainText('nothing answered');
    await island.getByRole('button', { name: 'Yes, delete this attempt' }).click();
    await expectLocalMessage(page, attemptMessage(island), /Deleted the attempt/);
    await expect(rows).toHaveCount(left);
  }
  // What is left is the answered attempt, now the one being answered.
  await expect(island.getByLabel('Name of this attempt')).toHaveValue('September 2026');
  await expect(island.locator('.sa-progress')).toHaveText(/^3 of/);
  const stored = JSON.parse(Object.values(await storedEntries(page, STORE_PART))[0]!);
  expect(stored.attempts.map((attempt: { label: string }) => attempt.label)).toEqual(['September 2026']);
  await page.reload();
  await expect((await selfAuditIsland(page)).getByLabel('Name of this attempt')).toHaveValue('September 2026');
});

test('saved data from before names were kept (version 2) still loads, and gains a name', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 2, 2);
  const [key] = Object.keys(await storedEntries(page, STORE_PART));
  const current = JSON.parse((await storedEntries(page, STORE_PART))[key!]!);
  const { owner: _owner, ...rest } = current;
  await page.evaluate(([storageKey, text]) => localStorage.setItem(storageKey!, text!), [key, JSON.stringify({ ...rest, version: 2 })]);
  await page.reload();
  const again = await selfAuditIsland(page);
  await expect(again.locator('.sa-progress')).toHaveText(/^2 of/);
  await expect(again.getByRole('alert')).toHaveCount(0);
  await again.getByLabel('Your name (optional)').fill('Sam');
  expect(JSON.parse((await storedEntries(page, STORE_PART))[key!]!)).toMatchObject({ version: 4, owner: 'Sam' });
});

test('“and more rated the same” opens to show those items', async ({ page }) => {
  const island = await openMentorAudit(page);
  // Every answer the same except one at the top: many tie as priorities.
  await answerItems(island, (index) => (index === 0 ? 4 : 0));
  const results = island.getByRole('region', { name: /^Results/ });
  const more = results.locator('details.sa-more').filter({ has: page.locator('summary', { hasText: /^And \d+ more rated the same/ }) }).first();
  const count = Number(/And (\d+) more/.exec((await more.locator('summary').textContent())!)![1]);
  expect(count).toBeGreaterThan(0);
  await expect(more.locator('li')).toHaveCount(count);
  await expect(more.locator('li').first()).toBeHidden();
  await more.locator('summary').click();
  await expect(more.locator('li').first()).toBeVisible();
  await expect(more.locator('li').first().getByRole('link').first()).toBeVisible();
});

test('on a 390 px phone, the page with results and a comparison fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const island = await openMentorAudit(page);
  await answerItems(island, (index, points) => index % points);
  await island.getByLabel('Name of this attempt').fill('A long attempt name, to test the selector');
  await island.getByLabel(/Name for a new attempt/).fill('Another long attempt name for July');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await answerItems(island, (index, points) => (index + 2) % points);
  await island.locator('.sa-compare details summary').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling of the page').toBe(0);
  // The chart's labels keep a readable size (they are text, not a shrunken picture).
  const results = island.getByRole('region', { name: /^Results/ });
  const labelSize = await results.locator('.island-chart__label').first().evaluate((label) => parseFloat(getComputedStyle(label).fontSize));
  expect(labelSize).toBeGreaterThanOrEqual(14);
  // The results table is not cut off: it fits its box without scrolling.
  const table = results.locator('.table-wrap').first();
  expect(await table.evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth)).toBe(0);
  // A table that must scroll sideways does so in its own box, which the keyboard can reach.
  const wraps = await island.locator('.table-wrap').evaluateAll((boxes) => boxes.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth + 1, focusable: box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region' })));
  console.log('tables at 390 px that scroll:', wraps.filter((wrap) => wrap.scrolls).length, 'of', wraps.length);
  for (const wrap of wraps) expect(wrap.focusable).toBe(wrap.scrolls);
  expect(await axeViolations(page), 'at 390 px').toEqual([]);
});

test('“Print results only” prints the results, not the questions', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, (index, points) => index % points);
  // Count printed pages through Chromium's own PDF output, with and without the results-only mark.
  const pages = async () => {
    const pdf = await page.pdf({ format: 'A4' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };
  await page.emulateMedia({ media: 'print' });
  const everything = await pages();
  // window.print opens a dialog Playwright cannot close: record the call instead, leaving the mark in place.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.emulateMedia({ media: 'screen' });
  await island.getByRole('button', { name: 'Print results only' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  await expect(page.locator('html')).toHaveClass(/print-results-only/);
  await page.emulateMedia({ media: 'print' });
  await expect(island.locator('fieldset.sa-item').first()).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await expect(island.getByRole('heading', { name: 'Development priorities' })).toBeVisible();
  const resultsOnly = await pages();
  expect(resultsOnly).toBeLessThan(everything);
  expect(resultsOnly).toBeLessThanOrEqual(3);
  // After printing, the page prints everything again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveClass(/print-results-only/);
});

test('zero axe violations when empty, partly answered, with results and comparing', async ({ page }) => {
  // Four axe runs on a long page take over a minute on a busy machine.
  test.setTimeout(240_000);
  const island = await openMentorAudit(page);
  expect(await axeViolations(page), 'empty').toEqual([]);
  await answerItems(island, (index, points) => index % points, 5);
  expect(await axeViolations(page), 'partly answered').toEqual([]);
  await answerItems(island, (index, points) => (index * 2) % points);
  await expect(island.getByRole('heading', { name: 'Strengths' })).toBeVisible();
  expect(await axeViolations(page), 'results').toEqual([]);
  await island.getByLabel(/Name for a new attempt/).fill('July 2027');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await answerItems(island, (index, points) => (index + 3) % points);
  await island.locator('.sa-compare details summary').click();
  await expect(island.locator('.sa-compare')).toBeVisible();
  expect(await axeViolations(page), 'compare').toEqual([]);
  await island.getByRole('button', { name: 'Delete my data' }).click();
  expect(await axeViolations(page), 'confirming delete').toEqual([]);
  await island.getByRole('button', { name: 'Yes, delete my data' }).click();
  await importFile(island, 'broken.json', '{"format": "playbook-self-audit", "attempts": [');
  await importMessage(island).locator('summary').click();
  expect(await axeViolations(page), 'an import message with its detail open').toEqual([]);
});

test('keyboard: arrow keys choose a point on the scale and it is saved', async ({ page }) => {
  const island = await openMentorAudit(page);
  const first = questions(island).first().getByRole('radio');
  await first.first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(first.nth(2)).toBeChecked();
  await expect(island.locator('.sa-progress')).toHaveText(/^1 of/);
});

test('a rubric used as a self-review is answered with the same engine: a level per criterion', async ({ page }) => {
  await page.goto('rubrics/');
  const links = page.locator('main a[href*="rubrics/"]');
  const hrefs = (await links.evaluateAll((anchors) => [...new Set(anchors.map((anchor) => (anchor as HTMLAnchorElement).href))])).filter((href) => /\/rubrics\/[^/]+\/$/.test(href));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole('definition').filter({ hasText: 'Self-review' }).count()) === 0) {
      await expect(page.getByRole('region', { name: /^Your self-/ })).toHaveCount(0);
      continue;
    }
    found = true;
    const island = await selfAuditIsland(page);
    const total = await questions(island).count();
    await answerItems(island, (index, points) => index % points);
    await expect(island.locator('.sa-progress')).toHaveText(`${total} of ${total} answered`);
    await expect(island.getByRole('heading', { name: 'Strengths' })).toBeVisible();
    expect(await axeViolations(page), href).toEqual([]);
    break;
  }
  expect(found, 'the default content has a self-review rubric').toBe(true);
});

test('a self-review keeps a note per criterion, and the one note saved by the previous release is still shown', async ({ page }) => {
  await page.goto('rubrics/effective-pd/');
  // Exactly what the previous release saved (stored format 3): one note for the whole review, under "criteria".
  const old = {
    version: 3,
    instrument: { kind: 'rubric', id: 'effective-pd' },
    owner: 'Jo Smith',
    attempts: [{ id: '5f0c9a1be27d4c8f9a3b6e01', label: 'September 2026', createdAt: '2026-09-14T09:00:00.000Z', updatedAt: '2026-10-02T16:45:12.345Z', answers: { 'pupil-outcomes': 2 }, notes: { criteria: 'Strong on outcomes; the rationale is weak.' } }],
  };
  // Answer once so the page writes its storage key, then put the old document in its place.
  await answerItems(await selfAuditIsland(page), () => 0, 1);
  const [key] = Object.keys(await storedEntries(page, ':self-audit:rubric:effective-pd'));
  await page.evaluate(([storageKey, text]) => localStorage.setItem(storageKey!, text!), [key!, JSON.stringify(old)]);
  expect(key).toMatch(/^playbook:.*:self-audit:rubric:effective-pd$/);
  await page.reload();
  const island = await selfAuditIsland(page);
  await expect(island.getByRole('alert')).toHaveCount(0);
  await expect(island.getByLabel('Your name (optional)')).toHaveValue('Jo Smith');
  await expect(island.getByRole('radio', { checked: true })).toHaveCount(1);
  // The old note is shown as the note on the whole review, said to be from before, and on screen when scrolled to.
  const whole = island.getByLabel('Your note on the whole review');
  await expect(whole).toHaveValue('Strong on outcomes; the rationale is weak.');
  await expect(whole).toHaveAccessibleDescription(/Written before each criterion had its own note/);
  await whole.scrollIntoViewIfNeeded();
  await expect(whole).toBeInViewport();
  // One note box per criterion, each named by its criterion.
  const total = await questions(island).count();
  await expect(island.getByLabel(/^Notes on .+ \(optional\)$/)).toHaveCount(total);
  const outcomes = island.getByLabel("Notes on Focus on pupils' outcomes (optional)");
  await outcomes.fill('Ask pupils what changed.');
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  const again = await selfAuditIsland(page);
  await expect(again.getByLabel("Notes on Focus on pupils' outcomes (optional)")).toHaveValue('Ask pupils what changed.');
  await expect(again.getByLabel('Your note on the whole review')).toHaveValue('Strong on outcomes; the rationale is weak.');
  const stored = JSON.parse((await storedEntries(page, ':self-audit:rubric:effective-pd'))[key!]!);
  expect(stored).toMatchObject({ version: 4, attempts: [{ answers: { 'pupil-outcomes': 2 }, notes: { 'whole-review': 'Strong on outcomes; the rationale is weak.', 'pupil-outcomes': 'Ask pupils what changed.' } }] });
  // The spreadsheet has the notes criterion by criterion, and the whole-review note last.
  const csv = await downloadText(page, again.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }));
  expect(csv.text).toContain("Criteria,,Notes on Focus on pupils' outcomes,Ask pupils what changed.\r\n");
  expect(csv.text).toMatch(/Criteria,,Notes on the whole review,Strong on outcomes; the rationale is weak\.\r\n$/);
  // Emptying the old note keeps its box while this attempt is open; after a reload it is gone.
  await again.getByLabel('Your note on the whole review').fill('');
  await expect(again.getByLabel('Your note on the whole review')).toBeVisible();
  await page.reload();
  await expect((await selfAuditIsland(page)).getByLabel('Your note on the whole review')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an audit page is a printable paper form with every item and the scale', async ({ page }) => {
    await page.goto('audits/');
    await page.getByRole('link', { name: /mentor skills/i }).first().click();
    const size = (await page.getByRole('term').filter({ hasText: 'Size' }).locator('xpath=following-sibling::dd[1]').textContent())!;
    const items = Number(/(\d+) items/.exec(size)![1]);
    await expect(page.getByRole('heading', { name: 'The scale' })).toBeVisible();
    const points = await page.locator('#paper-form .facts dt').count();
    expect(points).toBeGreaterThanOrEqual(2);
    await expect(page.locator('#paper-form li[id^="item-"]')).toHaveCount(items);
    await expect(page.locator('#paper-form .paper-box')).toHaveCount(items * points);
    await expect(page.getByRole('region', { name: /^Your self-/ })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.paper-form__fill')).toBeVisible();
    await expect(page.locator('.paper-notes').first()).toBeVisible();
  });
});

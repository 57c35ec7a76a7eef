/**
 * Hostile and unlucky input, tried on every island as an attacker or a careless user would: the
 * hostile fixture set (hostile-files.ts) loaded into the self-audit, the evidence form and group
 * results, the spreadsheet export chosen for import, a storage with no room left, and two tabs
 * typing in one note. Each test checks what the person sees (the words, beside the control they
 * used, with focus where it belongs) and that nothing saved changed.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { answerItems, axeViolations, downloadText, openMentorAudit, questions, selfAuditIsland, storedEntries } from './island-helpers.ts';
import { fillStorage, freeStorage, hostileFiles, type Hostile } from './hostile-files.ts';

const AUDIT = ':self-audit:audit:';
const EVIDENCE = ':mentor-evidence:';

test.beforeEach(async ({ page }) => {
  // A crash anywhere fails the test: the evidence form used to throw "r.trim is not a function".
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** A message beside a control: the words, focus on it, and on screen. */
async function expectBeside(message: Locator, text: string | RegExp) {
  await expect(message).toContainText(text);
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
}

/** `notice` sits just under `control`, where the person is looking. */
async function expectJustUnder(notice: Locator, control: Locator) {
  await expect(notice).toBeInViewport();
  const [below, above] = await Promise.all([notice.boundingBox(), control.boundingBox()]);
  expect(below!.y).toBeGreaterThanOrEqual(above!.y + above!.height - 1);
  expect(below!.y - (above!.y + above!.height)).toBeLessThan(80);
}

/** The mentor audit answered in part, with an accented name, exported: the template of the hostile files. */
async function auditTemplate(page: Page) {
  const island = await openMentorAudit(page);
  await island.getByLabel('Your name (optional)').fill('Zoë Café');
  await answerItems(island, (index, points) => index % points, 4);
  const exported = await downloadText(page, island.getByRole('button', { name: 'Export answers (JSON)' }));
  return { island, exported };
}

test.describe('the self-audit', () => {
  test('refuses every hostile file beside the import control, with focus, and changes nothing saved', async ({ page }) => {
    const { island, exported } = await auditTemplate(page);
    const file = JSON.parse(exported.text);
    const attempt = file.attempts[0];
    const overcount = JSON.stringify({ ...file, attempts: Array.from({ length: 10_001 }, (_, index) => ({ ...attempt, id: `a${index}`, answers: {} })) });
    const cases: Hostile[] = hostileFiles(
      exported.text,
      { text: overcount, says: /This file holds 10,001 attempts, and a file can hold at most 10,000, so it was not imported/ },
      { text: JSON.stringify({ ...file, attempts: [{ ...attempt, answers: ['not', 'an', 'object'] }] }), says: /changed since it was exported, or is damaged/ },
    );
    const stored = await storedEntries(page, AUDIT);
    const input = island.getByLabel('Import answers from an exported file (JSON)');
    const message = island.locator('[id$="-data-import-message"]');
    for (const hostile of cases) {
      await input.setInputFiles(hostile.file);
      await expectBeside(message, `“${hostile.file.name}” was not imported, and nothing saved has changed.`);
      await expect(message, hostile.name).toContainText(hostile.says);
      expect(await storedEntries(page, AUDIT), hostile.name).toEqual(stored);
    }
    await expect(island.locator('.sa-progress')).toHaveText(/^4 of/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  });

  test('the spreadsheet export, chosen for import, is named as such with the file to use, not called damaged', async ({ page }) => {
    const island = await openMentorAudit(page);
    await island.getByLabel('Your name (optional)').fill('Zoë Café');
    await answerItems(island, () => 1, 3);
    await island.getByLabel(/^Notes on /).first().fill('café, Zoë');
    const csv = await downloadText(page, island.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }));
    // A byte-order mark first, so Excel on Windows reads the accents as they were written.
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain('café, Zoë');
    const stored = await storedEntries(page, AUDIT);
    await island.getByLabel('Import answers from an exported file (JSON)').setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    const message = island.locator('[id$="-data-import-message"]');
    await expectBeside(message, `“${csv.name}” was not imported`);
    await expect(message).toContainText('This is the spreadsheet (CSV) export, which is for reading in a spreadsheet and cannot be imported: only the JSON export can.');
    await expect(message).toContainText(`Import the file “Export answers (JSON)” saves instead, named like “${csv.name.replace(/\.csv$/, '.json')}”.`);
    await expect(message).not.toContainText('damaged');
    expect(await storedEntries(page, AUDIT)).toEqual(stored);
  });

  test('with no room left, an answer and a note stay on screen and in memory, said beside them, downloadable, and saved once there is room', async ({ page }) => {
    const island = await openMentorAudit(page);
    await answerItems(island, () => 2, 1);
    const stored = await storedEntries(page, AUDIT);
    await fillStorage(page);
    try {
      // An answer: it stays chosen, and the message is under its question.
      const second = questions(island).nth(1);
      await second.getByRole('radio').first().check();
      await expect(second.getByRole('radio').first()).toBeChecked();
      await expect(island.locator('.sa-progress')).toHaveText(/^2 of/);
      const notice = island.locator('.island-unsaved');
      await expect(notice).toHaveCount(1);
      await expect(notice).toContainText("Not saved: this browser's storage for this site is full. What you typed or chose is still here");
      await expectJustUnder(notice, second);
      // Typing a note: every keystroke stays, and the message moves under the note.
      const note = island.getByLabel(/^Notes on /).first();
      await note.click();
      await page.keyboard.type('Ask my trainee first.');
      await expect(note).toHaveValue('Ask my trainee first.');
      await expect(note).toBeFocused();
      await expect(notice).toHaveCount(1);
      await expectJustUnder(notice, note);
      // Nothing far away: the notices at the top of the island say nothing about it.
      await expect(island.locator('.island-notices [role="alert"] > *')).toHaveCount(0);
      expect(await storedEntries(page, AUDIT)).toEqual(stored);
      // The unsaved state downloads as the JSON export, with what was typed and chosen.
      const unsaved = await downloadText(page, notice.getByRole('button', { name: 'Download what is not saved' }));
      expect(unsaved.name).toMatch(/^mentor-skills-audit-self-audit-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(unsaved.text);
      expect(file.format).toBe('playbook-self-audit');
      expect(Object.keys(file.attempts[0].answers)).toHaveLength(2);
      expect(Object.values(file.attempts[0].notes)).toEqual(['Ask my trainee first.']);
      expect(await axeViolations(page), 'with the message shown').toEqual([]);
      // Leaving the page now asks first.
      const asked = page.waitForEvent('dialog');
      void page.reload();
      const dialog = await asked;
      expect(dialog.type()).toBe('beforeunload');
      await dialog.dismiss();
      await expect(note).toHaveValue('Ask my trainee first.');
    } finally {
      await freeStorage(page);
    }
    // With room again, "Try saving again" saves everything, and says so where the button was.
    await island.getByRole('button', { name: 'Try saving again' }).click();
    const done = island.locator('.island-notice--success').filter({ hasText: 'Everything you typed and chose is saved now.' });
    await expect(done).toBeFocused();
    await expect(island.locator('.island-unsaved')).toHaveCount(0);
    const saved = JSON.parse(Object.values(await storedEntries(page, AUDIT))[0]!);
    expect(Object.keys(saved.attempts[0].answers)).toHaveLength(2);
    expect(Object.values(saved.attempts[0].notes)).toEqual(['Ask my trainee first.']);
    await page.reload();
    await expect((await selfAuditIsland(page)).getByLabel(/^Notes on /).first()).toHaveValue('Ask my trainee first.');
  });

  test('two tabs typing in one note save one tab\'s whole text, never the keystrokes interleaved', async ({ page, context }) => {
    const island = await openMentorAudit(page);
    await answerItems(island, () => 1, 1);
    const other = await context.newPage();
    await other.goto(page.url());
    const otherIsland = await selfAuditIsland(other);
    const mine = island.getByLabel(/^Notes on /).first();
    const theirs = otherIsland.getByLabel(/^Notes on /).first();
    await mine.focus();
    await theirs.focus();
    for (let key = 0; key < 10; key++) {
      await page.keyboard.type('a');
      await other.keyboard.type('b');
    }
    // Each tab keeps what it typed while it types.
    await expect(mine).toHaveValue('aaaaaaaaaa');
    await expect(theirs).toHaveValue('bbbbbbbbbb');
    // What is saved is the whole text of the tab that typed last.
    const note = () => storedEntries(page, AUDIT).then((entries) => Object.values(JSON.parse(Object.values(entries)[0]!).attempts[0].notes));
    expect(await note()).toEqual(['bbbbbbbbbb']);
    // The first tab says another tab has saved over it, beside the box, while it has focus.
    await expect(island.getByText('Another tab has saved a different text here since you started typing.')).toBeVisible();
    await expect(mine).toHaveAccessibleDescription(/Another tab has saved a different text here/);
    // Leaving the box shows what is saved.
    await page.keyboard.press('Tab');
    await expect(mine).toHaveValue('bbbbbbbbbb');
    await expect(island.getByText('Another tab has saved a different text here')).toHaveCount(0);
    expect(await note()).toEqual(['bbbbbbbbbb']);
  });
});

/** Opens the first mentor criteria set and waits for the evidence form. */
async function openEvidence(page: Page) {
  await page.goto('mentor-criteria/');
  const href = (await page.locator('main a[href*="mentor-criteria/"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).find((url) => /\/mentor-criteria\/[^/]+\/$/.test(url));
  await page.goto(href!);
  const form = page.getByRole('region', { name: 'Your evidence' });
  await expect(form).toBeVisible();
  return form;
}

test.describe('the evidence form', () => {
  test('imports answers named like inherited properties as data, and refuses every hostile file beside the control, changing nothing', async ({ page }) => {
    const form = await openEvidence(page);
    await form.getByLabel('Your name').fill('Zoë Café');
    await form.locator('textarea').first().fill('First answer');
    const exported = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));
    const file = JSON.parse(exported.text);
    const input = form.getByLabel('Import evidence from an exported file (JSON)');
    const message = form.locator('[id$="-import-message"]');
    // The file that crashed the import ("r.trim is not a function"): "constructor" is a well-formed key, kept as data.
    await input.setInputFiles({ name: 'constructor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, answers: { constructor: 'x' } })) });
    await expectBeside(message, 'Imported 1 answer from “constructor.json”.');
    await expect(form.locator('textarea').first()).toHaveValue('First answer');
    const stored = await storedEntries(page, EVIDENCE);
    const many = Object.fromEntries(Array.from({ length: 1_001 }, (_, index) => [`criterion-${index}`, 'x']));
    const cases = hostileFiles(
      exported.text,
      { text: JSON.stringify({ ...file, answers: many }), says: /This file holds 1,001 answers, and a set of evidence can have at most 1,000/ },
      { text: JSON.stringify({ ...file, applicant: { name: 7, school: '' } }), says: /changed since it was exported, or is damaged/ },
    );
    for (const hostile of cases) {
      await input.setInputFiles(hostile.file);
      await expectBeside(message, `“${hostile.file.name}” was not imported, and nothing saved has changed.`);
      await expect(message, hostile.name).toContainText(hostile.says);
      expect(await storedEntries(page, EVIDENCE), hostile.name).toEqual(stored);
    }
  });

  test('with no room left, typed evidence stays on screen, said beside the box, downloadable; two tabs keep whole answers', async ({ page, context }) => {
    const form = await openEvidence(page);
    await form.locator('textarea').nth(1).fill('Saved before');
    const stored = await storedEntries(page, EVIDENCE);
    const box = form.locator('textarea').first();
    await fillStorage(page);
    try {
      await box.click();
      await page.keyboard.type('In March I filmed a debrief.');
      await expect(box).toHaveValue('In March I filmed a debrief.');
      const notice = form.locator('.island-unsaved');
      await expect(notice).toContainText("Not saved: this browser's storage for this site is full.");
      await expectJustUnder(notice, box);
      await expect(form.locator('.island-notices [role="alert"] > *')).toHaveCount(0);
      expect(await storedEntries(page, EVIDENCE)).toEqual(stored);
      const unsaved = await downloadText(page, notice.getByRole('button', { name: 'Download what is not saved' }));
      expect(JSON.parse(unsaved.text)).toMatchObject({ format: 'playbook-mentor-evidence', answers: expect.objectContaining({}) });
      expect(Object.values(JSON.parse(unsaved.text).answers)).toEqual(expect.arrayContaining(['In March I filmed a debrief.', 'Saved before']));
      // The export button gives the same: what is on screen.
      const exported = await downloadText(page, form.getByRole('button', { name: 'Export to import later (JSON)' }));
      expect(exported.text).toContain('In March I filmed a debrief.');
    } finally {
      await freeStorage(page);
    }
    await box.press('End');
    await page.keyboard.type(' Then');
    await expect(form.locator('.island-unsaved')).toHaveCount(0);
    expect(Object.values(JSON.parse(Object.values(await storedEntries(page, EVIDENCE))[0]!).answers)).toContain('In March I filmed a debrief. Then');

    // Two tabs in one answer: one tab's whole text is saved.
    const other = await context.newPage();
    await other.goto(page.url());
    const theirs = other.getByRole('region', { name: 'Your evidence' }).locator('textarea').first();
    // Each at the end of the answer, as a person clicking after the text would be.
    await theirs.press('End');
    await box.press('End');
    for (let key = 0; key < 10; key++) {
      await other.keyboard.type('b');
      await page.keyboard.type('a');
    }
    await expect(box).toHaveValue('In March I filmed a debrief. Thenaaaaaaaaaa');
    await expect(theirs).toHaveValue('In March I filmed a debrief. Thenbbbbbbbbbb');
    expect(Object.values(JSON.parse(Object.values(await storedEntries(page, EVIDENCE))[0]!).answers)).toContain('In March I filmed a debrief. Thenaaaaaaaaaa');
  });
});

test.describe('group results', () => {
  test('lists every hostile file with its reason beside the file picker, with focus, and counts the rest', async ({ page }) => {
    const { exported } = await auditTemplate(page);
    const file = JSON.parse(exported.text);
    const attempt = file.attempts[0];
    const overcount = JSON.stringify({ ...file, attempts: Array.from({ length: 10_001 }, (_, index) => ({ ...attempt, id: `a${index}` })) });
    const cases = hostileFiles(
      exported.text,
      { text: overcount, says: /holds 10,001 attempts, and a file can hold at most 10,000/ },
      { text: JSON.stringify({ ...file, attempts: 'many' }), says: /changed since it was exported, or is damaged/ },
    );
    await page.goto('group-results/');
    const input = page.getByLabel('Add exported files (JSON) to this group').first();
    await expect(input).toBeEnabled();
    await input.setInputFiles([{ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) }, ...cases.map((hostile) => hostile.file)]);
    const first = page.getByRole('region', { name: 'First group', exact: true });
    await expect(first).toContainText(`${cases.length + 1} files added: 1 file counted, ${cases.length} files could not be used.`);
    const message = first.locator('[id$="-files-message"]');
    await expectBeside(message, `${cases.length} of the files you added could not be used.`);
    const failures = first.locator('.gr-failures li');
    for (const [index, hostile] of cases.entries()) await expect(failures.nth(index), hostile.name).toContainText(hostile.says);
    await expect(page.getByRole('region', { name: 'Results: First group', exact: true })).toContainText('1 person');
    expect(await axeViolations(page)).toEqual([]);
  });
});

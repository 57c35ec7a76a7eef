/**
 * The sequence builder page: without JavaScript it explains the file and lists every id; with it,
 * a sequence is built with the keyboard and the mouse and downloaded as a file that passes the
 * content check. Works on any playbook: the techniques come from the content folder under test.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { contentFolder } from '../../src/lib/content/site-config.ts';
import { stepId } from '../../src/lib/content/step-id.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Technique {
  id: string;
  title: string;
  steps: { id: string; title: string }[];
}
const content = readContent(process.cwd(), contentFolder());
const techniques: Technique[] = content.entries
  .filter((entry) => entry.collection === 'techniques')
  .map((entry) => {
    const data = entry.data as { title: string; steps: { id?: string; title: string }[] };
    return { id: entry.id, title: data.title, steps: data.steps.map((step) => ({ id: stepId(step), title: step.title })) };
  })
  .sort((a, b) => a.title.localeCompare(b.title));
const sequenceCount = content.entries.filter((entry) => entry.collection === 'sequences').length;

const steps = (page: Page) => page.locator('.sb-steps > li');
const stepTitles = (page: Page) => page.locator('.sb-steps .sb-step__title').allTextContents();

async function addStep(page: Page, technique: Technique, step?: { title: string }, weeks?: string) {
  await page.getByLabel('Technique', { exact: true }).selectOption(technique.id);
  await page.getByLabel('Focus', { exact: true }).selectOption(step ? { label: step.title } : { label: 'The whole technique' });
  if (weeks) await page.getByLabel('Weeks', { exact: true }).fill(weeks);
  await page.getByRole('button', { name: 'Add step' }).click();
}

/** Axe violations inside the builder's section of the page. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('.sb-section').analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains how to write the file and lists every technique and step id', async ({ page }) => {
    await page.goto('sequence-builder/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build a PD sequence');
    await expect(page.getByText('The builder needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Write a sequence by hand' })).toBeVisible();
    const rows = page.locator('table.sb-ids tbody tr');
    await expect(rows).toHaveCount(techniques.length);
    for (const technique of techniques) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: technique.title, exact: true }) });
      await expect(row.locator('td code').first()).toHaveText(technique.id);
      await expect(row.locator('.sb-step-ids code')).toHaveText(technique.steps.map((step) => step.id));
    }
  });
});

test.describe('with JavaScript', () => {
  test.skip(techniques.length < 3, 'the builder test needs a playbook with three techniques');
  // Tall enough that three steps fit on screen, so a drag can reach the last one without scrolling.
  test.use({ viewport: { width: 1280, height: 1600 } });

  test('build a sequence with the keyboard and the mouse, and download a file that passes the check', async ({ page }) => {
    const [a, b, c] = techniques as [Technique, Technique, Technique];
    await page.goto('sequence-builder/');
    await expect(page.getByText('The builder needs JavaScript')).toHaveCount(0);
    await page.getByLabel('Title', { exact: true }).fill('Autumn term: a test sequence');
    await expect(page.getByLabel('File name')).toHaveValue('autumn-term-a-test-sequence');
    await page.getByLabel('Who it is for').fill('Teachers new to the school');
    await page.getByLabel('Summary').fill('Three techniques, one at a time.');

    await addStep(page, a);
    await addStep(page, b, b.steps[1], '3');
    await addStep(page, c, undefined, '1');
    expect(await stepTitles(page)).toEqual([a.title, b.title, c.title]);
    await expect(page.getByRole('status')).toContainText(`Added step 3: ${c.title}`);

    // Keyboard: move the last step up twice with its button; focus stays on the moved step's buttons.
    const upC = page.getByRole('button', { name: `Move up step 3, ${c.title}` });
    await upC.focus();
    await page.keyboard.press('Enter');
    expect(await stepTitles(page)).toEqual([a.title, c.title, b.title]);
    await expect(page.getByRole('button', { name: `Move up step 2, ${c.title}` })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await stepTitles(page)).toEqual([c.title, a.title, b.title]);
    // At the top "Move up" is disabled, so focus moves to "Move down" of the same step.
    await expect(page.getByRole('button', { name: `Move down step 1, ${c.title}` })).toBeFocused();
    await expect(page.getByRole('status')).toContainText(`Moved ${c.title} to step 1 of 3`);

    // Mouse: drag the first step onto the last.
    await steps(page).nth(0).locator('.sb-handle').dragTo(steps(page).nth(2));
    expect(await stepTitles(page)).toEqual([a.title, b.title, c.title]);

    // Weeks and notes of a step, in place.
    await page.getByLabel(`Weeks for step 1, ${a.title}`).fill('2');
    await page.getByLabel(`Notes for step 3, ${c.title}`).fill('Film one lesson: "what went well?"\nShare it at the clinic.');
    await expect(page.locator('.sb-steps .sb-step__when')).toHaveText(['Weeks 1–2', 'Weeks 3–5', 'Week 6']);

    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Check and download/ }).click()]);
    expect(download.suggestedFilename()).toBe('autumn-term-a-test-sequence.yaml');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(parse(text)).toEqual({
      title: 'Autumn term: a test sequence',
      audience: 'Teachers new to the school',
      summary: 'Three techniques, one at a time.',
      steps: [
        { technique: a.id, weeks: 2 },
        { technique: b.id, step: b.steps[1]!.id, weeks: 3 },
        { technique: c.id, weeks: 1, notes: 'Film one lesson: "what went well?"\nShare it at the clinic.' },
      ],
    });
    await expect(page.getByText('The file passes the same checks as npm run check.')).toBeVisible();

    // The real content check accepts the file in a copy of this playbook.
    const root = mkdtempSync(path.join(os.tmpdir(), 'builder-e2e-'));
    try {
      cpSync(contentFolder(), path.join(root, 'content'), { recursive: true });
      mkdirSync(path.join(root, 'content/sequences'), { recursive: true });
      writeFileSync(path.join(root, 'content/sequences', download.suggestedFilename()), text, { flag: 'wx' });
      const result = checkContent(root, path.join(root, 'content'));
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.entries.some((entry) => entry.collection === 'sequences' && entry.id === 'autumn-term-a-test-sequence')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('an incomplete sequence is not downloaded: the problems are listed, linked to their fields', async ({ page }) => {
    await page.goto('sequence-builder/');
    await page.getByLabel('Title', { exact: true }).fill('Half done');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: /^Check and download/ }).click();
    const summary = page.locator('.sb-problems');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toContainText('The file is not ready');
    await expect(summary).toContainText('audience: expected text, found nothing');
    await expect(summary).toContainText('steps: expected at least 1 item, found an empty list');
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: /^audience/ }).click();
    await expect(page.getByLabel('Who it is for')).toBeFocused();
    // Weeks out of range on a step are caught too, in the check's words.
    await addStep(page, techniques[0]!, undefined, '60');
    await page.getByRole('button', { name: /^Check and download/ }).click();
    await expect(page.locator('.sb-problems')).toContainText('Step 1, weeks: expected a number of at most 52, found 60');
    expect(downloaded).toBe(false);
  });

  test('a sequence in the playbook can be loaded, edited and downloaded again', async ({ page }) => {
    test.skip(sequenceCount === 0, 'this playbook has no sequences');
    await page.goto('sequence-builder/');
    const start = page.getByLabel('Start from a sequence in this playbook');
    const chosen = (await start.locator('option').first().textContent())!.trim();
    await page.getByRole('button', { name: 'Load it' }).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(chosen);
    await expect(page.getByText('A sequence with this name exists')).toBeVisible();
    expect(await steps(page).count()).toBeGreaterThan(0);
  });

  test('the work is kept after a reload, and clearing the form asks first', async ({ page }) => {
    await page.goto('sequence-builder/');
    await page.getByLabel('Title', { exact: true }).fill('Kept across a reload');
    await addStep(page, techniques[0]!, undefined, '2');
    await page.reload();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kept across a reload');
    expect(await stepTitles(page)).toEqual([techniques[0]!.title]);
    await expect(page.getByText(/Your draft from .* is back/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Declining the confirmation keeps everything; accepting it clears the form, and a reload stays clear.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Clear the form' }).first().click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kept across a reload');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear the form' }).first().click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
    expect(await steps(page).count()).toBe(0);
  });

  test('an unreadable saved draft is set aside with a notice, not thrown away', async ({ page }) => {
    await page.goto('sequence-builder/');
    await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
    const key = await page.evaluate(() => {
      const base = document.documentElement.dataset.base ?? '/';
      const name = `playbook:${base}:sequence-builder:draft`;
      localStorage.setItem(name, '{"version": 1, "draft": "not a draft"');
      return name;
    });
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('A saved draft could not be read');
    const kept = await page.evaluate((name) => Object.keys(localStorage).filter((key) => key.startsWith(name) && key !== name).map((key) => localStorage.getItem(key)), key);
    expect(kept).toEqual(['{"version": 1, "draft": "not a draft"']);
  });
});

/**
 * The sequence builder page, which hosts the entry editor's sequence form. Without JavaScript it
 * explains the file and links to the page that lists every id. With it: a new sequence written with the keyboard
 * (techniques chosen from the playbook by strand, steps reordered with Move up), downloaded and put
 * through the real content check; a sequence of the playbook opened with ?sequence=<id> saves
 * unchanged and links to its file in the repository; a draft the old builder left in the browser
 * opens in the form (and one that cannot be read is set aside); a new sequence is proposed with its
 * path and text; axe finds nothing. Works on any playbook: choices come from the content under test.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/engine/check.node.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { stepId } from '../../src/lib/content/step-id.ts';
import { axeViolations, press, tabTo, typeInto } from './island-helpers.ts';

interface Technique {
  id: string;
  title: string;
  strand: string;
  steps: { id: string; title: string }[];
}
const content = readContent(process.cwd(), contentFolder());
const playbook = readPlaybook(contentFolder())!;
const techniques: Technique[] = content.entries
  .filter((entry) => entry.collection === 'techniques')
  .map((entry) => {
    const data = entry.data as { title: string; strand: string; steps: { id?: string; title: string }[] };
    return { id: entry.id, title: data.title, strand: data.strand, steps: data.steps.map((step) => ({ id: stepId(step), title: step.title })) };
  })
  .sort((a, b) => a.title.localeCompare(b.title));
const strandTitles = content.entries
  .filter((entry) => entry.collection === 'strands')
  .map((entry) => entry.data as { id: string; title: string; order: number })
  .sort((a, b) => a.order - b.order);
const sequences = content.entries.filter((entry) => entry.collection === 'sequences');
const contentDir = path.relative(process.cwd(), contentFolder()).split(path.sep).join('/');

async function expectNoAxeViolations(page: Page, label: string) {
  const found = (await axeViolations(page)).map((violation) => `${label}: ${violation}`);
  expect(found, found.join('\n')).toEqual([]);
}

/** Chooses an option of a select with the keyboard: arrow keys until it holds `value`. */
async function chooseWithKeys(page: Page, id: string, value: string) {
  await tabTo(page, id);
  const values = await page.locator(`#${id} option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await page.locator(`#${id}`).inputValue());
  const to = values.indexOf(value);
  expect(to, `${value} is one of #${id}'s options`).toBeGreaterThanOrEqual(0);
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect(page.locator(`#${id}`)).toHaveValue(value);
}

/** Waits for the form's island to run: on a busy machine that can take longer than an expectation's default wait. */
async function formReady(page: Page) {
  await expect(page.locator('.ed')).toBeVisible({ timeout: 30_000 });
}

/** The sequence page with nothing saved in this browser. */
async function freshPage(page: Page, query = '') {
  await page.goto(`sequence-builder/${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`sequence-builder/${query}`);
  await formReady(page);
}

/** The storage keys of the old builder's draft and the sequence form's draft, for this site's base. */
async function keys(page: Page): Promise<{ old: string; current: string }> {
  const base = await page.evaluate(() => document.documentElement.dataset.base ?? '/');
  return { old: `playbook:${base}:sequence-builder:draft`, current: `playbook:${base}:editor:sequences:draft` };
}

/** The step techniques shown in the form, in order. */
const stepTechniques = (page: Page) => page.locator('select[id^="ed-steps-"][id$="-technique"]').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the form needs JavaScript, explains how to write the file and links to every technique and step id', async ({ page }) => {
    await page.goto('sequence-builder/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build a PD sequence');
    await expect(page.getByText('The form needs JavaScript, which is off or has not loaded.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Write a sequence by hand' })).toBeVisible();
    const example = await page.getByRole('region', { name: 'An example sequence file' }).textContent();
    // The ids are on a page of their own, so the sequence page stays the same size however many techniques there are.
    await page.getByRole('link', { name: 'the page of ids' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('and action step ids');
    const rows = page.locator('table.sb-ids tbody tr');
    await expect(rows).toHaveCount(techniques.length);
    for (const technique of techniques) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: technique.title, exact: true }) });
      await expect(row.locator('td code').first()).toHaveText(technique.id);
      await expect(row.locator('.sb-step-ids code')).toHaveText(technique.steps.map((step) => step.id));
    }
    // The example file is valid in this playbook: the content check accepts it.
    const root = mkdtempSync(path.join(os.tmpdir(), 'builder-example-'));
    try {
      cpSync(contentFolder(), path.join(root, 'content'), { recursive: true });
      mkdirSync(path.join(root, 'content/sequences'), { recursive: true });
      writeFileSync(path.join(root, 'content/sequences/example-from-the-page.yaml'), example!);
      expect(checkContent(root, path.join(root, 'content')).problems.map(formatProblem)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

test.describe('with JavaScript', () => {
  test.skip(techniques.length < 3, 'the test needs a playbook with three techniques');

  test('the page hosts the editor for sequences only, and its start passes axe', async ({ page }) => {
    await freshPage(page);
    // The page lists the first entries itself and its script the rest, fetched only where there are
    // more: the count below waits for the whole list either way.
    await expect(page.getByText('The form needs JavaScript')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start a new sequence' })).toBeVisible();
    // No choice of kind: only sequences are written here, and only sequences are offered to open.
    await expect(page.locator('#ed-start-kind')).toHaveCount(0);
    await expect(page.locator('#ed-open option')).toHaveCount(sequences.length);
    const offered = await page.locator('#ed-open option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered.sort()).toEqual(sequences.map((entry) => `sequences/${entry.id}`).sort());
    await expectNoAxeViolations(page, 'start');
  });

  test('a new sequence with the keyboard alone: steps chosen by strand, reordered, downloaded, and it passes the check', async ({ page }) => {
    const [a, b, c] = techniques as [Technique, Technique, Technique];
    await freshPage(page);
    await page.locator('body').focus();
    await press(page, 'ed-start-new');
    await expect(page.locator('#ed-heading')).toBeFocused();
    await expect(page.locator('#ed-heading')).toHaveText('New sequence');

    await typeInto(page, 'ed-title', 'Autumn term: a test sequence');
    await expect(page.locator('#ed-file-name')).toHaveValue('autumn-term-a-test-sequence');
    await typeInto(page, 'ed-audience', 'Teachers new to the school');
    await typeInto(page, 'ed-summary', 'Three techniques, one at a time.');
    const plan: [Technique, { id: string } | undefined, string][] = [
      [a, undefined, '2'],
      [b, b.steps[1] ?? b.steps[0], '3'],
      [c, undefined, '1'],
    ];
    for (const [i, [technique, step, weeks]] of plan.entries()) {
      await press(page, 'ed-steps');
      await expect(page.locator(`#ed-steps-${i}-technique`)).toBeFocused();
      await chooseWithKeys(page, `ed-steps-${i}-technique`, technique.id);
      // The action steps offered are that technique's own, read from its file once it is chosen.
      const offered = () => page.locator(`#ed-steps-${i}-step option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      await expect.poll(offered).toEqual(['', ...technique.steps.map((s) => s.id)]);
      if (step) await chooseWithKeys(page, `ed-steps-${i}-step`, step.id);
      await typeInto(page, `ed-steps-${i}-weeks`, weeks);
    }
    await typeInto(page, 'ed-steps-2-notes', 'Film one lesson: "what went well?"\nShare it at the clinic.');
    // Techniques are offered under their strands, in the strands' order.
    const groups = await page.locator('#ed-steps-0-technique optgroup').evaluateAll((list) => list.map((group) => (group as HTMLOptGroupElement).label));
    expect(groups).toEqual(strandTitles.map((strand) => strand.title).filter((title) => groups.includes(title)));
    expect(groups.length).toBeGreaterThan(0);

    // Reorder with the keyboard: the third step up twice; focus stays on the moved step's buttons.
    await press(page, 'ed-steps-2-up');
    await expect.poll(() => stepTechniques(page)).toEqual([a.id, c.id, b.id]);
    await expect(page.locator('#ed-steps-1-up')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTechniques(page)).toEqual([c.id, a.id, b.id]);
    // At the top "Move up" is disabled, so focus moves to "Move down" of the same step.
    await expect(page.locator('#ed-steps-0-down')).toBeFocused();
    await expect(page.locator('.ed > p[role="status"]')).toHaveText('Step 2 moved to 1 of 3.');
    await expect(page.locator('#ed-steps-0-notes')).toHaveValue('Film one lesson: "what went well?"\nShare it at the clinic.');
    // The preview counts the weeks as the sequence page will.
    await expect(page.locator('.ed-preview-note')).toHaveText('3 steps, 6 weeks in all.');
    await expectNoAxeViolations(page, 'new sequence, filled in');

    await press(page, 'ed-finish-button');
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'ed-download')]);
    expect(download.suggestedFilename()).toBe('autumn-term-a-test-sequence.yaml');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(parse(text)).toEqual({
      title: 'Autumn term: a test sequence',
      audience: 'Teachers new to the school',
      summary: 'Three techniques, one at a time.',
      steps: [
        { technique: c.id, weeks: 1, notes: 'Film one lesson: "what went well?"\nShare it at the clinic.' },
        { technique: a.id, weeks: 2 },
        { technique: b.id, step: (b.steps[1] ?? b.steps[0])!.id, weeks: 3 },
      ],
    });

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

  test('an unfinished sequence is not offered: the problems are listed and linked, each a sentence in the reader\'s words', async ({ page }) => {
    await freshPage(page);
    await page.getByRole('button', { name: 'Start a new sequence' }).click();
    await page.locator('#ed-title').fill('Half done');
    await page.locator('#ed-steps').click();
    await page.locator('#ed-steps-0-technique').selectOption(techniques[0]!.id);
    await page.locator('#ed-steps-0-weeks').fill('60');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const summary = page.locator('.ed-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toContainText(['Enter the audience', 'Enter the weeks of step 1 as a whole number from 1 to 52']);
    await expect(page.locator('#ed-download')).toHaveCount(0);
    await expectNoAxeViolations(page, 'with problems');
    await summary.getByRole('link', { name: /^Enter the weeks of step 1/ }).click();
    await expect(page.locator('#ed-steps-0-weeks')).toBeFocused();
  });

  test('?sequence=<id> opens a sequence of the playbook, as its page\'s "Adapt it" link does; unchanged, it saves as it was', async ({ page }) => {
    test.skip(sequences.length === 0, 'this playbook has no sequences');
    const sequence = sequences[0]!;
    await page.goto(`sequences/${sequence.id}/`);
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('link', { name: 'Adapt it in the sequence builder' }).click();
    await expect(page).toHaveURL(new RegExp(`sequence-builder/\\?sequence=${sequence.id}$`));
    const title = (sequence.data as { title: string }).title;
    await expect(page.locator('#ed-heading')).toHaveText(`Change: ${title}`);
    await expect(page.locator('#ed-title')).toHaveValue(title);
    const steps = (sequence.data as { steps: { technique: string }[] }).steps;
    await expect.poll(() => stepTechniques(page)).toEqual(steps.map((step) => step.technique));
    await expectNoAxeViolations(page, 'an existing sequence');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    await expect(page.locator('#ed-file-text')).toHaveValue(readFileSync(path.join(process.cwd(), sequence.file), 'utf8'));
    // With a draft open, another ?sequence= does not replace it: the form says so.
    await page.goto(`sequence-builder/?sequence=${sequences.at(-1)!.id}`);
    await expect(page.locator('#ed-heading')).toHaveText(`Change: ${title}`);
    await expect(page.getByText('Your draft is still open.')).toBeVisible();
  });

  test('a draft the old sequence builder left in this browser opens in the form, and nothing is lost', async ({ page }) => {
    const [a, b] = techniques as [Technique, Technique];
    const stepOfB = b.steps[0]!;
    await freshPage(page);
    const { old, current } = await keys(page);
    // Exactly as the old builder saved it: weeks as typed text, empty fields as "".
    const saved = JSON.stringify({
      version: 1,
      savedAt: '2026-11-20T09:15:00.000Z',
      draft: {
        id: 'spring-plan',
        title: 'Spring plan',
        audience: 'Early-career teachers',
        summary: '',
        steps: [
          { key: 'step-1', technique: a.id, step: '', weeks: '2', notes: 'Start here.' },
          { key: 'step-2', technique: b.id, step: stepOfB.id, weeks: '3', notes: '' },
        ],
      },
    });
    await page.evaluate(([name, value]) => localStorage.setItem(name!, value!), [old, saved]);
    await page.reload();
    await formReady(page);
    await expect(page.getByText('Your draft from the sequence builder is back')).toBeVisible();
    await expect(page.locator('#ed-heading')).toHaveText('New sequence');
    await expect(page.locator('#ed-title')).toHaveValue('Spring plan');
    await expect(page.locator('#ed-file-name')).toHaveValue('spring-plan');
    await expect(page.locator('#ed-audience')).toHaveValue('Early-career teachers');
    await expect.poll(() => stepTechniques(page)).toEqual([a.id, b.id]);
    await expect(page.locator('#ed-steps-0-weeks')).toHaveValue('2');
    await expect(page.locator('#ed-steps-0-notes')).toHaveValue('Start here.');
    await expect(page.locator('#ed-steps-1-step')).toHaveValue(stepOfB.id);
    await expect(page.locator('#ed-steps-1-weeks')).toHaveValue('3');
    await expectNoAxeViolations(page, 'an old draft, migrated');
    // It now lives under the form's own key; the old key is gone, so it is brought over once only.
    const stored = await page.evaluate(([o, c]) => ({ old: localStorage.getItem(o!), current: localStorage.getItem(c!) }), [old, current]);
    expect(stored.old).toBeNull();
    expect(JSON.parse(stored.current!).draft.data.title).toBe('Spring plan');
    // The missing summary is the only thing left to do.
    await page.getByRole('button', { name: 'Check and finish' }).click();
    await expect(page.locator('.ed-summary li')).toHaveText(['Enter the summary']);
    await page.locator('#ed-summary').fill('Two techniques.');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    expect(parse(await page.locator('#ed-file-text').inputValue())).toEqual({
      title: 'Spring plan',
      audience: 'Early-career teachers',
      summary: 'Two techniques.',
      steps: [
        { technique: a.id, weeks: 2, notes: 'Start here.' },
        { technique: b.id, step: stepOfB.id, weeks: 3 },
      ],
    });
  });

  test('an old draft that started from one of the playbook\'s sequences opens as a change to it', async ({ page }) => {
    test.skip(sequences.length === 0, 'this playbook has no sequences');
    const sequence = sequences[0]!;
    const data = sequence.data as { title: string; audience: string; summary: string; steps: { technique: string; step?: string; weeks: number; notes?: string }[] };
    await freshPage(page);
    const { old } = await keys(page);
    const steps = data.steps.map((step, i) => ({ key: `step-${i + 1}`, technique: step.technique, step: step.step ?? '', weeks: String(step.weeks), notes: step.notes ?? '' }));
    const saved = JSON.stringify({ version: 1, savedAt: '2026-11-20T09:15:00.000Z', draft: { id: sequence.id, title: `${data.title} (adapted)`, audience: data.audience, summary: data.summary, steps } });
    await page.evaluate(([name, value]) => localStorage.setItem(name!, value!), [old, saved]);
    await page.reload();
    await formReady(page);
    await expect(page.locator('#ed-heading')).toHaveText(`Change: ${data.title} (adapted)`);
    await page.getByRole('button', { name: 'Check and finish' }).click();
    // Only the title changed: the file holds the sequence's own data otherwise.
    const text = await page.locator('#ed-file-text').inputValue();
    const before = parse(readFileSync(path.join(process.cwd(), sequence.file), 'utf8')) as Record<string, unknown>;
    expect(parse(text)).toEqual({ ...before, title: `${data.title} (adapted)` });
    // And it is proposed as a change to that file, where a repository is set.
    if (playbook.repository) await expect(page.locator('#ed-propose')).toHaveAttribute('href', `${playbook.repository.url}/edit/${playbook.repository.branch}/${sequence.file}`);
  });

  test('an old draft that cannot be read is set aside with a notice, not thrown away', async ({ page }) => {
    await freshPage(page);
    const { old } = await keys(page);
    await page.evaluate((name) => localStorage.setItem(name, '{"version": 1, "draft": "not a draft"'), old);
    await page.reload();
    await formReady(page);
    await expect(page.getByRole('alert')).toContainText('A draft from the old sequence builder could not be read');
    await expect(page.getByRole('button', { name: 'Start a new sequence' })).toBeVisible();
    const kept = await page.evaluate((name) => Object.keys(localStorage).filter((key) => key.startsWith(`${name}:backup:`)).map((key) => localStorage.getItem(key)), old);
    expect(kept).toEqual(['{"version": 1, "draft": "not a draft"']);
    await expectNoAxeViolations(page, 'an unreadable old draft');
  });

  test('a new sequence is proposed on the repository\'s new-file page with its path and text', async ({ page }) => {
    test.skip(!playbook.repository, 'this playbook names no repository');
    await freshPage(page);
    await page.getByRole('button', { name: 'Start a new sequence' }).click();
    await page.locator('#ed-title').fill('Proposed from the builder');
    await page.locator('#ed-audience').fill('Everyone');
    await page.locator('#ed-summary').fill('A sequence to propose.');
    await page.locator('#ed-steps').click();
    await page.locator('#ed-steps-0-technique').selectOption(techniques[0]!.id);
    await page.locator('#ed-steps-0-weeks').fill('2');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const text = await page.locator('#ed-file-text').inputValue();
    const url = new URL((await page.locator('#ed-propose').getAttribute('href'))!);
    const repo = playbook.repository!;
    expect(`${url.origin}${url.pathname}`).toBe(`${repo.url}/new/${repo.branch}`);
    expect(url.searchParams.get('filename')).toBe(`${contentDir}/sequences/proposed-from-the-builder.yaml`);
    expect(url.searchParams.get('value')).toBe(text);
  });

  test('at 390 px the form keeps everything within the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await freshPage(page);
    await page.getByRole('button', { name: 'Start a new sequence' }).click();
    await page.locator('#ed-steps').click();
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

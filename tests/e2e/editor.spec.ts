/**
 * The entry editor in Chromium: a new technique written with the keyboard alone and another with
 * the mouse, each downloaded and put through the content check in a copy of the content folder,
 * then a real build of that copy shows both pages. Problems are listed in the summary, linked to
 * their fields, with focus moved to the summary; axe finds nothing on the editor empty, with
 * problems and in preview; an existing entry saves unchanged; drafts survive a reload and an
 * unreadable draft is set aside. Works on any playbook: choices come from the content under test.
 * With a repository in playbook.yaml, the propose link carries the path and the content.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/engine/check.node.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { PROTOCOL_KIND_LABELS } from '../../src/collections/protocols/index.ts';
import { press, tabTo, typeInto } from './island-helpers.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const playbook = readPlaybook(contentFolder())!;
const firstTechnique = readContent(process.cwd(), contentFolder()).entries.find((entry) => entry.collection === 'techniques')!;

async function expectNoAxeViolations(page: Page, label: string) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = axe.violations.map((violation) => `${label}: ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')}`);
  expect(found, found.join('\n')).toEqual([]);
}

/** Picks the first real option of a select with the keyboard. */
async function pickFirst(page: Page, id: string) {
  await tabTo(page, id);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#${id}`)).not.toHaveValue('');
}

/** The downloaded file's text. */
async function download(page: Page, act: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), act()]);
  const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'editor-download-')), file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

/** A copy of the content folder with these technique files added, and the check's problems for it. */
function checkWith(files: { name: string; text: string }[]): { root: string; problems: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editor-check-'));
  cpSync(contentFolder(), path.join(root, 'content'), { recursive: true });
  for (const file of files) writeFileSync(path.join(root, 'content', 'techniques', file.name), file.text);
  return { root, problems: checkContent(root, path.join(root, 'content')).problems.map(formatProblem) };
}

async function freshEditor(page: Page, query = '') {
  await page.goto(`editor/${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`editor/${query}`);
}

test.describe('writing new techniques', () => {
  test.describe.configure({ mode: 'serial' });
  const files: { name: string; text: string }[] = [];

  test('with the keyboard alone', async ({ page }) => {
    await freshEditor(page);
    // Start a new technique from the start panel.
    await page.locator('body').focus();
    await tabTo(page, 'ed-start-kind');
    await expect(page.locator('#ed-start-kind')).toHaveValue('techniques');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#ed-heading')).toBeFocused();

    await typeInto(page, 'ed-title', 'Keyboard test routine');
    await expect(page.locator('#ed-file-name')).toHaveValue('keyboard-test-routine');
    await typeInto(page, 'ed-summary', 'A routine written in the editor with the keyboard alone, to test it.');
    await pickFirst(page, 'ed-strand');
    await press(page, 'ed-phases', 'Space');
    await press(page, 'ed-problems');
    await expect(page.locator('#ed-problems-0')).toBeFocused();
    await page.keyboard.type('Pupils drift at the start of the lesson.');
    for (let i = 0; i < 3; i++) {
      await press(page, 'ed-steps');
      await expect(page.locator(`#ed-steps-${i}-id`)).toBeFocused();
      await typeInto(page, `ed-steps-${i}-title`, `Do step ${i + 1}`);
      await typeInto(page, `ed-steps-${i}-detail`, `What step ${i + 1} involves, in a sentence.`);
    }
    // Reorder with the keyboard: move the third step up, focus stays on its button.
    await press(page, 'ed-steps-2-up');
    await expect(page.locator('#ed-steps-1-up')).toBeFocused();
    await expect(page.locator('#ed-steps-1-title')).toHaveValue('Do step 3');
    await press(page, 'ed-lookFors');
    await page.keyboard.type('Every pupil starts at once.');
    await press(page, 'ed-pitfalls');
    await page.keyboard.type('Talking over the routine.');
    await typeInto(page, 'ed-rehearsal-setup', 'In pairs, one plays the class.');
    await typeInto(page, 'ed-rehearsal-script', '"Pens down, eyes here."');
    await press(page, 'ed-rehearsal-feedback');
    await page.keyboard.type('Was the instruction short?');
    await press(page, 'ed-evidence');
    await expect(page.locator('#ed-evidence-0-source')).toBeFocused();
    await pickFirst(page, 'ed-evidence-0-source');
    await typeInto(page, 'ed-evidence-0-note', 'The source describes a start-of-lesson routine.');
    await press(page, 'ed-examples');
    await expect(page.locator('#ed-examples-0-phase')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await typeInto(page, 'ed-examples-0-title', 'A first lesson');
    await typeInto(page, 'ed-examples-0-text', 'The teacher waits at the door and **greets** each pupil.');

    await press(page, 'ed-finish-button');
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    const file = await download(page, () => press(page, 'ed-download'));
    expect(file.name).toBe('keyboard-test-routine.mdx');
    expect(file.text).toContain('<Example phase=');
    files.push(file);
  });

  test('with the mouse', async ({ page }) => {
    await freshEditor(page);
    await page.locator('#ed-start-kind').selectOption('techniques');
    await page.getByRole('button', { name: 'Start a new technique' }).click();
    await page.locator('#ed-title').fill('Mouse test routine');
    await page.locator('#ed-summary').fill('A routine written in the editor with the mouse, to test it.');
    await page.locator('#ed-strand').selectOption({ index: 1 });
    await page.locator('#ed-phases').check();
    await page.getByRole('button', { name: 'Add a problem' }).click();
    await page.locator('#ed-problems-0').fill('Pupils drift at the end of the lesson.');
    for (let i = 0; i < 3; i++) {
      await page.locator('#ed-steps').click();
      await page.locator(`#ed-steps-${i}-title`).fill(`Mouse step ${i + 1}`);
      await page.locator(`#ed-steps-${i}-detail`).fill(`What mouse step ${i + 1} involves.`);
    }
    // Reorder with the mouse: the first step down, then remove the last and add it again.
    await page.locator('#ed-steps-0-down').click();
    await expect(page.locator('#ed-steps-1-title')).toHaveValue('Mouse step 1');
    await page.getByRole('button', { name: 'Add a look-for' }).click();
    await page.locator('#ed-lookFors-0').fill('The class is quiet within a minute.');
    await page.getByRole('button', { name: 'Add a pitfall' }).click();
    await page.locator('#ed-pitfalls-0').fill('Starting before everyone is ready.');
    await page.locator('#ed-rehearsal-setup').fill('In threes.');
    await page.locator('#ed-rehearsal-script').fill('"Everyone, look this way."');
    await page.locator('#ed-rehearsal-feedback').click();
    await page.locator('#ed-rehearsal-feedback-0').fill('Was it calm?');
    await page.locator('#ed-evidence').click();
    await page.locator('#ed-evidence-0-source').selectOption({ index: 1 });
    await page.locator('#ed-evidence-0-note').fill('The source describes an end-of-lesson routine.');
    // The live preview shows what is typed.
    await expect(page.locator('.ed-preview h3')).toHaveText('Mouse test routine');
    await expect(page.locator('.ed-preview')).toContainText('Mouse step 2');

    await page.getByRole('button', { name: 'Check and finish' }).click();
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    const file = await download(page, () => page.locator('#ed-download').click());
    expect(file.name).toBe('mouse-test-routine.mdx');
    expect(file.text.indexOf('Mouse step 2')).toBeLessThan(file.text.indexOf('Mouse step 1'));
    files.push(file);
  });

  test('both files pass the content check, and a real build shows their pages', async () => {
    test.setTimeout(300_000);
    expect(files.map((file) => file.name)).toEqual(['keyboard-test-routine.mdx', 'mouse-test-routine.mdx']);
    const { root, problems } = checkWith(files);
    expect(problems, problems.join('\n')).toEqual([]);
    const out = path.join(root, 'dist');
    const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      env: { ...process.env, PLAYBOOK_CONTENT: path.join(root, 'content'), PLAYBOOK_OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    for (const [id, title] of [['keyboard-test-routine', 'Keyboard test routine'], ['mouse-test-routine', 'Mouse test routine']]) {
      const html = readFileSync(path.join(out, 'techniques', id!, 'index.html'), 'utf8');
      expect(html).toContain(`<h1`);
      expect(html).toContain(title);
    }
    expect(readFileSync(path.join(out, 'techniques', 'keyboard-test-routine', 'index.html'), 'utf8')).toContain('<strong>greets</strong>');
    rmSync(root, { recursive: true, force: true });
  });
});

test('problems are listed at the top, linked to their fields, and focus moves to the list', async ({ page }) => {
  await freshEditor(page, '?new=techniques');
  await expectNoAxeViolations(page, 'new, empty');
  await page.locator('#ed-title').fill('Linked problems');
  await page.getByRole('button', { name: 'Check and finish' }).click();
  const summary = page.locator('.ed-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toContainText('problems to fix');
  // No file is offered while there are problems.
  await expect(page.locator('#ed-download')).toHaveCount(0);
  const links = summary.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const href = await links.nth(i).getAttribute('href');
    await expect(page.locator(href!), `${await links.nth(i).textContent()} links to ${href}`).toHaveCount(1);
  }
  await summary.getByRole('link', { name: /^Summary: expected text/ }).click();
  await expect(page.locator('#ed-summary')).toBeFocused();
  await expect(page.locator('#ed-summary')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'with problems');
  // Fixing a field takes its problem off the list as you type.
  await page.locator('#ed-summary').fill('Now it has a summary.');
  await expect(summary.getByRole('link', { name: /^Summary:/ })).toHaveCount(0);
});

test("a field's fixed values are offered in readers' words, with the value the file takes", async ({ page }) => {
  await freshEditor(page, '?new=protocols');
  const kind = page.locator('#ed-kind');
  await expect(kind).toBeVisible();
  for (const [value, label] of Object.entries(PROTOCOL_KIND_LABELS)) await expect(kind.locator(`option[value="${value}"]`)).toHaveText(`${label} (${value})`);
  await kind.selectOption('lesson-study');
  await expect(page.locator('.ed-preview')).toContainText(PROTOCOL_KIND_LABELS['lesson-study']);
});

test('an existing entry opens, previews, and saves unchanged', async ({ page }) => {
  await freshEditor(page, `?open=techniques/${firstTechnique.id}`);
  await expect(page.locator('#ed-heading')).toContainText('Change:');
  await expect(page.locator('#ed-preview-heading')).toBeVisible();
  await page.getByRole('button', { name: /^Show how it looks/ }).first().click();
  await expect(page.locator('.ed-md-preview').first()).toBeVisible();
  await expectNoAxeViolations(page, 'open, in preview');
  await page.getByRole('button', { name: 'Check and finish' }).click();
  const file = await download(page, () => page.locator('#ed-download').click());
  expect(file.text).toBe(readFileSync(path.join(process.cwd(), firstTechnique.file), 'utf8'));
});

test('every entry of the playbook opens in the editor and finishes unchanged, with no problems', async ({ page }) => {
  test.setTimeout(600_000);
  await freshEditor(page);
  await expect(page.locator('#ed-open')).toBeVisible();
  const choices = await page.locator('#ed-open option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const { entries } = readContent(process.cwd(), contentFolder());
  // Every entry, and playbook.yaml.
  expect(choices.length).toBe(entries.length + 1);
  const failures: string[] = [];
  for (const choice of choices) {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`editor/?open=${choice}`);
    await page.locator('#ed-finish-button').click();
    // The file is offered only once every check has run on the entry as opened; until then the
    // form says it is checking. Wait for one outcome or the other.
    const ready = page.locator('#ed-output-heading');
    const summary = page.locator('.ed-summary');
    await expect(ready.or(summary).first(), `${choice}: finished or listed problems`).toBeVisible();
    if (await summary.isVisible()) {
      failures.push(`${choice}: not finished: ${await summary.textContent()}`);
      continue;
    }
    await expect(ready).toBeFocused();
    const response = await page.request.get(`editor/${choice}.json`);
    const source = (await response.json()) as { text: string };
    if ((await page.locator('#ed-file-text').inputValue()) !== source.text) failures.push(`${choice}: the saved file differs from the original`);
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('the start panel passes axe, and a draft survives a reload; an unreadable one is set aside', async ({ page }) => {
  await freshEditor(page);
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: 'Start a new technique' }).click();
  await page.locator('#ed-title').fill('Kept in the browser');
  await page.reload();
  await expect(page.locator('#ed-title')).toHaveValue('Kept in the browser');
  await expect(page.getByText('Your draft from last time is back')).toBeVisible();
  const key = await page.evaluate(() => Object.keys(localStorage).find((name) => name.endsWith(':editor:draft'))!);
  await page.evaluate((name) => localStorage.setItem(name, '{"version": 1, "draft": 7}'), key);
  await page.reload();
  await expect(page.getByText(/A saved draft could not be read/)).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((name) => name.includes(':editor:draft') && name !== key)).toBe(true);
});

test('the editor at 390 px keeps everything within the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await freshEditor(page, '?new=techniques');
  await page.getByRole('button', { name: 'Check and finish' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('with a repository in playbook.yaml', () => {
  test.skip(!playbook.repository, 'this playbook names no repository');

  test('a new entry is proposed on the new-file page with its path and content', async ({ page }) => {
    await freshEditor(page, '?new=sequences');
    await page.locator('#ed-title').fill('Proposed sequence');
    await page.locator('#ed-audience').fill('Everyone');
    await page.locator('#ed-summary').fill('A sequence to propose.');
    await page.locator('#ed-steps').click();
    await page.locator('#ed-steps-0-technique').selectOption({ index: 1 });
    await page.locator('#ed-steps-0-weeks').fill('2');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const text = await page.locator('#ed-file-text').inputValue();
    const href = await page.locator('#ed-propose').getAttribute('href');
    const url = new URL(href!);
    const repo = playbook.repository!;
    expect(`${url.origin}${url.pathname}`).toBe(`${repo.url}/new/${repo.branch}`);
    const contentDir = path.relative(process.cwd(), contentFolder()).split(path.sep).join('/');
    expect(url.searchParams.get('filename')).toBe(`${contentDir}/sequences/proposed-sequence.yaml`);
    expect(url.searchParams.get('value')).toBe(text);
    expect(text).toContain('title: Proposed sequence');
  });

  test('a changed entry links to the edit page of its file', async ({ page }) => {
    await freshEditor(page, `?open=techniques/${firstTechnique.id}`);
    await page.locator('#ed-title').fill('A changed title');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const repo = playbook.repository!;
    await expect(page.locator('#ed-propose')).toHaveAttribute('href', `${repo.url}/edit/${repo.branch}/${firstTechnique.file}`);
  });

  test('entry pages link to their file in the repository', async ({ page }) => {
    await page.goto(`techniques/${firstTechnique.id}/`);
    const repo = playbook.repository!;
    await expect(page.getByRole('link', { name: /^Edit this page/ })).toHaveAttribute('href', `${repo.url}/edit/${repo.branch}/${firstTechnique.file}`);
  });
});

test.describe('without a repository in playbook.yaml', () => {
  test.skip(Boolean(playbook.repository), 'this playbook names a repository');
  test('entry pages show no edit link', async ({ page }) => {
    await page.goto(`techniques/${firstTechnique.id}/`);
    await expect(page.getByRole('link', { name: /^Edit this page/ })).toHaveCount(0);
  });
});

test('the editor page and the sequence builder (its sequence form) are the only pages that load the editor', async () => {
  const dist = process.env.SERVE_DIR ?? 'dist';
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const withEditor = pages.filter((file) => /component-url="[^"]*Editor[^"]*"/.test(readFileSync(path.join(dist, file), 'utf8')));
  expect(withEditor.map((file) => file.split(path.sep).join('/')).sort()).toEqual(['editor/index.html', 'sequence-builder/index.html']);
});

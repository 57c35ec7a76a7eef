/**
 * The entry editor in Chromium: a PD lead writes a technique from their own practice with the
 * keyboard alone (a blank form shows no problems; the first Tab after Start reaches the first
 * field; a field's problem shows once it is left, as a plain sentence) and another with the mouse,
 * citing a new source written in place; the files are downloaded and put through the content check
 * in a copy of the content folder, then a real build of that copy shows both pages, one saying it
 * comes from the trust's own practice. Problems are listed in the summary once the author asks to
 * finish, linked to their fields (inside "More options" too), with focus moved to the summary; axe
 * finds nothing on any state of the editor, and the Nu checker nothing in the markup of each; an existing
 * entry saves unchanged, and with one field changed differs only in that field's lines; drafts
 * survive a reload and an unreadable draft is set aside. Works on any playbook: choices come from
 * the content under test. With a repository in playbook.yaml, the propose link carries the path
 * and the content, and a change is copied and opened in the repository's editor.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const content = readContent(process.cwd(), contentFolder());
const firstTechnique = content.entries.find((entry) => entry.collection === 'techniques')!;
const contentDir = path.relative(process.cwd(), contentFolder()).split(path.sep).join('/');

// Each test walks the form step by step, with axe and the Nu checker on the way: on a machine shared by
// many, that takes longer than Playwright's default minute.
test.describe.configure({ timeout: 240_000 });

async function expectNoAxeViolations(page: Page, label: string) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = axe.violations.map((violation) => `${label}: ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')}`);
  expect(found, found.join('\n')).toEqual([]);
}

/** The page's markup as it is now passes the W3C Nu HTML Checker (vnu-jar, run with Java), as the built pages do (markup.spec.ts). */
async function keepMarkup(page: Page, name: string) {
  const html = `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
  expect(existsSync(jar)).toBe(true);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'editor-state-'));
  const file = path.join(folder, 'state.html');
  writeFileSync(file, html);
  const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  rmSync(folder, { recursive: true, force: true });
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; message: string; extract?: string }[] };
  // Astro's own island style in the body is the one error the built pages' check lets pass too.
  const errors = report.messages.filter((message) => message.type === 'error' && !/“style” element/.test(message.message)).map((message) => `${name}: ${message.message} [${(message.extract ?? '').trim()}]`);
  expect(errors, errors.join('\n')).toEqual([]);
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

/** A copy of the content folder with these files put in it (by their place in the content folder), and the check's problems for it. */
function checkWith(files: { place: string; text: string }[]): { root: string; problems: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'editor-check-'));
  cpSync(contentFolder(), path.join(root, 'content'), { recursive: true });
  for (const file of files) writeFileSync(path.join(root, 'content', file.place), file.text);
  return { root, problems: checkContent(root, path.join(root, 'content')).problems.map(formatProblem) };
}

async function freshEditor(page: Page, query = '') {
  await page.goto(`editor/${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`editor/${query}`);
}

/** The sentences shown beside fields, in the order of the page. */
const fieldMessages = (page: Page) => page.locator('.ed-form .ed-error-message').allTextContents();

test.describe('writing new techniques', () => {
  test.describe.configure({ mode: 'serial' });
  const files: { place: string; text: string }[] = [];

  test('a PD lead writes one from their own practice, with the keyboard alone', async ({ page }) => {
    test.setTimeout(480_000);
    await freshEditor(page);
    await expectNoAxeViolations(page, 'start');
    await keepMarkup(page, 'start');
    // Start a new technique from the start panel.
    await page.locator('body').focus();
    await tabTo(page, 'ed-start-kind');
    await expect(page.locator('#ed-start-kind')).toHaveValue('techniques');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#ed-heading')).toBeFocused();
    // A blank form is calm: no problem shows before a field has been left.
    await expect(page.locator('.ed-summary')).toHaveCount(0);
    expect(await fieldMessages(page)).toEqual([]);
    await expectNoAxeViolations(page, 'new, empty');
    await keepMarkup(page, 'new, empty');
    // The first Tab after Start reaches the first field.
    await page.keyboard.press('Tab');
    await expect(page.locator('#ed-title')).toBeFocused();
    // Leaving it empty says so beside it, in a plain sentence; typing takes the sentence away.
    await page.keyboard.press('Tab');
    await expect(page.locator('#ed-title-error')).toHaveText('Problem: Enter the title');
    await expect(page.locator('#ed-title')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'a field left empty');
    await typeInto(page, 'ed-title', 'Keyboard test routine');
    await expect(page.locator('#ed-title-error')).toHaveCount(0);
    // The short name, under More options, follows the title.
    await expect(page.locator('#ed-file-name')).toHaveValue('keyboard-test-routine');
    await expect(page.locator('#ed-file-name')).toBeHidden();
    await typeInto(page, 'ed-summary', 'A routine written in the editor with the keyboard alone, to test it.');
    await pickFirst(page, 'ed-strand');
    await press(page, 'ed-phases', 'Space');
    await press(page, 'ed-problems');
    await expect(page.locator('#ed-problems-0')).toBeFocused();
    await page.keyboard.type('Pupils drift at the start of the lesson.');
    for (let i = 0; i < 3; i++) {
      await press(page, 'ed-steps');
      // A step's own id is under its More options: its title comes first.
      await expect(page.locator(`#ed-steps-${i}-title`)).toBeFocused();
      if (i === 0) {
        // An empty step title, once left, is a plain sentence about that step.
        await page.keyboard.press('Tab');
        await expect(page.locator('#ed-steps-0-title-error')).toHaveText('Problem: Enter the title of step 1');
      }
      await typeInto(page, `ed-steps-${i}-title`, `Do step ${i + 1}`);
      await typeInto(page, `ed-steps-${i}-detail`, `What step ${i + 1} involves, in a sentence.`);
    }
    // Each step's controls come after its content; reorder with the keyboard: move the third step up, focus stays on its button.
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
    // No published source: the trust's own practice, described.
    await typeInto(page, 'ed-ownPractice', 'Developed by our Year 7 team in 2024 and tried in twelve classes before the trust adopted it.');
    await press(page, 'ed-examples');
    await expect(page.locator('#ed-examples-0-phase')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await typeInto(page, 'ed-examples-0-title', 'A first lesson');
    await typeInto(page, 'ed-examples-0-text', 'The teacher waits at the door and **greets** each pupil.');

    await press(page, 'ed-finish-button');
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    await expectNoAxeViolations(page, 'finished');
    await keepMarkup(page, 'finished');
    const file = await download(page, () => press(page, 'ed-download'));
    expect(file.name).toBe('keyboard-test-routine.mdx');
    expect(file.text).toContain('<Example phase=');
    expect(file.text).toContain('ownPractice: Developed by our Year 7 team');
    expect(file.text).not.toContain('evidence:');
    files.push({ place: `techniques/${file.name}`, text: file.text });
  });

  test('with the mouse, citing a new source written in place', async ({ page }) => {
    await freshEditor(page);
    await page.locator('#ed-start-kind').selectOption('techniques');
    await page.getByRole('button', { name: 'Start a new technique' }).click();
    await page.locator('#ed-title').fill('Mouse test routine');
    await page.locator('#ed-summary').fill('A routine written in the editor with the mouse, to test it.');
    await page.locator('#ed-strand').selectOption({ index: 1 });
    await page.locator('#ed-phases').check();
    await page.getByRole('button', { name: 'Add the first problem' }).click();
    await page.locator('#ed-problems-0').fill('Pupils drift at the end of the lesson.');
    for (let i = 0; i < 3; i++) {
      await page.locator('#ed-steps').click();
      await page.locator(`#ed-steps-${i}-title`).fill(`Mouse step ${i + 1}`);
      await page.locator(`#ed-steps-${i}-detail`).fill(`What mouse step ${i + 1} involves.`);
    }
    // Reorder with the mouse: the first step down.
    await page.locator('#ed-steps-0-down').click();
    await expect(page.locator('#ed-steps-1-title')).toHaveValue('Mouse step 1');
    await page.getByRole('button', { name: 'Add the first look-for' }).click();
    await page.locator('#ed-lookFors-0').fill('The class is quiet within a minute.');
    await page.getByRole('button', { name: 'Add the first pitfall' }).click();
    await page.locator('#ed-pitfalls-0').fill('Starting before everyone is ready.');
    await page.locator('#ed-rehearsal-setup').fill('In threes.');
    await page.locator('#ed-rehearsal-script').fill('"Everyone, look this way."');
    await page.locator('#ed-rehearsal-feedback').click();
    await page.locator('#ed-rehearsal-feedback-0').fill('Was it calm?');
    // Evidence from a source the playbook does not have yet: written here, in place.
    await page.locator('#ed-evidence').click();
    await page.locator('#ed-evidence-0-source-new').click();
    const source = page.locator('.ed-new-entry');
    await expect(source).toBeFocused();
    await expect(source.getByRole('group', { name: /New source/ }).or(source)).toBeVisible();
    await expectNoAxeViolations(page, 'a new source in place');
    await keepMarkup(page, 'a new source in place');
    await source.getByLabel('Authors').fill('Oakfield Teaching School');
    await source.getByLabel('Year').fill('2024');
    await source.getByLabel('Title', { exact: true }).fill('Our end-of-lesson routine study');
    // The evidence item now names it, by its title.
    await expect(page.locator('#ed-evidence-0-source')).toHaveValue('our-end-of-lesson-routine-study');
    await expect(page.locator('#ed-evidence-0-source option:checked')).toHaveText('Our end-of-lesson routine study');
    await page.locator('#ed-evidence-0-note').fill('The study describes an end-of-lesson routine.');
    // The live preview shows what is typed.
    await expect(page.locator('.ed-preview h3')).toHaveText('Mouse test routine');
    await expect(page.locator('.ed-preview')).toContainText('Mouse step 2');

    await page.getByRole('button', { name: 'Check and finish' }).click();
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    await expect(page.locator('#ed-output-heading')).toHaveText('Your 2 files are ready');
    const technique = await download(page, () => page.locator('#ed-download').click());
    const list = await download(page, () => page.locator('#ed-download-1').click());
    expect(technique.name).toBe('mouse-test-routine.mdx');
    expect(technique.text.indexOf('Mouse step 2')).toBeLessThan(technique.text.indexOf('Mouse step 1'));
    expect(technique.text).toContain('source: our-end-of-lesson-routine-study');
    // The list file is the playbook's own, with the new source added at its end and nothing else changed.
    const original = readFileSync(path.join(contentFolder(), path.basename(list.name)), 'utf8');
    expect(list.text.startsWith(original)).toBe(true);
    expect(list.text.slice(original.length)).toContain('- id: our-end-of-lesson-routine-study');
    files.push({ place: `techniques/${technique.name}`, text: technique.text }, { place: list.name, text: list.text });
  });

  test('the files pass the content check, and a real build shows their pages', async () => {
    test.setTimeout(300_000);
    expect(files.map((file) => file.place)).toEqual(['techniques/keyboard-test-routine.mdx', 'techniques/mouse-test-routine.mdx', 'sources.yaml']);
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
    const own = readFileSync(path.join(out, 'techniques', 'keyboard-test-routine', 'index.html'), 'utf8');
    expect(own).toContain('<strong>greets</strong>');
    // The page says it comes from the trust's own practice, and how.
    expect(own).toContain('From our own practice');
    expect(own).toContain('Developed by our Year 7 team in 2024');
    expect(readFileSync(path.join(out, 'techniques', 'mouse-test-routine', 'index.html'), 'utf8')).toContain('Our end-of-lesson routine study');
    rmSync(root, { recursive: true, force: true });
  });
});

test('problems are listed at the top once the author asks to finish, each a sentence linked to its field', async ({ page }) => {
  await freshEditor(page, '?new=techniques');
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
  const sentences = await links.allTextContents();
  expect(sentences).toContain('Choose at least one phase');
  expect(sentences).toContain('Add at least one source to the evidence, or describe your own practice');
  // In a reader's words: no file paths, command names, code marks or format words.
  for (const sentence of sentences) expect(sentence).not.toMatch(/content\/|npm |`|\.ya?ml|expected |found |set of fields|a list/);
  for (let i = 0; i < count; i++) {
    const href = await links.nth(i).getAttribute('href');
    await expect(page.locator(href!), `${sentences[i]} links to ${href}`).toHaveCount(1);
  }
  await summary.getByRole('link', { name: 'Enter the summary' }).click();
  await expect(page.locator('#ed-summary')).toBeFocused();
  await expect(page.locator('#ed-summary')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'with problems');
  await keepMarkup(page, 'with problems');
  // Fixing a field takes its problem off the list as you type.
  await page.locator('#ed-summary').fill('Now it has a summary.');
  await expect(summary.getByRole('link', { name: 'Enter the summary' })).toHaveCount(0);
  // A problem in a field under More options opens it when followed.
  const more = page.locator('.ed-form details.ed-more').filter({ has: page.locator('#ed-file-name') }).locator('> summary');
  await more.click();
  await page.locator('#ed-file-name').fill('Not An Id');
  await more.click();
  await expect(page.locator('#ed-file-name')).toBeHidden();
  await summary.getByRole('link', { name: /^Write the short name/ }).click();
  await expect(page.locator('#ed-file-name')).toBeFocused();
  await expect(page.locator('#ed-file-name')).toBeVisible();
  await expectNoAxeViolations(page, 'More options open, with a problem');
  await keepMarkup(page, 'More options open');
});

test('fixing the last problem writes the files and leaves focus in the field; asking again moves it to them', async ({ page }) => {
  await freshEditor(page, `?open=techniques/${firstTechnique.id}`);
  await page.locator('#ed-title').fill('');
  await page.getByRole('button', { name: 'Check and finish' }).click();
  const summary = page.locator('.ed-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the title']);
  await summary.getByRole('link', { name: 'Enter the title' }).click();
  await expect(page.locator('#ed-title')).toBeFocused();
  await page.keyboard.type('A title again');
  await expect(page.locator('#ed-output-heading')).toBeVisible();
  await expect(page.locator('#ed-title')).toBeFocused();
  await page.getByRole('button', { name: 'Check and finish' }).click();
  await expect(page.locator('#ed-output-heading')).toBeFocused();
});

test("a field's fixed values are offered in readers' words", async ({ page }) => {
  await freshEditor(page, '?new=protocols');
  const kind = page.locator('#ed-kind');
  await expect(kind).toBeVisible();
  for (const [value, label] of Object.entries(PROTOCOL_KIND_LABELS)) await expect(kind.locator(`option[value="${value}"]`)).toHaveText(label);
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
  await keepMarkup(page, 'open, in preview');
  await page.getByRole('button', { name: 'Check and finish' }).click();
  const file = await download(page, () => page.locator('#ed-download').click());
  expect(file.text).toBe(readFileSync(path.join(process.cwd(), firstTechnique.file), 'utf8'));
});

/** The lines that differ between two texts: the first and last that do, in the old text, and the new lines between. */
function changedLines(before: string, after: string): { from: number; to: number; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { from: start, to: a.length - end, added: b.slice(start, b.length - end) };
}

test('a change reads as a change: one field changed in the editor gives a file that differs only in that field\'s lines', async ({ page }) => {
  const cases = [
    { entry: firstTechnique, field: '#ed-steps-1-detail', text: 'Said differently, in the editor.' },
    ...content.entries.filter((entry) => entry.collection === 'sequences').slice(0, 1).map((entry) => ({ entry, field: '#ed-steps-0-weeks', text: '9' })),
    ...content.entries.filter((entry) => entry.collection === 'sources').slice(0, 1).map((entry) => ({ entry, field: '#ed-title', text: 'A retitled source' })),
  ];
  for (const { entry, field, text } of cases) {
    await freshEditor(page, `?open=${entry.collection}/${entry.id}`);
    const original = await (await page.request.get(`editor/${entry.collection}/${entry.id}.json`)).json() as { text: string };
    const before = await page.locator(field).inputValue();
    await page.locator(field).fill(text);
    await page.getByRole('button', { name: 'Check and finish' }).click();
    await expect(page.locator('#ed-output-heading')).toBeFocused();
    const saved = await page.locator('#ed-file-text').inputValue();
    const change = changedLines(original.text, saved);
    // One line out, one line in: only the field's own line, everything else byte for byte.
    expect(change.to - change.from, `${entry.file}: ${field}`).toBe(1);
    expect(change.added, `${entry.file}: ${field}`).toHaveLength(1);
    expect(change.added[0]).toContain(text);
    expect(original.text.split('\n')[change.from]).toContain(before.length > 20 ? before.slice(0, 20) : before);
  }
});

test('every entry of the playbook opens in the editor and finishes unchanged, with no problems', async ({ page }) => {
  test.setTimeout(600_000);
  await freshEditor(page);
  const { entries } = content;
  // Every entry, and playbook.yaml, once the page's script has listed them.
  await expect(page.locator('#ed-open option')).toHaveCount(entries.length + 1);
  const choices = await page.locator('#ed-open option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const failures: string[] = [];
  for (const choice of choices) {
    await page.evaluate(() => localStorage.clear());
    await page.goto(`editor/?open=${choice}`);
    await page.locator('#ed-finish-button').click();
    // The file is offered only once every check has run on the entry as opened; until then the
    // form says it is checking. Wait for one outcome or the other.
    const ready = page.locator('#ed-output-heading');
    const summary = page.locator('.ed-summary');
    // On a machine shared by many, the checks of a long entry can take more than the default 5 seconds.
    await expect(ready.or(summary).first(), `${choice}: finished or listed problems`).toBeVisible({ timeout: 30_000 });
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

test('an address that names no entry gets a plain sentence, and the start panel', async ({ page }) => {
  for (const query of ['?open=techniques/../sequences/x', '?open=techniques/no-such-technique', '?open=nonsense']) {
    await freshEditor(page, query);
    await expect(page.getByRole('alert')).toContainText('This playbook has no entry called');
    await expect(page.locator('#ed-heading')).toHaveCount(0);
    await expect(page.locator('#ed-start-heading')).toBeVisible();
  }
  await expectNoAxeViolations(page, 'an address that names no entry');
});

test('a draft survives a reload; an unreadable one is set aside and offered for download', async ({ page }) => {
  await freshEditor(page);
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
  const kept = await download(page, () => page.getByRole('button', { name: /Download/ }).first().click());
  expect(kept.text).toBe('{"version": 1, "draft": 7}');
  await expectNoAxeViolations(page, 'an unreadable draft');
  await keepMarkup(page, 'an unreadable draft');
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

  test('a new entry is proposed on the new-file page with its path and content: nothing to paste', async ({ page }) => {
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
    expect(url.searchParams.get('filename')).toBe(`${contentDir}/sequences/proposed-sequence.yaml`);
    expect(url.searchParams.get('value')).toBe(text);
    expect(text).toContain('title: Proposed sequence');
    await expectNoAxeViolations(page, 'finished, to propose');
    await keepMarkup(page, 'finished, to propose');
  });

  test('a changed entry is one action: the file is copied and its page in the repository\'s editor opens, with the steps shown here', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await freshEditor(page, `?open=techniques/${firstTechnique.id}`);
    await page.locator('#ed-title').fill('A changed title');
    await page.getByRole('button', { name: 'Check and finish' }).click();
    const repo = playbook.repository!;
    const propose = page.locator('#ed-propose');
    await expect(propose).toHaveAttribute('href', `${repo.url}/edit/${repo.branch}/${firstTechnique.file}`);
    await expect(propose).toHaveAttribute('target', '_blank');
    await expect(page.locator('.ed-propose-steps li')).toHaveCount(3);
    // And a route with no pasting at all: the upload page of the file's folder.
    await expect(page.getByRole('link', { name: /upload page/ })).toHaveAttribute('href', `${repo.url}/upload/${repo.branch}/${path.dirname(firstTechnique.file)}`);
    // Following the link copies the file (the repository's page itself is not opened in the test).
    await page.route(`${repo.url}/**`, (route) => route.fulfill({ status: 200, body: 'the repository' }));
    const [tab] = await Promise.all([context.waitForEvent('page'), propose.click()]);
    await tab.close();
    await expect(page.getByText('Copied. Now paste it over the text in the tab that opened.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#ed-file-text').inputValue());
    await expectNoAxeViolations(page, 'a change, to propose');
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
  const withEditor = pages.filter((file) => /data-editor=/.test(readFileSync(path.join(dist, file), 'utf8')));
  expect(withEditor.map((file) => file.split(path.sep).join('/')).sort()).toEqual(['editor/index.html', 'sequence-builder/index.html']);
});

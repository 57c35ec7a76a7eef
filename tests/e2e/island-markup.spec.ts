/**
 * The markup the islands draw in the browser, which the Nu HTML Checker in markup.spec.ts never
 * sees (it reads the built files): the self-audit with results, history and a comparison open, the
 * evidence form, and group results with two groups compared, each saved from the live page and
 * checked with the W3C Nu HTML Checker (vnu-jar, run with Java).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { answerItems, downloadText, openMentorAudit } from './island-helpers.ts';

const jar = () => {
  const file = `${createRequire(import.meta.url).resolve('vnu-jar').replace(/[^/\\]+$/, '')}build/dist/vnu.jar`;
  expect(existsSync(file), `${file} should exist (npm package vnu-jar)`).toBe(true);
  return file;
};

/** The Nu checker's errors for the page as it is now, drawn islands and all. */
async function nuErrors(page: Page, name: string): Promise<string[]> {
  const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
  const file = test.info().outputPath(`${name}.html`);
  writeFileSync(file, html);
  const run = spawnSync('java', ['-Xss8m', '-jar', jar(), '--errors-only', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  expect(run.error, 'The Nu HTML Checker needs Java: install Debian\'s default-jre-headless (.ci/run does).').toBeUndefined();
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; subType?: string; message: string; extract?: string }[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    // Astro's own island style in the body, which markup.spec.ts lets through for the same reason.
    .filter((message) => !(/“style” element/.test(message.message) && /<style>astro-/.test(message.extract ?? '')))
    .map((message) => `${message.message} [${(message.extract ?? '').replace(/\s+/g, ' ').trim()}]`);
}

test('the self-audit with results, history and two attempts compared is valid HTML', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 1);
  await island.getByLabel(/Name for a new attempt/).fill('July');
  await island.getByRole('button', { name: 'Start a new attempt' }).click();
  await answerItems(island, (index) => (index % 3 === 0 ? 2 : index % 3 === 1 ? 0 : 1));
  for (const summary of await island.locator('details summary').all()) await summary.click();
  await expect(island.locator('.island-changes')).toBeVisible();
  expect(await nuErrors(page, 'self-audit')).toEqual([]);
});

test('the evidence form is valid HTML', async ({ page }) => {
  await page.goto('mentor-criteria/');
  const href = (await page.locator('main a[href*="mentor-criteria/"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).find((url) => /\/mentor-criteria\/[^/]+\/$/.test(url));
  await page.goto(href!);
  const form = page.getByRole('region', { name: 'Your evidence' });
  await form.getByLabel('Your name').fill('Sam Patel');
  await form.locator('textarea').first().fill('Evidence.');
  expect(await nuErrors(page, 'evidence')).toEqual([]);
});

test('group results with two groups compared are valid HTML', async ({ page }) => {
  const island = await openMentorAudit(page);
  await answerItems(island, () => 2);
  const template = JSON.parse((await downloadText(page, island.getByRole('button', { name: 'Export answers (JSON)' }))).text) as { attempts: { answers: Record<string, number> }[] };
  const ids = Object.keys(template.attempts[0]!.answers);
  const files = (prefix: string, shift: number) =>
    Array.from({ length: 6 }, (_, person) => {
      const answers = Object.fromEntries(ids.map((id, item) => [id, 1 + ((person + item * shift) % 5)]));
      return { name: `${prefix}-${person}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...template, attempts: [{ ...template.attempts[0], id: `${prefix}${person}`, answers }] })) };
    });
  await page.goto('group-results/');
  const add = page.getByLabel('Add exported files (JSON) to this group');
  await expect(add.first()).toBeEnabled();
  await add.first().setInputFiles([...files('sep', 1), { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') }]);
  await add.nth(1).setInputFiles(files('jul', 2));
  await expect(page.getByRole('region', { name: /^Compare/ })).toBeVisible();
  for (const summary of await page.locator('.group-results details summary').all()) await summary.click();
  expect(await nuErrors(page, 'group-results')).toEqual([]);
});

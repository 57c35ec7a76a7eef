/** Search on the Pagefind index of the built site, with filters. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder } from '../../src/lib/content/site-config.ts';
import { splitFrontmatter } from '../../src/lib/content/read.ts';

/**
 * A word that appears in one technique's body (its worked examples) and in no other file's
 * text at all, so that finding it proves the body is indexed. Chosen from the content itself,
 * so the test works on any playbook.
 */
function bodyOnlyWord(): { word: string; title: string } {
  const folder = contentFolder();
  const texts = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (/\.(mdx|yaml)$/.test(name.name)) texts.set(full, readFileSync(full, 'utf8').toLowerCase());
    }
  };
  walk(folder);
  const words = (text: string) => new Set(text.match(/\b[a-z]{7,}\b/g) ?? []);
  const techniqueFiles = [...texts.keys()].filter((file) => file.includes(`${path.sep}techniques${path.sep}`)).sort();
  for (const file of techniqueFiles) {
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    if (!split) continue;
    const frontmatterWords = words(split.frontmatter.toLowerCase());
    for (const word of words(split.body.toLowerCase().replace(/<[^>]+>/g, ' '))) {
      if (frontmatterWords.has(word)) continue;
      const elsewhere = [...texts].some(([other, text]) => other !== file && text.includes(word));
      if (!elsewhere) {
        const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(split.frontmatter)?.[1] ?? '';
        return { word, title };
      }
    }
  }
  throw new Error('No technique has a word found only in its body');
}

test('search finds a technique by a word that appears only in its body', async ({ page }) => {
  const { word, title } = bodyOnlyWord();
  await page.goto('search/');
  await page.getByLabel('Search for').fill(word);
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-results')).toContainText(title);
  await expect(page.getByRole('status')).toContainText('result');
});

test('a type filter narrows the results, and the URL keeps the search', async ({ page }) => {
  await page.goto('search/');
  // A broad search that finds entries of more than one type.
  await page.getByLabel('Search for').fill('pupils');
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText('result');
  const countOf = async () => Number(/(\d+) result/.exec((await status.textContent()) ?? '')?.[1]);
  const before = await countOf();
  const typeFilters = page.getByRole('group', { name: 'Type' });
  await typeFilters.getByRole('checkbox', { name: /^Technique/ }).check();
  await expect.poll(countOf).toBeLessThan(before);
  const types = await page.locator('#search-results li .eyebrow').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const type of types) expect(type).toBe('Technique');
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Technique']);

  // Opening the shared URL restores the query and the filter.
  await page.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page.getByLabel('Search for')).toHaveValue('pupils');
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Technique/ })).toBeChecked();
  await expect.poll(countOf).toBe(await countOf());
});

test('the header search form takes a query to the search page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search the playbook' }).fill('pupils');
  await page.getByRole('searchbox', { name: 'Search the playbook' }).press('Enter');
  await expect(page).toHaveURL(/search\/\?q=pupils/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
});

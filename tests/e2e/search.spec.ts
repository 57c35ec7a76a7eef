/** Search on the Pagefind index of the built site, with filters. */
import { expect, test } from './helpers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentFolder } from '../../src/core/playbook-folder.node.ts';
import { splitFrontmatter } from '../../src/engine/read.node.ts';

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
  const filtered = await countOf();
  const types = await page.locator('#search-results li .eyebrow').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const type of types) expect(type).toBe('Technique');
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Technique']);

  // Opening the shared URL restores the query and the filter.
  await page.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page.getByLabel('Search for')).toHaveValue('pupils');
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Technique/ })).toBeChecked();
  await expect.poll(countOf).toBe(filtered);
});

test('the header search form takes a query to the search page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search the playbook' }).fill('pupils');
  await page.getByRole('searchbox', { name: 'Search the playbook' }).press('Enter');
  await expect(page).toHaveURL(/search\/\?q=pupils/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
});

/** The tests below search for words of the default playbook; the sub-path fixture has other content. */
const defaultPlaybook = contentFolder() === path.resolve('content');

test.describe('on the default playbook', () => {
test.skip(!defaultPlaybook, 'these searches use the default playbook\'s words');

test('"Show more" reaches every result, and focus moves to the first new one', async ({ page }) => {
  await page.goto('search/?q=questioning');
  const status = page.getByRole('status');
  await expect(status).toContainText('showing 30');
  const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(30);
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(30);
  const more = page.getByRole('button', { name: /^Show \d+ more results$/ });
  while (await more.isVisible()) {
    const before = await results.count();
    await more.click();
    await expect(results).toHaveCount(Math.min(before + 30, total));
    await expect(results.nth(before).getByRole('link').first()).toBeFocused();
  }
  await expect(results).toHaveCount(total);
  await expect(status).toHaveText(`${total} results.`);
});

test('filter counts follow the results, and "Clear filters" clears them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('search/?q=questioning');
  const status = page.getByRole('status');
  await expect(status).toContainText('result');
  const count = async (group: string, name: string) => {
    const label = await page.getByRole('group', { name: group }).locator('label').filter({ hasText: name }).first().textContent();
    return Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  };
  // With no filter, the type counts add up to the results found.
  const total = Number(/(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
  const sumOf = async (group: string) =>
    (await page.getByRole('group', { name: group }).locator('label').allTextContents()).reduce((acc, text) => acc + Number(/\((\d+)\)/.exec(text)?.[1] ?? 0), 0);
  await expect.poll(() => sumOf('Type')).toBe(total);
  const techniques = await count('Type', 'Technique');
  expect(techniques).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();

  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Technique/ }).check();
  await expect(status).toHaveText(new RegExp(`^${techniques} results?`));
  // Other types keep their counts, so they can be added; other filters count only techniques.
  await expect.poll(() => count('Phase', 'Primary')).toBeLessThanOrEqual(techniques);
  await expect.poll(() => sumOf('Type')).toBe(total);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Technique/ })).not.toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${total} results`));
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual([]);
});

test('on a phone the filters are folded, so the first result is near the top', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('search/?q=questioning');
  const first = page.locator('#search-results > li').first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(500);
  const typeGroup = page.getByRole('group', { name: 'Type' });
  await expect(typeGroup).toBeHidden();
  await page.getByText('Filters', { exact: true }).click();
  await expect(typeGroup).toBeVisible();
  await typeGroup.getByRole('checkbox', { name: /^Technique/ }).check();
  await expect(page.locator('#search-chosen')).toHaveText(' (1 chosen)');
});

for (const [query, title] of [
  ['cold calling', 'No hands up with random selection'],
  ['wait time', 'thinking time'],
  ['think pair share', 'Paired talk before writing'],
] as const) {
  test(`a teachers' phrase, "${query}", finds the playbook's technique first`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText('The playbook calls', { timeout: 15_000 });
    await expect(page.locator('#search-results > li').first()).toContainText(title);
  });
}

test('a misspelt search is corrected to the words of the titles', async ({ page }) => {
  await page.goto('search/?q=mini+whitebords');
  await expect(page.getByRole('status')).toContainText('Showing results for “mini whiteboards”', { timeout: 15_000 });
  await expect(page.locator('#search-results > li h2').first()).toHaveText('Mini-whiteboards');
});

test('a snippet does not repeat the heading of the section it was found in', async ({ page }) => {
  await page.goto('search/?q=reception+writing+sound');
  const found = page.locator('#search-results .search-found');
  await expect(found.first()).toBeVisible();
  for (const item of await found.all()) {
    const heading = (await item.locator('a').textContent())!.trim();
    const text = (await item.textContent())!.replace(/\s+/g, ' ');
    expect(text.indexOf(heading), text).toBe(text.lastIndexOf(heading));
  }
});

test('a result does not repeat its summary, and keeps its labels apart', async ({ page }) => {
  await page.goto('search/?q=adaptive');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  for (const item of await results.all()) {
    const paragraphs = await item.locator('p').allTextContents();
    const summary = paragraphs[1] ?? '';
    const found = paragraphs.slice(2).join(' ');
    if (summary && found) expect(summary).not.toContain(found.replace(/^Found in [^:]+: /, '').trim());
    // No label runs into the next word, such as "StrandAdaptive".
    expect(await item.innerText()).not.toMatch(/\b(Strand|Phase|Type|Focus)[A-Z]/);
  }
});

});

test('the search page ends inside </html>: its script is in the body', async ({ request }) => {
  const html = await (await request.get('search/')).text();
  expect(html.trim().endsWith('</html>')).toBe(true);
  expect(html.slice(html.lastIndexOf('</html>'))).not.toContain('<script');
});

test('on a wide screen the first result is two Tabs from the search box, and the filters come after the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('search/?q=pupils');
  const first = page.locator('#search-results > li').first();
  await expect(first).toBeVisible();
  await page.getByLabel('Search for').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('link').first()).toBeFocused();
  // The filters are drawn on the right of the results, as they come after them.
  const results = (await page.locator('.search-main').boundingBox())!;
  const filters = (await page.locator('#search-filters').boundingBox())!;
  expect(filters.x).toBeGreaterThan(results.x + results.width - 1);
  expect(await page.evaluate(() => Boolean(document.querySelector('.search-main')!.compareDocumentPosition(document.getElementById('search-filter-fold')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
});

test('on a phone the open filters have a link past them to the results', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('search/?q=pupils');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByText('Filters', { exact: true }).click();
  const skip = page.getByRole('link', { name: 'Skip to the results' });
  await expect(skip).toBeVisible();
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-results > li').first().getByRole('link').first()).toBeFocused();
});

/**
 * The engine is content-agnostic and works under a sub-path. Runs only against the fixture
 * playbook tests/fixtures/other-playbook, served under /playbook/ (scripts/test-e2e.ts's second
 * pass): it has its own name, strands, phases and entries, and must show none of the default
 * playbook's, and every internal URL on every page must stay under the base path.
 */
import path from 'node:path';
import { definitionOf } from '../../src/collections/index.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { BASE_PATH, expect, sitemapPaths, test } from './helpers.ts';

const root = process.cwd();
const fixture = readContent(root, contentFolder());
const defaults = readContent(root, path.resolve(root, 'content'));
const fixturePlaybook = readPlaybook(contentFolder())!;
const defaultPlaybook = readPlaybook(path.resolve(root, 'content'))!;

const titleOf = (data: unknown) => (data && typeof data === 'object' ? (data as { title?: unknown }).title : undefined);
const fixtureKeys = new Set(fixture.entries.map((entry) => `${entry.collection}/${entry.id}`));
/** Every default entry that the fixture does not also have: its page path and its title. */
const defaultEntries = defaults.entries
  .filter((entry) => !fixtureKeys.has(`${entry.collection}/${entry.id}`))
  .map((entry) => ({ path: `${definitionOf(entry.collection).route}/${entry.id}/`, title: titleOf(entry.data) }));
const defaultTitles = new Set(defaultEntries.map((entry) => entry.title).filter((title): title is string => typeof title === 'string'));

test('the fixture really differs from the default playbook', () => {
  expect(fixturePlaybook.name).not.toBe(defaultPlaybook.name);
  expect(BASE_PATH).not.toBe('/');
  const defaultStrands = new Set(defaults.entries.filter((entry) => entry.collection === 'strands').map((entry) => entry.id));
  const fixtureStrands = fixture.entries.filter((entry) => entry.collection === 'strands').map((entry) => entry.id);
  expect(fixtureStrands).toHaveLength(3);
  expect(fixtureStrands.filter((id) => defaultStrands.has(id))).toEqual([]);
  expect(fixturePlaybook.phases.map((phase) => phase.id).filter((id) => defaultPlaybook.phases.some((other) => other.id === id))).toEqual([]);
  expect(defaultEntries.length).toBeGreaterThan(50);
});

test('the site lists the fixture\'s own entries and is named after it', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const entry of fixture.entries) expect(paths, `sitemap should list ${entry.collection}/${entry.id}`).toContain(`${definitionOf(entry.collection).route}/${entry.id}/`);
  await page.goto('');
  await expect(page.locator('.brand')).toContainText(fixturePlaybook.name);
  await expect(page).toHaveTitle(new RegExp(fixturePlaybook.name));
  await expect(page.locator('.brand')).not.toContainText(defaultPlaybook.organisation);
});

test('no page shows or links to the default playbook\'s content, and every internal URL stays under the base path', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  for (const pagePath of await sitemapPaths(page)) {
    await page.goto(pagePath);
    const found = await page.evaluate(() => {
      const urls: string[] = [];
      for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src], form[action], source[srcset], iframe[src]')) {
        const value = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
        if (value.startsWith('#') || value.startsWith('blob:') || value.startsWith('data:')) continue;
        urls.push(new URL(value, document.baseURI).href);
      }
      // Where an entry's title shows: links to it, its own heading, the builder's choices. (Not h2s:
      // an engine heading such as "Worked examples" may share its words with a default entry's title.)
      const names = [...document.querySelectorAll('a:not([href^="#"]), h1, option')].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
      return { urls, names, text: document.body.innerText };
    });
    for (const url of found.urls) {
      const parsed = new URL(url);
      if (parsed.origin !== origin) continue;
      if (!parsed.pathname.startsWith(BASE_PATH)) failures.push(`${pagePath}: a URL outside the base path ${BASE_PATH}: ${parsed.pathname}`);
      const inside = parsed.pathname.slice(BASE_PATH.length);
      const entry = defaultEntries.find((candidate) => inside === candidate.path);
      if (entry) failures.push(`${pagePath}: links to the default playbook's ${entry.path}`);
    }
    for (const name of found.names) {
      if (defaultTitles.has(name)) failures.push(`${pagePath}: shows the default entry title ${JSON.stringify(name)}`);
    }
    // The default name ("Playbook") is an ordinary word, so the brand and page title are checked in the test above.
    for (const phrase of [defaultPlaybook.organisation, defaultPlaybook.tagline].filter((text) => text.length > 0)) {
      if (found.text.includes(phrase)) failures.push(`${pagePath}: shows the default playbook's ${JSON.stringify(phrase)}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

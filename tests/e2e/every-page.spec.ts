/**
 * Site-wide checks over every page in the sitemap (and the 404 page): each answers 200, logs no
 * console error, requests nothing from another host, and has no axe violations at WCAG 2.2 AA
 * and best practice, nor a "needs review" result of a rule that is certain in this project.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { common } from '../../src/strings/index.ts';
import { sitemapPaths } from './helpers.ts';
import { pagesWithScripts } from './island-pages.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Rules whose "needs review" (incomplete) results are failures in this project: axe cannot be
 * sure in general, but here nothing makes them right (an aria-label on a <pre> or a <div> with no
 * role is never read, and is invalid HTML).
 */
const CERTAIN_WHEN_INCOMPLETE = ['aria-prohibited-attr'];

// Pages run as readers get them: with the offline service worker registered and serving them.
test.use({ serviceWorkers: 'allow' });

/** Records console errors, failed page errors and requests to other hosts while a page loads. */
function watch(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}

test('the sitemap lists a page for every collection index', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const index of ['', 'techniques/', 'strands/', 'sequences/', 'rubrics/', 'audits/', 'mentor-criteria/', 'protocols/', 'case-studies/', 'sources/', 'search/']) {
    expect(paths, `sitemap should list "${index}"`).toContain(index);
  }
});

// The sitemap is split into shards that run in parallel; together they cover every page.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard++) {
test(`every page answers 200, logs no error, stays on this host and passes axe (part ${shard + 1} of ${SHARDS})`, async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const all = await sitemapPaths(page);
  expect(all.length).toBeGreaterThan(10);
  const paths = all.filter((_, i) => i % SHARDS === shard);
  const failures: string[] = [];
  for (const path of paths) {
    const watcher = watch(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) failures.push(`${path}: answered ${response?.status()}`);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const violation of [...axe.violations, ...axe.incomplete.filter((result) => CERTAIN_WHEN_INCOMPLETE.includes(result.id))]) {
      failures.push(`${path}: axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')}`);
    }
    for (const error of watcher.consoleErrors) failures.push(`${path}: console error: ${error}`);
    for (const url of watcher.foreignRequests) failures.push(`${path}: requested another host: ${url}`);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.removeAllListeners('request');
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
}

test('an unknown address gets the 404 page, which passes axe', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(common.notFoundTitle);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  expect(axe.incomplete.map((result) => result.id).filter((id) => CERTAIN_WHEN_INCOMPLETE.includes(id))).toEqual([]);
});

// Every page loads update-notice.js (offline use and the update notice, one small file cached once); nothing else.
test('content pages ship no JavaScript but the offline loader; only the search page and the pages hosting islands load scripts', async ({ page }) => {
  const paths = await sitemapPaths(page);
  const expected = pagesWithScripts(paths);
  for (const path of expected) expect(paths, `sitemap should list "${path}"`).toContain(path);
  const withScripts: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const scripts = await page.locator('script[src]:not([src$="/update-notice.js"]), script[type="module"], astro-island').count();
    if (scripts > 0) withScripts.push(path);
  }
  expect(withScripts.sort()).toEqual(expected);
});

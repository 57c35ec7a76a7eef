/**
 * Site-wide checks over every page in the sitemap (and the 404 page): each answers 200, logs no
 * console error, requests nothing from another host, carries its Content Security Policy and
 * breaks none of it, and has no axe violations at WCAG 2.2 AA and best practice, nor a "needs
 * review" result of a rule that is certain in this project.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { common } from '../../src/strings/index.ts';
import { describeViolation, expect, sitemapPaths, test } from './helpers.ts';
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

/** The page's Content Security Policy, from its <meta> (static hosting cannot send it as a header). */
async function policyOf(page: Page): Promise<string | null> {
  const meta = page.locator('meta[http-equiv="content-security-policy"]');
  return (await meta.count()) === 1 ? meta.getAttribute('content') : null;
}

/** The problem with a page's policy, if any: it must be there, and allow nothing but this site. */
function policyProblem(policy: string | null): string | undefined {
  if (policy === null) return 'has no Content Security Policy <meta>';
  const directives = policy.split(';').map((directive) => directive.trim()).filter(Boolean);
  if (!directives.includes("default-src 'self'")) return `has a policy without default-src 'self': ${policy}`;
  const foreign = directives.filter((directive) => /\bhttps?:|\*|\bdata:|'unsafe-inline'|'unsafe-eval'/.test(directive));
  return foreign.length > 0 ? `has a policy that lets in more than this site: ${foreign.join('; ')}` : undefined;
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
test(`every page answers 200, logs no error, stays on this host, keeps its policy and passes axe (part ${shard + 1} of ${SHARDS})`, async ({ page, baseURL, policyViolations }) => {
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
    const policy = policyProblem(await policyOf(page));
    if (policy) failures.push(`${path}: ${policy}`);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const violation of [...axe.violations, ...axe.incomplete.filter((result) => CERTAIN_WHEN_INCOMPLETE.includes(result.id))]) {
      failures.push(`${path}: axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')}`);
    }
    for (const error of watcher.consoleErrors) failures.push(`${path}: console error: ${error}`);
    for (const url of watcher.foreignRequests) failures.push(`${path}: requested another host: ${url}`);
    // Listed here with the page's other failures; the fixture would report them at the end anyway.
    for (const violation of policyViolations.splice(0)) failures.push(`${path}: ${describeViolation(violation)}`);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.removeAllListeners('request');
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
}

test('an unknown address gets the 404 page, which keeps its policy and passes axe', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  expect(policyProblem(await policyOf(page))).toBeUndefined();
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

// The watch on the policy (tests/e2e/helpers.ts) must catch a page that breaks it: here a script
// and an image from another host are put into a real page, and both are blocked and reported.
test('a page that breaks its policy is caught: the policy blocks it and the test hears of it', async ({ page, policyViolations }) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.goto('');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://evil.example/pixel.png';
    image.alt = '';
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran";';
    document.body.append(image, script);
  });
  await expect.poll(() => policyViolations.map((violation) => `${violation.directive} ${violation.blocked}`).sort()).toEqual(['img-src https://evil.example/pixel.png', 'script-src-elem inline']);
  expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
  // The browser never sent the image's request: the policy stopped it.
  await expect.poll(() => failed).toContain('https://evil.example/pixel.png csp');
  expect(describeViolation(policyViolations[0]!)).toContain(': the policy\'s ');
  // These two were the point of this test; any other would still fail it when it ends.
  policyViolations.splice(0);
});

// Pagefind runs its WebAssembly in a worker; when the worker cannot start, it runs it on the page,
// which the policy allows with 'wasm-unsafe-eval' alone. Search must work either way.
test('search works under the policy when Pagefind cannot start its worker', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  // A word of a technique's title, in whichever playbook this pass built.
  const technique = (await sitemapPaths(page)).find((path) => /^techniques\/[^/]+\/$/.test(path));
  expect(technique).toBeDefined();
  await page.goto(technique!);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
  await page.goto('search/');
  await page.locator('#search-q').fill(word);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(warnings.some((text) => text.includes('falling back to main thread'))).toBe(true);
});

// The print buttons have no handler in an attribute (the policy runs none); the layout's script
// prints, in the button's print mode if it has one. window.print is replaced to see what it prints.
test("a technique's print buttons print the page and its one-page card", async ({ page }) => {
  await page.addInitScript(() => {
    const printed: (string | null)[] = [];
    Object.assign(window, { printed });
    window.print = () => void printed.push(document.documentElement.dataset.print ?? null);
  });
  const technique = (await sitemapPaths(page)).find((path) => /^techniques\/[^/]+\/$/.test(path));
  await page.goto(technique!);
  const buttons = page.locator('.print-button');
  await expect(buttons).toHaveCount(2);
  expect(await buttons.evaluateAll((list) => list.map((button) => button.getAttributeNames().filter((name) => name.startsWith('on'))).flat())).toEqual([]);
  await buttons.nth(0).click();
  await buttons.nth(1).click();
  expect(await page.evaluate(() => (window as unknown as { printed: (string | null)[] }).printed)).toEqual([null, 'card']);
  expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();
});

/**
 * Offline use and the update notice (src/lib/offline/, src/client/update-notice.js), through
 * the real build and the real service worker in Chromium:
 * - after a first visit to the home page, with the browser offline and the server stopped, a
 *   technique not visited before opens, search finds results, and a self-audit answer is saved;
 * - a new version is then published (a page of a copy of the build is changed and the worker
 *   generated again by the build's own step), and the reader sees the update notice, keeps every
 *   saved answer, and gets the new version by pressing Reload.
 * The test serves its own copies of the built site (scripts/serve-static.ts) on a port of its
 * own, so publishing does not disturb the other tests.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve-static.ts';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { generateServiceWorker, retireServiceWorker } from '../../src/lib/offline/service-worker.node.ts';
import { VISITED_CACHE } from '../../src/lib/offline/settings.ts';
import { BASE_PATH, expect, relativeToBase, test } from './helpers.ts';
import { AXE_TAGS, answerItems, checkedPoints, selfAuditIsland, storedEntries } from './island-helpers.ts';

const built = path.resolve(process.env.SERVE_DIR ?? 'dist');
const offlineOn = readPlaybook(contentFolder())?.offline ?? true;
const MARK = 'This version was published after your first visit.';
/** A word the second version adds to one technique, and which no page of the first version has. */
const NEW_WORD = 'zephyrquill';

/** Every page path in a built folder's sitemap, relative to the base path. */
function sitemapPathsIn(folder: string): string[] {
  const locs = (file: string) => [...readFileSync(path.join(folder, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  return locs('sitemap-index.xml').flatMap((sitemap) => locs(relativeToBase(sitemap)).map(relativeToBase));
}

/** The path of one filtered index view in a built folder, such as techniques/filter/phase/primary/. */
function filteredViewIn(folder: string): string | undefined {
  const page = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((file) => /(^|\/)filter\/.+\/index\.html$/.test(file.split(path.sep).join('/')));
  return page?.split(path.sep).join('/').replace(/index\.html$/, '');
}

/** Starts the static server on `port` (0: any free port) and resolves when it listens. */
async function start(root: string, port: number): Promise<Server> {
  const server = serve(root, BASE_PATH, port);
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  return server;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** The words of a technique's title, from its built page, to search for. */
function titleOf(folder: string, pagePath: string): string {
  return headingOf(path.join(folder, pagePath, 'index.html'));
}

/** The text of a built page's main heading. */
function headingOf(file: string): string {
  return /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(file, 'utf8'))![1]!.trim();
}

/** The technique the second version changes: the first in the sitemap. */
const changedTechnique = (folder: string) => sitemapPathsIn(folder).find((candidate) => /^techniques\/[^/]+\/$/.test(candidate))!;

async function waitForControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.use({ serviceWorkers: 'allow' });

test('the playbook can be added to a home screen: Chromium finds the manifest valid and the site installable', async ({ page, baseURL }) => {
  await page.goto('');
  const cdp = await page.context().newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data?: string };
  expect(manifest.errors).toEqual([]);
  expect(new URL(manifest.url).pathname).toBe(`${BASE_PATH}manifest.webmanifest`);
  const data = JSON.parse(manifest.data!) as { name: string; start_url: string; scope: string; theme_color: string; icons: { src: string; sizes: string }[] };
  const playbook = readPlaybook(contentFolder())!;
  expect(data).toMatchObject({ name: playbook.name, start_url: BASE_PATH, scope: BASE_PATH, theme_color: playbook.colours.primary });
  for (const icon of data.icons) {
    const response = await page.request.get(new URL(icon.src, baseURL).href);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
    expect((await response.body()).readUInt32BE(16), `${icon.src} width`).toBe(Number(icon.sizes.split('x')[0]));
  }
  // Playwright's browser contexts are incognito, which Chromium always reports ("in-incognito"); any
  // fault of the site's (manifest, icons, start URL, display mode) would be another error id.
  const installErrors = async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((error) => error.errorId);
  await expect.poll(installErrors).toEqual(['in-incognito']);
});

test.describe('offline use', () => {
  test.skip(!offlineOn, 'this playbook has offline: false');

  let folder: string;
  let first: string;
  let second: string;

  test.beforeAll(async () => {
    expect(existsSync(path.join(built, 'sw.js')), `${built}/sw.js: build the site first (npm run build)`).toBe(true);
    folder = mkdtempSync(path.join(os.tmpdir(), 'playbook-offline-'));
    first = path.join(folder, 'first');
    second = path.join(folder, 'second');
    cpSync(built, first, { recursive: true });
    cpSync(built, second, { recursive: true });
    // The second version: the home page changes, a technique gains a word, the search index is
    // built again (new hashed Pagefind files, a new entry file) and the build's own last step makes its worker.
    const home = path.join(second, 'index.html');
    const html = readFileSync(home, 'utf8');
    expect(html).toContain('</main>');
    writeFileSync(home, html.replace('</main>', `<p id="published-again">${MARK}</p></main>`));
    const changed = path.join(second, changedTechnique(second), 'index.html');
    const page = readFileSync(changed, 'utf8');
    expect(page).toContain('</h1>');
    expect(readFileSync(path.join(first, 'pagefind', 'pagefind-entry.json'), 'utf8')).not.toContain(NEW_WORD);
    writeFileSync(changed, page.replace('</h1>', `</h1><p>${NEW_WORD}</p>`));
    execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', second], { stdio: 'ignore' });
    await generateServiceWorker(second);
    expect(readFileSync(path.join(second, 'pagefind', 'pagefind-entry.json'), 'utf8')).not.toBe(readFileSync(path.join(first, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(readFileSync(path.join(second, 'sw.js'), 'utf8')).not.toBe(readFileSync(path.join(first, 'sw.js'), 'utf8'));
  });

  test.afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('after a first visit the playbook works offline, and a new version is announced without losing answers', async ({ page, context }) => {
    test.setTimeout(180_000);
    let server = await start(first, 0);
    const port = (server.address() as AddressInfo).port;
    const site = `http://127.0.0.1:${port}${BASE_PATH}`;
    const paths = sitemapPathsIn(first);
    const technique = paths.filter((candidate) => /^techniques\/[^/]+\/$/.test(candidate)).at(-1)!;
    const audit = paths.find((candidate) => candidate === 'audits/mentor-skills-audit/') ?? paths.find((candidate) => /^audits\/[^/]+\/$/.test(candidate))!;
    expect(technique, 'a technique page').toBeTruthy();
    expect(audit, 'a self-audit page').toBeTruthy();

    try {
      // First visit: the home page only. The worker installs, saves the site and takes control.
      await page.goto(site);
      await waitForControl(page);
      await expect(page.locator('#update-notice')).toBeEmpty();

      // No connection at all: the browser is offline and the server is gone.
      await context.setOffline(true);
      await stop(server);
      const network = await page.evaluate(() => fetch(`not-saved-${Date.now()}.txt`).then((response) => `status ${response.status}`, () => 'failed'));
      expect(network, 'a file the worker did not save cannot be fetched').toBe('failed');

      // A technique not visited before.
      const title = titleOf(first, technique);
      const read = await page.goto(site + technique);
      expect(read?.fromServiceWorker()).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

      // Search, with the query in the address as the header's search form sends it.
      const query = title.split(/\s+/).find((word) => word.length >= 5) ?? title;
      await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByLabel('Search for')).toHaveValue(query);
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect(page.locator('#search-results')).toContainText(title);

      // An address the playbook does not have: the saved 404 page answers.
      const missing = await page.goto(`${site}no-such-page-${Date.now()}/`);
      expect(missing?.fromServiceWorker()).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(path.join(first, '404.html')));

      // A self-audit: an answer is saved on the device.
      await page.goto(site + audit);
      const island = await selfAuditIsland(page);
      const chosen = await answerItems(island, (index, points) => (index + 1) % points, 3);
      await expect.poll(async () => Object.keys(await storedEntries(page, ':self-audit:')).length).toBeGreaterThan(0);
      const saved = await storedEntries(page, ':self-audit:');
      await page.reload();
      expect((await checkedPoints(await selfAuditIsland(page))).slice(0, 3)).toEqual(chosen);

      // A new version is published at the same address, and the reader comes back online.
      server = await start(second, port);
      await context.setOffline(false);
      await page.goto(site);
      await expect(page.locator('#published-again'), 'the old version shows until the reader chooses').toHaveCount(0);
      const notice = page.locator('#update-notice');
      await expect(notice).toContainText('A new version of this playbook has been published.', { timeout: 30_000 });
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expect(notice).toBeInViewport();
      const reload = notice.getByRole('button', { name: 'Reload' });
      await expect(reload).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
      expect(await storedEntries(page, ':self-audit:')).toEqual(saved);

      // Reload brings the new version; the answers are still there.
      await reload.click();
      await expect(page.locator('#published-again')).toHaveText(MARK);
      await expect(page.locator('#update-notice')).toBeEmpty();
      expect(await storedEntries(page, ':self-audit:')).toEqual(saved);
      await page.goto(site + audit);
      expect((await checkedPoints(await selfAuditIsland(page))).slice(0, 3)).toEqual(chosen);

      // Offline again, search uses the new version's index: its entry file was refreshed with the rest.
      await context.setOffline(true);
      await stop(server);
      await page.goto(`${site}search/?q=${NEW_WORD}`);
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect(page.locator('#search-results')).toContainText(titleOf(second, changedTechnique(second)));
    } finally {
      if (server.listening) await stop(server);
    }
  });

  test('offline, search filters count as online, and a page saved only once visited says what is saved', async ({ page, context }) => {
    test.setTimeout(180_000);
    const server = await start(first, 0);
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
    const technique = sitemapPathsIn(first).find((candidate) => /^techniques\/[^/]+\/$/.test(candidate))!;
    const query = titleOf(first, technique).split(/\s+/).find((word) => word.length >= 5) ?? titleOf(first, technique);
    const counts = () => page.locator('.filter-count').allTextContents();
    try {
      // The first visit saves the site, and the footer says so once it is done, announced politely.
      await page.goto(site);
      await waitForControl(page);
      const saved = page.locator('#offline-state');
      await expect(saved.getByRole('link', { name: 'Saved for offline use' })).toHaveAttribute('href', `${BASE_PATH}offline/`);
      await expect(saved).toHaveAttribute('aria-live', 'polite');

      // Online: the filters' counts for a search.
      await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect.poll(async () => (await counts()).filter((count) => count !== '(0)' && count !== '').length).toBeGreaterThan(0);
      const online = await counts();

      await context.setOffline(true);
      await stop(server);
      await page.reload();
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect.poll(counts, { message: 'offline, each filter counts what it would find, as online' }).toEqual(online);
      // Ticking a filter finds what its count said.
      const label = page.locator('#search-filters label').filter({ hasNot: page.locator('.filter-count:text-is("(0)")') }).first();
      const expected = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
      expect(expected).toBeGreaterThan(0);
      await label.locator('input').check();
      await expect(page.locator('#search-status')).toContainText(new RegExp(`^${expected} results?`));

      // A later page says it is saved, quietly: plain text, not announced again.
      await page.goto(site + technique);
      await expect(page.locator('#offline-state')).toHaveText('Saved for offline use');
      await expect(page.locator('#offline-state')).not.toHaveAttribute('aria-live');

      // Pages saved only once visited, not visited yet: the playbook's own page, not the browser's error.
      const filtered = filteredViewIn(first)!;
      for (const unvisited of ['editor/', 'book/', filtered]) {
        const response = await page.goto(site + unvisited);
        expect(response?.fromServiceWorker(), unvisited).toBe(true);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading offline');
        const notice = page.locator('#offline-missing');
        await expect(notice).toBeVisible();
        await expect(notice.getByRole('link', { name: `${BASE_PATH}${unvisited}` })).toBeVisible();
        await expect(notice).toContainText('is not saved on this device yet');
      }
      await expect(page.locator('.offline-state-of').first()).toHaveText(' (not saved yet)');
      await expect(page.locator('.site-footer')).toContainText('Saved for offline use');
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
    } finally {
      if (server.listening) await stop(server);
    }
  });

  test('turning offline use off later removes the copy saved on the reader\'s device', async ({ page }) => {
    test.setTimeout(120_000);
    // The next version has offline: false: its pages register no worker, and sw.js is the retiring one.
    const off = path.join(folder, 'off');
    cpSync(built, off, { recursive: true });
    const home = path.join(off, 'index.html');
    const html = readFileSync(home, 'utf8');
    const registration = /<div id="update-notice"[^>]*><\/div><script src="[^"]*update-notice\.js" defer><\/script>/;
    expect(html).toMatch(registration);
    writeFileSync(home, html.replace(registration, '').replace('</main>', `<p id="published-again">${MARK}</p></main>`));
    retireServiceWorker(off);

    let server = await start(first, 0);
    const port = (server.address() as AddressInfo).port;
    const site = `http://127.0.0.1:${port}${BASE_PATH}`;
    try {
      await page.goto(site);
      await waitForControl(page);
      // A filtered view (not in the sitemap) is saved when visited, in a cache of its own, which must go too.
      const filtered = filteredViewIn(first);
      expect(filtered, 'a filtered index view in the build').toBeTruthy();
      await page.goto(site + filtered);
      await expect.poll(() => page.evaluate(() => caches.keys())).toContain(VISITED_CACHE);
      await stop(server);
      server = await start(off, port);
      // The saved copy answers first; the browser then finds the retiring worker, which clears it and reloads the page.
      const saved = await page.goto(site);
      expect(saved?.fromServiceWorker()).toBe(true);
      await expect(page.locator('#published-again')).toHaveText(MARK, { timeout: 30_000 });
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
      const fresh = await page.reload();
      expect(fresh?.fromServiceWorker()).toBe(false);
      await expect(page.locator('#published-again')).toHaveText(MARK);
    } finally {
      if (server.listening) await stop(server);
    }
  });
});

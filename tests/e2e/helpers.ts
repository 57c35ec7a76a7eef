/** Shared helpers for the browser tests. */
import type { Page } from '@playwright/test';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';

/** The base path the site is built under, like "/" or "/playbook/". */
export const BASE_PATH = readPlaybook(contentFolder())?.site.base ?? '/';

/** A sitemap URL (on the published host) as a path relative to the site's base, like "techniques/cold-call/". */
export function relativeToBase(url: string): string {
  const { pathname } = new URL(url);
  return pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\//, '');
}

/** Every page path in the built site's sitemap, relative to the site's base. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await page.request.get('sitemap-index.xml');
  if (!index.ok()) throw new Error(`sitemap-index.xml answered ${index.status()}`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const paths: string[] = [];
  for (const sitemap of locs(await index.text())) {
    const response = await page.request.get(relativeToBase(sitemap));
    if (!response.ok()) throw new Error(`${sitemap} answered ${response.status()}`);
    paths.push(...locs(await response.text()).map(relativeToBase));
  }
  return paths;
}

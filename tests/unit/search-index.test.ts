/**
 * The search index step (src/lib/search/index-site.node.ts), with the real Pagefind on a small built
 * site: a first build indexes it; a build whose pages are the same reuses that index; a changed
 * page, or a page added, indexes the site again.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_FOLDER, indexSite, siteKey } from '../../src/lib/search/index-site.node.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of two pages, in a new folder. */
function builtSite(word: string): string {
  const site = mkdtempSync(path.join(os.tmpdir(), 'playbook-search-'));
  folders.push(site);
  writeFileSync(path.join(site, 'index.html'), page('Home', 'Welcome'));
  mkdirSync(path.join(site, 'techniques', 'wait-time'), { recursive: true });
  writeFileSync(path.join(site, 'techniques', 'wait-time', 'index.html'), page('Wait time', word));
  return site;
}

const indexFiles = (site: string) => readdirSync(path.join(site, INDEX_FOLDER), { recursive: true, encoding: 'utf8' }).sort();

describe('the search index', () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'playbook-search-cache-'));
  folders.push(cache);

  it('is built by Pagefind the first time, and reused for a build whose pages are the same', () => {
    const first = builtSite('zephyrquill');
    expect(indexSite(first, cache).reused).toBe(false);
    expect(readFileSync(path.join(first, INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')).toContain('"page_count":2');

    const again = builtSite('zephyrquill');
    expect(indexSite(again, cache).reused).toBe(true);
    expect(indexFiles(again)).toEqual(indexFiles(first));
    for (const file of indexFiles(first).filter((name) => name.includes('.'))) {
      expect(readFileSync(path.join(again, INDEX_FOLDER, file)), file).toEqual(readFileSync(path.join(first, INDEX_FOLDER, file)));
    }
  });

  it('is built again when any page changes, or a page is added', () => {
    const changed = builtSite('glimmerfrost');
    expect(indexSite(changed, cache).reused).toBe(false);
    const added = builtSite('glimmerfrost');
    writeFileSync(path.join(added, '404.html'), page('Not found', 'Nothing here'));
    expect(indexSite(added, cache).reused).toBe(false);
    expect(readFileSync(path.join(added, INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')).toContain('"page_count":3');
  });

  it('keys on the pages only: the index folder and other files do not count', () => {
    const site = builtSite('zephyrquill');
    const key = siteKey(site);
    writeFileSync(path.join(site, 'sw.js'), '// a worker');
    mkdirSync(path.join(site, INDEX_FOLDER));
    writeFileSync(path.join(site, INDEX_FOLDER, 'stale.html'), 'old');
    expect(siteKey(site)).toBe(key);
    writeFileSync(path.join(site, 'index.html'), page('Home', 'Welcome back'));
    expect(siteKey(site)).not.toBe(key);
  });
});

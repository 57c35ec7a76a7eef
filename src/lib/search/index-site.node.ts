/**
 * Indexes a built site for search with Pagefind, or reuses the index of an earlier build when
 * every page it would read is the same. A build with nothing changed then skips Pagefind, which
 * is most of a rebuild's time after Astro's own. The last index is kept in Astro's cache folder
 * (node_modules/.astro/, which a fresh clone does not have and a cold build removes) under a key
 * made from the path and bytes of every HTML page and Pagefind's version, so any change to any
 * page, or a new Pagefind, indexes the site again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_FOLDER } from './folder.ts';

export { INDEX_FOLDER };

// The package's folder, from its entry module, lib/index.js (its "exports" name neither the command line nor package.json).
const PAGEFIND_FOLDER = path.dirname(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))));
const PAGEFIND_CLI = path.join(PAGEFIND_FOLDER, 'lib', 'runner', 'bin.cjs');
const PAGEFIND_VERSION: unknown = JSON.parse(readFileSync(path.join(PAGEFIND_FOLDER, 'package.json'), 'utf8')).version;

/** Where the last index and its key are kept, under a project root. */
export function indexCacheFolder(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'search-index');
}

/** A digest of what Pagefind reads: the path and bytes of every HTML page of the site, and Pagefind's version. */
export function siteKey(site: string): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n`);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${INDEX_FOLDER}/`))
    .sort();
  for (const page of pages) hash.update(`${page}\n`).update(readFileSync(path.join(site, page))).update('\n');
  return hash.digest('hex');
}

export interface IndexResult {
  /** True when the index of an earlier build was copied in instead of running Pagefind. */
  reused: boolean;
}

/** Writes the search index into `site`, reusing the cached one when the pages are the same. */
export function indexSite(site: string, cache: string): IndexResult {
  const key = siteKey(site);
  const keyFile = path.join(cache, 'key');
  const kept = path.join(cache, INDEX_FOLDER);
  const target = path.join(site, INDEX_FOLDER);
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(kept)) {
    rmSync(target, { recursive: true, force: true });
    cpSync(kept, target, { recursive: true });
    return { reused: true };
  }
  execFileSync(process.execPath, [PAGEFIND_CLI, '--site', site], { stdio: 'inherit' });
  // Keep this index for the next build; the key is written last, so a half-written copy is never reused.
  rmSync(cache, { recursive: true, force: true });
  cpSync(target, kept, { recursive: true });
  writeFileSync(keyFile, key);
  return { reused: false };
}

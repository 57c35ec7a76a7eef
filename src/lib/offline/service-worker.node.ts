/**
 * Writes the offline service worker into a built site, after the site is built and indexed (it
 * must run after Pagefind, or the search index would not be saved). The worker (worker.ts) is
 * bundled with Workbox's modules by Rolldown, the bundler Vite uses, and Workbox's getManifest
 * lists the files it saves: every file the build wrote except the sitemaps, the worker itself, the
 * book's PDF (megabytes a reader may never want) and what is saved once visited (isOnVisit in settings.ts), each with a revision so a new build
 * replaces what changed.
 * This costs about a third of Workbox's generateSW, which bundles a new worker with Rollup and
 * Terser on every build.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { getManifest, type ManifestTransform } from 'workbox-build';
import { BOOK_PDF_FILE } from '../book/published.ts';
import { SERVICE_WORKER_FILE } from './files.ts';
import { RETIRING_WORKER } from './retiring-worker.ts';
import { isOnVisit } from './settings.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Where the worker's source takes the list of files to save. */
const MANIFEST_PLACE = 'self.__WB_MANIFEST';

/** The files the worker takes in the built folder, including the Workbox runtime earlier versions wrote beside it. */
export const isWorkerFile = (name: string) => name === SERVICE_WORKER_FILE || /^workbox-[\w-]+\.js(\.map)?$/.test(name) || name === `${SERVICE_WORKER_FILE}.map`;

/** Leaves out of the list what the worker saves once visited, by the worker's own rule. */
const savedFirst: ManifestTransform = (entries) => ({ manifest: entries.filter((entry) => !isOnVisit(entry.url)) });

/** Which files of a built site in `folder` the worker saves on a reader's first visit. */
export function precacheOptions(folder: string) {
  return {
    globDirectory: folder,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, 'workbox-*.js', '**/*.map', 'sitemap*.xml', BOOK_PDF_FILE],
    // The worker's own rule decides what waits for a visit, so the list and the worker agree.
    manifestTransforms: [savedFirst],
    // Astro names its bundles by content hash, so they need no revision of their own.
    dontCacheBustURLsMatching: /^_astro\//,
  };
}

/** The worker's code, bundled and minified, with its manifest place still empty. */
async function bundledWorker(): Promise<string> {
  const output = await build({
    input: WORKER_SOURCE,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: true },
  });
  const code = output.output[0].code;
  if (!code.includes(MANIFEST_PLACE)) throw new Error(`${WORKER_SOURCE}: the bundled worker has no ${MANIFEST_PLACE} to put the list of files in`);
  return code;
}

export interface OfflineResult {
  files: number;
  bytes: number;
  warnings: string[];
}

/** Writes sw.js into the built site in `folder`. */
export async function generateServiceWorker(folder: string): Promise<OfflineResult> {
  removeServiceWorker(folder);
  const [code, { manifestEntries, count, size, warnings }] = await Promise.all([bundledWorker(), getManifest(precacheOptions(folder))]);
  writeFileSync(path.join(folder, SERVICE_WORKER_FILE), code.replace(MANIFEST_PLACE, () => JSON.stringify(manifestEntries ?? [])));
  return { files: count, bytes: size, warnings };
}

/** Removes the worker files an earlier build left in `folder`; returns their names. */
export function removeServiceWorker(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const removed = readdirSync(folder).filter(isWorkerFile);
  for (const name of removed) rmSync(path.join(folder, name));
  return removed;
}


/** For a playbook with offline: false: removes an earlier build's worker and writes the retiring one. */
export function retireServiceWorker(folder: string): string[] {
  const removed = removeServiceWorker(folder);
  writeFileSync(path.join(folder, SERVICE_WORKER_FILE), RETIRING_WORKER);
  return removed;
}

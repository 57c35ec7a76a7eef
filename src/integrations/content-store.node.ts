/**
 * The content, read and checked once per build and shared: the content-check integration reads it
 * before Astro starts, and every collection's loader takes its entries from the same result
 * instead of reading and validating the files again.
 *
 * Astro loads the content config in its own module graph, so the result is kept on `globalThis`
 * under a symbol, where both copies of this module find it. In the dev server a change to the
 * content folder makes it stale, and the next loader to ask reads the content again.
 */
import path from 'node:path';
import { checkContent, type CheckResult } from '../engine/check.node.ts';
import { contentFolder } from '../core/playbook-folder.node.ts';

interface Shared {
  folder: string;
  result: CheckResult;
  /** Counts reads, so each loader can tell whether its entries are from the latest one. */
  generation: number;
}

const KEY = Symbol.for('playbook.content');
const holder = globalThis as typeof globalThis & { [KEY]?: Shared };

/** The checked content of the content folder, read now if it has not been read or has changed since. */
export function sharedContent(folder = contentFolder()): Shared {
  const current = holder[KEY];
  if (current && current.folder === folder) return current;
  const next: Shared = { folder, result: checkContent(process.cwd(), folder, { render: true, cache: true }), generation: (current?.generation ?? 0) + 1 };
  holder[KEY] = next;
  return next;
}

/** Whether a collection has any sound entries: a playbook may simply have no rubrics. */
export function hasEntries(collection: string, folder = contentFolder()): boolean {
  return sharedContent(folder).result.entries.some((entry) => entry.collection === collection);
}

const watched = new WeakSet<object>();
/** In the dev server: forget the reading when anything under the folder changes. Registered once per watcher. */
export function watchContent(watcher: { on(event: 'all', listener: (event: string, file: string) => void): unknown }, folder: string): void {
  if (watched.has(watcher)) return;
  watched.add(watcher);
  watcher.on('all', (_event, changed) => {
    if (path.resolve(changed).startsWith(folder)) delete holder[KEY];
  });
}

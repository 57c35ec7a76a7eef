/**
 * Remembers each body's check and rendering between runs, keyed by a hash of the body and of the
 * playbook terms it was checked against, so a rebuild or a second `npm run check` parses only the
 * bodies that changed. Only sound bodies are kept: a body with problems is always checked again.
 *
 * The file lives in Astro's cache folder (node_modules/.astro/), which a fresh clone does not
 * have and which removing Astro's caches removes, so a cold build is a true cold build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyResult, BodyTerms } from './body.ts';

/** Bump when the body's HTML or checks change, so old entries are not reused. */
const VERSION = 5;

type Stored = Omit<BodyResult, 'problems'>;

export interface BodyCache {
  /** A sound body's result, if this body was checked before against the same terms; with `html` only if it was rendered. */
  get(body: string, bodyLine: number, needHtml: boolean): BodyResult | undefined;
  /** Keeps a sound body's result. */
  set(body: string, bodyLine: number, result: BodyResult): void;
  /** Writes the cache to its file, if anything changed. */
  save(): void;
}

export function cacheFile(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'playbook-bodies.json');
}

function termsKey(terms: BodyTerms | undefined): string {
  return JSON.stringify([VERSION, terms ? [...terms.phases] : null, terms ? [...terms.subjects] : null]);
}

/** A cache kept in `file`. An unreadable file is treated as empty. */
export function fileBodyCache(file: string, terms: BodyTerms | undefined): BodyCache {
  let stored: Record<string, Stored> = {};
  try {
    if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stored>;
  } catch {
    stored = {};
  }
  const salt = termsKey(terms);
  // The body's first line is in the key: the lines of its examples are counted from it.
  const keyOf = (body: string, bodyLine: number) => createHash('sha1').update(`${salt}\0${bodyLine}\0`).update(body).digest('base64url');
  const used: Record<string, Stored> = {};
  let changed = false;
  return {
    get(body, bodyLine, needHtml) {
      const key = keyOf(body, bodyLine);
      const hit = stored[key];
      if (!hit || (needHtml && hit.html === '')) return undefined;
      used[key] = hit;
      return { ...hit, problems: [] };
    },
    set(body, bodyLine, result) {
      if (result.problems.length > 0) return;
      const key = keyOf(body, bodyLine);
      const { problems: _, ...rest } = result;
      used[key] = rest;
      changed = true;
    },
    save() {
      // Keep only what this run used, so the file does not grow with old versions of bodies.
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}

/**
 * What the benchmark scripts share: reading `--name value` options, the median of timings, a
 * seeded random number generator (so every run generates the same data), and a built site served
 * to a headless Chromium for timing a page as a reader uses it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';

/** The value after `--name` on the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/** The middle of the timings (the upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A small deterministic random number generator, so every run generates the same files. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Serves the built site (dist/, or SERVE_DIR) under `base` and runs `use` with a Chromium and the
 * site's address; says why and returns false when the page is not built or no Chromium is found.
 */
export async function withBuiltSite(page: string, base: string, use: (browser: Browser, siteUrl: string, chromiumPath: string) => Promise<void>): Promise<boolean> {
  const dist = path.resolve(process.env.SERVE_DIR ?? 'dist');
  if (!existsSync(path.join(dist, page, 'index.html'))) {
    console.log(`Chromium: skipped, ${dist} has no ${page}/ page (run \`npm run build\` first).`);
    return false;
  }
  const { findChromium } = await import('./find-chromium.ts');
  const { serve } = await import('./serve-static.ts');
  const { chromium } = await import('@playwright/test');
  let executablePath: string;
  try {
    executablePath = await findChromium();
  } catch (error) {
    console.log(`Chromium: skipped, ${(error as Error).message}`);
    return false;
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  const port = 4700 + Math.floor(Math.random() * 200);
  const server = serve(dist, root, port);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu'] });
  try {
    await use(browser, `http://127.0.0.1:${port}${root}`, executablePath);
  } finally {
    await browser.close();
    server.close();
  }
  return true;
}

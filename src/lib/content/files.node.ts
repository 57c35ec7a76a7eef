/**
 * Files the playbook points to (its logo, images in bodies) must be in public/, where a fork keeps
 * them, and nothing may come from another host: no page loads anything from elsewhere (the rule
 * is site-file.ts, which the body's sanitiser schema uses too).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../core/problem.ts';
import { SITE_FILE_EXPECTED, isSiteFileAddress } from './site-file.ts';

/** The folder of files served as they are: `public/` in the project. */
export function publicFolder(root: string): string {
  return path.join(root, 'public');
}

/**
 * The problem with an address a playbook file points to, if any: it must be a site address like
 * "/images/x.png" of a file in public/.
 */
export function fileProblem(root: string, url: string, file: string, field: string): Problem | undefined {
  if (!isSiteFileAddress(url)) return { file, field, expected: SITE_FILE_EXPECTED, found: JSON.stringify(url) };
  const written = url.split(/[?#]/)[0]!;
  let local = written;
  try {
    local = decodeURIComponent(written);
  } catch {
    // A stray "%" is not an escape: the address names the file as written.
  }
  const absolute = path.join(publicFolder(root), local);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    return { file, field, expected: `a file at public${local}`, found: `${JSON.stringify(url)}, which is not there` };
  }
  return undefined;
}

/**
 * Files the playbook points to (its logo, images in bodies) must be in public/, where a fork keeps
 * them, and nothing may come from another host: no page loads anything from elsewhere (the rule
 * is site-file.ts, which the body's sanitiser schema uses too).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fieldProblem, placeProblem, type FieldPath, type Problem } from '../../core/problem.ts';
import { SITE_FILE_EXPECTED, isSiteFileAddress } from './site-file.ts';

/** The folder of files served as they are: `public/` in the project. */
export function publicFolder(root: string): string {
  return path.join(root, 'public');
}

/** Where an address is written: a field of the file's data, or a line of its body. */
export type AddressPlace = { path: FieldPath } | { bodyLine: number };

/**
 * The problem with an address a playbook file points to, if any: it must be a site address like
 * "/images/x.png" of a file in public/.
 */
export function fileProblem(root: string, url: string, file: string, where: AddressPlace): Problem | undefined {
  const problem = (expected: string, found: string) => ('path' in where ? fieldProblem(file, where.path, expected, found) : placeProblem(file, `body (line ${where.bodyLine})`, expected, found, where.bodyLine));
  if (!isSiteFileAddress(url)) return problem(SITE_FILE_EXPECTED, JSON.stringify(url));
  const written = url.split(/[?#]/)[0]!;
  let local = written;
  try {
    local = decodeURIComponent(written);
  } catch {
    // A stray "%" is not an escape: the address names the file as written.
  }
  const absolute = path.join(publicFolder(root), local);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    return problem(`a file at public${local}`, `${JSON.stringify(url)}, which is not there`);
  }
  return undefined;
}

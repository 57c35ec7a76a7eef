/**
 * Files the playbook points to (its logo, images in bodies) must be in public/, where a fork keeps
 * them, and nothing may come from another host: no page loads anything from elsewhere.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fieldProblem, placeProblem, type FieldPath, type Problem } from '../../core/problem.ts';

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
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return problem('a file in public/, as an address starting with "/" (pages load nothing from another host)', JSON.stringify(url));
  }
  if (!url.startsWith('/')) {
    return problem('an address starting with "/", for a file in public/, like "/images/diagram.png"', JSON.stringify(url));
  }
  const local = decodeURIComponent(url.split(/[?#]/)[0]!);
  const absolute = path.join(publicFolder(root), local);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    return problem(`a file at public${local}`, `${JSON.stringify(url)}, which is not there`);
  }
  return undefined;
}

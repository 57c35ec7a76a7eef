/**
 * Files the playbook points to (its logo, images in bodies) must be in public/, where a fork keeps
 * them, and nothing may come from another host: no page loads anything from elsewhere.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../core/problem.ts';

/** The folder of files served as they are: `public/` in the project. */
export function publicFolder(root: string): string {
  return path.join(root, 'public');
}

/**
 * The problem with an address a playbook file points to, if any: it must be a site address like
 * "/images/x.png" of a file in public/.
 */
export function fileProblem(root: string, url: string, file: string, field: string): Problem | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return { file, field, expected: 'a file in public/, as an address starting with "/" (pages load nothing from another host)', found: JSON.stringify(url) };
  }
  if (!url.startsWith('/')) {
    return { file, field, expected: 'an address starting with "/", for a file in public/, like "/images/diagram.png"', found: JSON.stringify(url) };
  }
  const local = decodeURIComponent(url.split(/[?#]/)[0]!);
  const absolute = path.join(publicFolder(root), local);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    return { file, field, expected: `a file at public${local}`, found: `${JSON.stringify(url)}, which is not there` };
  }
  return undefined;
}

/**
 * Reads what the build needs from `playbook.yaml` before anything else runs: the taxonomy for
 * the schemas and the site's URL and base path. Content problems are reported by the content
 * check; here a broken playbook.yaml falls back to empty values so that check's messages, not a
 * stack trace, are what an author sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Taxonomy } from '../schemas/common.ts';
import { PLAYBOOK_FILE, playbookSchema, type Playbook } from '../schemas/playbook.ts';
import { taxonomyOf } from './taxonomy.ts';

/** The content folder: PLAYBOOK_CONTENT if set, else `content`, as an absolute path. */
export function contentFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.PLAYBOOK_CONTENT ?? 'content');
}

/** The playbook settings, or undefined when playbook.yaml is missing or invalid. */
export function readPlaybook(folder: string): Playbook | undefined {
  const file = path.join(folder, PLAYBOOK_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = playbookSchema.safeParse(parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function loadTaxonomy(folder: string): Taxonomy {
  const playbook = readPlaybook(folder);
  return playbook ? taxonomyOf(playbook) : { phases: [], subjects: [], components: [] };
}

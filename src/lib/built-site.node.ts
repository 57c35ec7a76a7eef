/** The built site the steps after `astro build` work on, from a script's argument. */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder named by `argument` (default: PLAYBOOK_OUT_DIR or dist), as an absolute path; throws, saying what to do, when no site has been built there. */
export function builtSiteFolder(argument: string | undefined): string {
  // As astro.config.mjs reads it: an empty PLAYBOOK_OUT_DIR means the default.
  const folder = path.resolve(argument || process.env.PLAYBOOK_OUT_DIR || 'dist');
  if (!existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder}: no built site here (it has no index.html): run \`npx astro build\` first, or \`npm run build\` for every step.`);
  return folder;
}

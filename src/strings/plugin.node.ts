/**
 * A Vite plugin that puts the playbook's language and its own words into the build: it replaces
 * source.ts with the values read from the content folder, so pages and islands share one table and
 * no browser code reads a file. The dev server reloads when strings.yaml or playbook.yaml changes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { PLAYBOOK_FILE } from '../schemas/playbook.ts';
import { contentFolder } from '../core/playbook-folder.node.ts';
import { STRINGS_FILE } from './overrides.ts';
import { readStringsSource } from './read.node.ts';

const SOURCE_MODULE = fileURLToPath(new URL('./source.ts', import.meta.url));
const STRINGS_FOLDER = path.dirname(SOURCE_MODULE) + path.sep;

export function stringsPlugin(): Plugin {
  return {
    name: 'playbook:strings',
    enforce: 'pre',
    load(id) {
      if (path.resolve(id.split('?')[0]!) !== SOURCE_MODULE) return undefined;
      const folder = contentFolder();
      this.addWatchFile(path.join(folder, STRINGS_FILE));
      this.addWatchFile(path.join(folder, PLAYBOOK_FILE));
      const { language, overrides } = readStringsSource(folder);
      return `export const language = ${JSON.stringify(language)};\nexport const overrides = ${JSON.stringify(overrides)};\n`;
    },
    // The table's modules only declare words and helpers. Said so, the bundler leaves out every area
    // an island does not use, instead of sharing one chunk of every area between all islands.
    transform(code, id) {
      if (!path.resolve(id.split('?')[0]!).startsWith(STRINGS_FOLDER)) return undefined;
      return { code, map: null, moduleSideEffects: false };
    },
  };
}

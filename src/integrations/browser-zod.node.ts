/**
 * A Vite plugin that gives the islands' file checks a copy of zod of their own in the browser
 * build. The self-audit, group results and evidence form read files through `zod/mini` schemas
 * (src/lib), and the editor checks entries with the content schemas' full zod; both are built on
 * zod's core modules. The bundler shares a module between islands as one chunk holding every
 * part any of them uses, so without this a self-audit page would load the parts of zod's core only
 * the editor needs (20 KB gzip instead of 8). Here every zod module that `zod/mini` reaches from
 * src/lib is loaded under its own id, so each copy is trimmed to what its islands use. No page
 * hosts both, and the server build is left alone.
 */
import type { Plugin } from 'vite';

/** Marks a zod module id as the islands' copy. */
const COPY = '?browser-files';

export function browserZodPlugin(): Plugin {
  return {
    name: 'playbook:browser-zod',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || this.environment.config.consumer !== 'client') return null;
      const fromLib = importer.includes('/src/lib/') && source.startsWith('zod/mini');
      const fromCopy = importer.endsWith(COPY);
      if (!fromLib && !fromCopy) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/[\\/]node_modules[\\/]zod[\\/]/.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${COPY}` };
    },
  };
}

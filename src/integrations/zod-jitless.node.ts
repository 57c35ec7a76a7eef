/**
 * A Vite plugin for the browser build: `astro/zod` resolves to src/lib/zod-jitless.ts, which is
 * zod with its `jitless` option set before any schema is made, so that zod never tries
 * `Function()`, which the pages' Content Security Policy forbids. An import in one island would
 * not do: the bundler runs the modules of other chunks first, and one of them may make a schema.
 * The server build and the content check use zod as it is.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const JITLESS_ZOD = fileURLToPath(new URL('../lib/zod-jitless.ts', import.meta.url));

export function zodJitlessPlugin(): Plugin {
  return {
    name: 'playbook:zod-jitless',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'astro/zod' || importer === JITLESS_ZOD || this.environment.config.consumer !== 'client') return null;
      return JITLESS_ZOD;
    },
  };
}

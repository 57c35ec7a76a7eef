/**
 * The loader every collection uses: it stores the entries the content check has already read,
 * validated and rendered (see content-store.ts), so Astro neither reads the files again nor
 * compiles MDX bodies into modules. An entry's body comes as ready HTML, with its worked examples
 * and headings, through Astro's usual `render()`.
 *
 * When the content has problems, the build has already stopped in the content-check integration;
 * in the dev server the loader stores the entries that are sound and the problems are logged.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../collections/index.ts';
import { sharedContent, watchContent } from './content-store.node.ts';

export function playbookLoader(collection: CollectionName, folder: string): Loader {
  return {
    name: 'playbook-content',
    load: async ({ store, generateDigest, watcher }) => {
      const fill = () => {
        const { result } = sharedContent(folder);
        const wanted = result.entries.filter((entry) => entry.collection === collection);
        const ids = new Set(wanted.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const entry of wanted) {
          const body = result.bodies.get(entry.file);
          const data = entry.data;
          const digest = generateDigest({ data: JSON.stringify(data), html: body?.html ?? '' });
          if (store.get(entry.id)?.digest === digest) continue;
          store.set({
            id: entry.id,
            data,
            filePath: entry.file,
            digest,
            ...(body ? { rendered: { html: body.html, metadata: { headings: body.headings, examples: body.examples } } } : {}),
          });
        }
      };
      fill();
      // In the dev server, a change under the content folder is read again, once for all collections:
      // the first loader's handler forgets the old reading, and each loader's handler then refills.
      if (watcher) {
        watchContent(watcher, folder);
        watcher.on('all', (_event, changed) => {
          if (path.resolve(changed).startsWith(folder)) fill();
        });
      }
    },
  };
}

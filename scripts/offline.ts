/**
 * Makes a built site work offline (src/lib/offline/build-step.node.ts), on its own; `npm run build`
 * does the same as the last part of scripts/after-build.ts. With `offline: false` in
 * playbook.yaml no page registers a worker and none saves the site; sw.js is then only the
 * retiring worker, which removes a copy saved by an earlier version.
 * Usage: node scripts/offline.ts [folder]   (default: PLAYBOOK_OUT_DIR or dist)
 */
import { builtSiteFolder } from '../src/lib/built-site.node.ts';
import { writeOfflineWorker } from '../src/lib/offline/build-step.node.ts';

try {
  await writeOfflineWorker(builtSiteFolder(process.argv[2]));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

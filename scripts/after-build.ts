/**
 * What `npm run build` does after `astro build`, in order: indexes the built site for search
 * (src/lib/search/index-site.node.ts: Pagefind, or the last build's index when no page changed), then
 * writes the offline worker (src/lib/offline/build-step.node.ts), which must come last so that it saves the
 * search index too. The browser tests' other playbooks are finished by the same step.
 * Usage: node scripts/after-build.ts [folder]   (default: PLAYBOOK_OUT_DIR or dist)
 */
import { builtSiteFolder } from '../src/lib/built-site.node.ts';
import { indexCacheFolder, indexSite } from '../src/lib/search/index-site.node.ts';
import { writeOfflineWorker } from '../src/lib/offline/build-step.node.ts';

try {
  const folder = builtSiteFolder(process.argv[2]);
  const { reused } = indexSite(folder, indexCacheFolder(process.cwd()));
  if (reused) console.log('Search: no page changed since the last build, so its index is reused.');
  await writeOfflineWorker(folder);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

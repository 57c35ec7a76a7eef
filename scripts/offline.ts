/**
 * The build's last step: makes the built site work offline (src/lib/offline/service-worker.ts).
 * Runs after `astro build` and `pagefind`, in `npm run build` and in the browser tests' sub-path
 * build. With `offline: false` in playbook.yaml no page registers a worker and none saves the site;
 * sw.js is then only the retiring worker, which removes a copy saved by an earlier version.
 * Usage: node scripts/offline.ts [folder]   (default: PLAYBOOK_OUT_DIR or dist)
 */
import path from 'node:path';
import { contentFolder, readPlaybook } from '../src/lib/content/site-config.ts';
import { generateServiceWorker, retireServiceWorker } from '../src/lib/offline/service-worker.ts';

const folder = path.resolve(process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist');
const playbook = readPlaybook(contentFolder());
if (!playbook) {
  console.error(`${path.relative(process.cwd(), contentFolder())}/playbook.yaml is missing or invalid: run \`npm run check\` to see why.`);
  process.exit(1);
}
if (!playbook.offline) {
  const removed = retireServiceWorker(folder);
  console.log(`Offline: off in playbook.yaml, so nothing is saved on readers' devices; sw.js only removes a copy an earlier version saved${removed.length > 0 ? ` (replaced ${removed.join(', ')})` : ''}.`);
} else {
  const result = await generateServiceWorker(folder);
  for (const warning of result.warnings) console.warn(`Offline: ${warning}`);
  console.log(`Offline: sw.js precaches ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(2)} MiB (${result.bytes} bytes), on a reader's first visit.`);
}

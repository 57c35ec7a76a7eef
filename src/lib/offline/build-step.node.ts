/**
 * The build's offline step, for scripts/after-build.ts and scripts/offline.ts: writes the offline
 * worker into a built site, or with `offline: false` in playbook.yaml the retiring worker that
 * removes a copy an earlier version saved. Says what it did on the console; throws when
 * playbook.yaml cannot be read.
 */
import path from 'node:path';
import { contentFolder, readPlaybook } from '../../core/playbook-folder.node.ts';
import { generateServiceWorker, retireServiceWorker } from './service-worker.node.ts';

export async function writeOfflineWorker(folder: string): Promise<void> {
  const playbook = readPlaybook(contentFolder());
  if (!playbook) throw new Error(`${path.relative(process.cwd(), contentFolder())}/playbook.yaml is missing or invalid: run \`npm run check\` to see why.`);
  if (!playbook.offline) {
    const removed = retireServiceWorker(folder);
    console.log(`Offline: off in playbook.yaml, so nothing is saved on readers' devices; sw.js only removes a copy an earlier version saved${removed.length > 0 ? ` (replaced ${removed.join(', ')})` : ''}.`);
    return;
  }
  const result = await generateServiceWorker(folder);
  for (const warning of result.warnings) console.warn(`Offline: ${warning}`);
  console.log(`Offline: sw.js precaches ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(2)} MiB (${result.bytes} bytes), on a reader's first visit.`);
}

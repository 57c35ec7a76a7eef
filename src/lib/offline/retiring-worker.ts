import { VISITED_CACHE } from './settings.ts';

/**
 * The worker published when a playbook has `offline: false`, and the one `npm run dev` serves
 * (src/pages/sw.js.ts; a real build replaces it with Workbox's). No page registers it. It exists for
 * readers whose browser still runs the worker of an earlier build that had offline use on: that
 * worker answers every page from its saved copy, and a browser keeps it as long as its address
 * answers "not found", so without this file those readers would see the old site for good. When
 * the browser next checks for an update it gets this worker instead, which deletes the saved copy,
 * unregisters itself and reloads open pages from the network (only when it deleted something). The same goes for an author who ran
 * `npm start` and then `npm run dev` at the same address: the dev server's pages replace the saved site.
 */
export const RETIRING_WORKER = `// Removes a copy of this playbook that an earlier version saved for offline use (scripts/offline.ts).
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const saved = (await caches.keys()).filter((key) => key.startsWith('workbox-') || key === '${VISITED_CACHE}');
    for (const key of saved) await caches.delete(key);
    await self.registration.unregister();
    // Reload open pages only when they were showing the saved copy, so this can never loop.
    if (saved.length > 0) for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

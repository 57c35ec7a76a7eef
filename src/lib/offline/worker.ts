/**
 * The offline service worker's source. The build's last step (service-worker.ts) bundles it with
 * Workbox's modules into sw.js and puts the list of files to save where `self.__WB_MANIFEST` is.
 *
 * How requests are answered:
 * - every file of the built site is saved on the first visit (the list), search index included,
 *   except filtered lists, the book and the editor (isOnVisit), which are saved once visited;
 * - a page address such as /techniques/x/ is answered from the saved /techniques/x/index.html,
 *   and the base path / from /index.html;
 * - query strings are ignored when looking in the saved files (the site reads them in the
 *   browser only), so /search/?q=feedback is the saved search page and Pagefind's
 *   cache-busting pagefind-entry.json?ts=… is the saved entry file, which is fresh because
 *   every new build gives it a new revision when the index changes;
 * - with no connection, a page saved only once visited and not visited yet gets the saved
 *   "not saved yet" page (NOT_SAVED_FILE), which says what is saved and what is not; any other
 *   address is not a page of the playbook (every other page is saved), so it gets the 404 page.
 * A new version waits until the reader chooses to reload (the page's update notice sends
 * SKIP_WAITING: src/client/update-notice.js), so an open page never mixes two versions.
 * Nothing here touches localStorage, where readers' answers are kept.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { DIRECTORY_INDEX, NOT_SAVED_FILE, OFFLINE_FALLBACK, VISITED_CACHE, isOnVisit, underBase } from './settings.ts';

/** The part of the worker's global scope this file uses (the project's TypeScript is set up for pages, not workers). */
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: DIRECTORY_INDEX, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

/** The site's base path: the worker's scope. */
const base = new URL(self.registration.scope).pathname;
const savedOnVisit = (url: URL) => isOnVisit(underBase(url.pathname, base));

registerRoute(({ url, request }) => request.mode === 'navigate' && savedOnVisit(url), new NetworkFirst({ cacheName: VISITED_CACHE, plugins: [new PrecacheFallbackPlugin({ fallbackURL: NOT_SAVED_FILE })] }), 'GET');
registerRoute(({ url }) => savedOnVisit(url), new NetworkFirst({ cacheName: VISITED_CACHE }), 'GET');
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_FALLBACK })] }), 'GET');

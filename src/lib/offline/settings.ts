/**
 * What the offline worker does, shared by the worker itself (worker.ts, bundled into sw.js) and the
 * build step that lists the files it saves (service-worker.ts), so the two cannot disagree.
 */

/** Folders whose pages are saved when visited rather than on the first visit: many or large, and not needed offline (search filters the same entries offline). */
export const ON_VISIT = ['filter', 'book', 'editor'];

/** The cache that keeps pages from ON_VISIT once they are visited. */
export const VISITED_CACHE = 'playbook-visited';

/** The page shown for an address that is not saved when there is no connection. */
export const OFFLINE_FALLBACK = '404.html';

/** A page address such as techniques/x/ is answered from techniques/x/index.html. */
export const DIRECTORY_INDEX = 'index.html';

/** Whether `pathname` is in one of the ON_VISIT folders. */
export const isOnVisit = (pathname: string) => ON_VISIT.some((folder) => pathname.includes(`/${folder}/`));

/**
 * What the offline worker does, shared by the worker itself (worker.ts, bundled into sw.js) and the
 * build step that lists the files it saves (service-worker.node.ts), so the two cannot disagree.
 *
 * Every file of the built site is saved on a reader's first visit, except the parts that are many or
 * large and not needed offline, which are saved once visited: a collection's filtered lists
 * (`<collection>/filter/…`: search filters the same entries offline), the book and the editor (with
 * its data). The search index is always saved whole, with the filter data Pagefind counts from,
 * although one of its folders is also called `filter`.
 */
import { INDEX_FOLDER } from '../search/folder.ts';

/** Top-level folders whose pages are saved once visited rather than on the first visit. */
export const ON_VISIT_FOLDERS = ['book', 'editor'];

/** The folder, inside a collection's folder, of its filtered lists; saved once visited. */
export const FILTER_FOLDER = 'filter';

/** The cache that keeps pages saved once visited. */
export const VISITED_CACHE = 'playbook-visited';

/** The page shown, with no connection, for an address that is not a page of the playbook: "not found". */
export const OFFLINE_FALLBACK = '404.html';

/**
 * The page shown, with no connection, for a page that is saved only once visited and has not been
 * yet: it says what is saved and what is not (src/pages/offline.astro).
 */
export const NOT_SAVED_PAGE = 'offline/';

/** The file of NOT_SAVED_PAGE, as the worker saves it. */
export const NOT_SAVED_FILE = 'offline/index.html';

/** A page address such as techniques/x/ is answered from techniques/x/index.html. */
export const DIRECTORY_INDEX = 'index.html';

/**
 * Whether a file or page, by its path under the site's base (`techniques/filter/phase/primary/`,
 * `book/`, `pagefind/filter/en_1a2b.pf_filter`), is saved once visited rather than on the first visit.
 */
export function isOnVisit(relative: string): boolean {
  const [first, second, ...rest] = relative.replace(/^\/+/, '').split('/');
  if (first === undefined || first === INDEX_FOLDER) return false;
  // A filtered list names at least one facet and value: techniques/filter/phase/primary/.
  return ON_VISIT_FOLDERS.includes(first) || (second === FILTER_FOLDER && rest.filter(Boolean).length >= 2);
}

/** A path under the site's base, from an address's path and the base (the worker's scope). */
export function underBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
}

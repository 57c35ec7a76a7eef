/**
 * The script of the "Reading offline" page (src/pages/offline.astro). The offline worker shows that
 * page, with no connection, at the address of a page that is saved only once visited and has not
 * been yet: then this names that page, as a link to try again. On any visit it says, next to each
 * page saved only once visited, whether this device has saved it, from the worker's cache of
 * visited pages.
 */
import { isOnVisit, underBase, FILTER_FOLDER, NOT_SAVED_PAGE } from '../lib/offline/settings.ts';
import { formatPlural, offline as words } from '../strings/index.ts';

/** Names the page asked for, when this page stands in for it. */
function nameMissingPage(base: string): void {
  const notice = document.getElementById('offline-missing');
  const place = document.getElementById('offline-missing-page');
  if (!notice || !place || location.pathname === `${base}${NOT_SAVED_PAGE}`) return;
  const link = document.createElement('a');
  link.href = location.href;
  link.textContent = decodeURIComponent(location.pathname);
  place.replaceWith(link);
  notice.hidden = false;
}

/** Says, next to each page saved once visited, whether this device has it. */
async function markSaved(list: HTMLElement, base: string): Promise<void> {
  if (!('caches' in window) || !navigator.serviceWorker?.controller) return;
  const name = list.dataset.cache ?? '';
  const requests = (await caches.has(name)) ? await (await caches.open(name)).keys() : [];
  const saved = requests.map((request) => underBase(new URL(request.url).pathname, base));
  for (const state of list.querySelectorAll<HTMLElement>('.offline-state-of')) {
    if (state.dataset.page) {
      const page = underBase(state.dataset.page, base);
      state.textContent = ` (${saved.includes(page) ? words.isSaved : words.isNotSaved})`;
    } else {
      const filtered = saved.filter((path) => isOnVisit(path) && path.split('/')[1] === FILTER_FOLDER).length;
      state.textContent = ` (${filtered > 0 ? formatPlural(words.filteredSaved, filtered) : words.isNotSaved})`;
    }
  }
}

export async function showWhatIsSaved(): Promise<void> {
  const base = document.documentElement.dataset.base ?? '/';
  nameMissingPage(base);
  const list = document.getElementById('offline-on-visit');
  if (list) await markSaved(list, base);
}

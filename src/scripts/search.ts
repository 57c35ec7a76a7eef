/**
 * The search page's behaviour: loads Pagefind's index from this site, builds filter checkboxes
 * from the index's filters, and shows results as the query or filters change.
 */
import { FILTER_NAMES, pagefindFilters, readSearchState, writeSearchState, type FilterName, type SearchState } from '../lib/search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 30;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page is missing #${id}`);
  return found as T;
}

/** Ticks the filters the state names. */
function tickFilters(container: HTMLElement, state: SearchState): void {
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
  }
}

/** Shows how many pages of each filter value the index holds. */
function showCounts(container: HTMLElement, available: Record<string, Record<string, number>>): void {
  for (const count of container.querySelectorAll<HTMLElement>('.filter-count')) {
    count.textContent = `(${available[count.dataset.filter ?? '']?.[count.dataset.value ?? ''] ?? 0})`;
  }
}

function stateFromForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, data.getAll(name).map(String)])) as Record<FilterName, string[]>;
  return { query: String(data.get('q') ?? '').trim(), filters };
}

function renderResults(list: HTMLElement, results: PagefindResultData[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const type = document.createElement('p');
      type.className = 'eyebrow';
      type.textContent = result.filters.type?.join(', ') ?? '';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const summary = document.createElement('p');
      summary.textContent = result.meta.summary ?? '';
      const excerpt = document.createElement('p');
      excerpt.className = 'meta';
      // Pagefind's excerpt is text from our own pages with <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      item.append(type, heading, summary, excerpt);
      return item;
    }),
  );
}

async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  return pagefind;
}

export async function startSearch(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-q');
  const filterBox = element<HTMLElement>('search-filters');
  const status = element<HTMLElement>('search-status');
  const list = element<HTMLElement>('search-results');
  const base = document.documentElement.dataset.base ?? '/';

  let state = readSearchState(location.search);
  // Keep anything typed before this script ran; otherwise show the query from the URL.
  if (!input.value) {
    input.value = state.query;
    tickFilters(filterBox, state);
  } else state = stateFromForm(form);

  let latest = 0;
  async function run(pagefind: Pagefind): Promise<void> {
    const ticket = ++latest;
    const filters = pagefindFilters(state);
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(state.query || null, { filters });
    if (!search || ticket !== latest) return; // a newer search has started
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    renderResults(list, results);
    const count = search.results.length;
    status.textContent = count === 0 ? 'No results. Try fewer words or fewer filters.' : `${count} result${count === 1 ? '' : 's'}${count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  }

  const ready = loadPagefind(base);
  function update(): void {
    state = stateFromForm(form);
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    ready.then(run).catch(() => undefined);
  }

  // Listen before the index loads, so nothing typed meanwhile is lost.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  filterBox.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update();
  });

  let pagefind: Pagefind;
  try {
    pagefind = await ready;
  } catch {
    status.textContent = 'The search index could not be loaded. Build the site with `npm run build` to create it, or browse the collections from the menu.';
    return;
  }
  showCounts(filterBox, await pagefind.filters());
  await run(pagefind);
}

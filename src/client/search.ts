/**
 * The search page's behaviour: loads Pagefind's index from this site and shows results as the
 * query or filters change, thirty at a time with "Show more". Each filter's counts follow the
 * current search (a filter's own choices are left out when counting its values, so ticking
 * "Technique" does not make "Sequence" look empty). A teachers' name for a practice also
 * searches the playbook's words for it, and a search that finds little or nothing is tried again
 * with its words corrected to the nearest words of the entries' titles (src/lib/search-words.ts).
 */
import { chosenCount, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search-state.ts';
import { aliasFor, correctQuery } from '../lib/search-words.ts';
import { templateParts } from '../lib/template-parts.ts';
import { format, formatNumber, formatPlural, search as words } from '../strings/index.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

/** How many results are shown at first, and how many more each "Show more" adds. */
const PAGE_SIZE = 30;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page is missing #${id}`);
  return found as T;
}

/** Ticks the filters the state names. */
function tickFilters(container: HTMLElement, state: SearchState): void {
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
}

/** Shows how many results each filter value would give. */
function showCounts(container: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const count of container.querySelectorAll<HTMLElement>('.filter-count')) {
    count.textContent = `(${formatNumber(counts[count.dataset.filter ?? '']?.[count.dataset.value ?? ''] ?? 0)})`;
  }
}

function stateFromForm(form: HTMLFormElement, names: string[]): SearchState {
  const data = new FormData(form);
  const filters = Object.fromEntries(names.map((name) => [name, data.getAll(name).map(String)]));
  return { query: String(data.get('q') ?? '').trim(), filters };
}

const plainText = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return (box.textContent ?? '').replace(/\s+/g, ' ').trim();
};

/**
 * Where the words were found, when that says more than the summary: the best-matching section
 * below the page's first heading. The top of a page is its title, summary and facts, which the
 * result shows already (Pagefind's text there runs labels into values), so it is never used.
 */
function foundIn(result: PagefindResultData): PagefindSubResult | undefined {
  const sections = (result.sub_results ?? []).filter((sub) => sub.anchor?.id && sub.url.includes('#'));
  const best = sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  if (!best) return undefined;
  const summary = (result.meta.summary ?? '').replace(/\s+/g, ' ').trim();
  const excerpt = plainText(best.excerpt);
  return excerpt && !summary.includes(excerpt) ? best : undefined;
}

/** A text as compared with a heading: spaces made single, in lower case. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Takes the section's heading off the start of its excerpt, where Pagefind's text of a section
 * begins with it, so a result does not say "Found in Year 4 fractions: Year 4 fractions. …".
 */
function dropHeading(excerpt: HTMLElement, heading: string): void {
  const target = comparable(heading);
  const text = excerpt.textContent ?? '';
  if (!target || !comparable(text).startsWith(target)) return;
  // The length of the text that reads as the heading, then the punctuation and space after it.
  let cut = 0;
  while (cut < text.length && comparable(text.slice(0, cut)).length < target.length) cut++;
  cut += /^[\s.:;,!?–—-]*/.exec(text.slice(cut))![0].length;
  const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node && cut > 0; node = walker.nextNode() as Text | null) {
    const take = Math.min(cut, node.data.length);
    node.data = node.data.slice(take);
    cut -= take;
  }
  for (const mark of excerpt.querySelectorAll('mark')) if (!mark.textContent) mark.remove();
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = document.createElement('p');
  type.className = 'eyebrow';
  type.textContent = result.filters.type?.join(', ') ?? '';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(type, heading);
  if (result.meta.summary) {
    const summary = document.createElement('p');
    summary.textContent = result.meta.summary;
    item.append(summary);
  }
  const section = foundIn(result);
  if (section) {
    const found = document.createElement('p');
    found.className = 'meta search-found';
    const where = document.createElement('a');
    where.href = section.url;
    where.textContent = section.title;
    const excerpt = document.createElement('span');
    // Pagefind's excerpt is text from our own pages with <mark> around the matches.
    excerpt.innerHTML = section.excerpt;
    dropHeading(excerpt, section.title);
    const sentence = excerpt.textContent?.trim() ? words.foundIn : words.foundInSection;
    found.append(...templateParts(sentence, ['section', 'excerpt']).map((part) => (typeof part === 'string' ? part : part.name === 'section' ? where : excerpt)));
    item.append(found);
  }
  return item;
}

async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  // Pagefind counts filter values in a search only once it has loaded the filters.
  await pagefind.filters();
  return pagefind;
}

/** Results of the first search, then those of the others not already in it. */
function merge(...searches: (PagefindSearch | null)[]): PagefindResult[] {
  const seen = new Set<string>();
  const results: PagefindResult[] = [];
  for (const search of searches) {
    for (const result of search?.results ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      results.push(result);
    }
  }
  return results;
}

export async function startSearch(): Promise<void> {
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-q');
  const fold = element<HTMLDetailsElement>('search-filter-fold');
  const filterBox = element<HTMLElement>('search-filters');
  const chosen = element<HTMLElement>('search-chosen');
  const clear = element<HTMLButtonElement>('search-clear');
  const status = element<HTMLElement>('search-status');
  const list = element<HTMLElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const base = document.documentElement.dataset.base ?? '/';
  const names = JSON.parse(form.dataset.filters ?? '[]') as string[];
  const vocabulary = (form.dataset.vocabulary ?? '').split(' ').filter(Boolean);

  // On a wide screen the filters sit beside the results, always open, and come after them in
  // focus order as they are drawn; on a phone the folded filters come first, above the results.
  const wide = window.matchMedia('(min-width: 56rem)');
  const main = list.closest<HTMLElement>('.search-main');
  const fit = () => {
    if (wide.matches) fold.open = true;
    if (!main) return;
    const after = Boolean(main.compareDocumentPosition(fold) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (wide.matches === after) return;
    // Moving the filters would lose the focus inside them: keep it where it was.
    const focused = document.activeElement;
    if (wide.matches) main.after(fold);
    else main.before(fold);
    if (focused instanceof HTMLElement && fold.contains(focused)) focused.focus();
  };
  fit();
  wide.addEventListener('change', fit);

  let state = readSearchState(location.search, names);
  // Keep anything typed before this script ran; otherwise show the query from the URL.
  if (!input.value) {
    input.value = state.query;
    tickFilters(filterBox, state);
  } else state = stateFromForm(form, names);

  function showChosen(): void {
    const count = chosenCount(state);
    chosen.textContent = count > 0 ? ` ${format(words.chosen, { count })}` : '';
    clear.hidden = count === 0;
  }

  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let summary = '';

  /** Shows the next page of results; with `focus`, moves focus to the first new one. */
  async function showMore(ticket: number, focus: boolean): Promise<void> {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    const items = next.map(resultItem);
    if (shown === 0) list.replaceChildren(...items);
    else list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    more.textContent = formatPlural(words.showMore, Math.min(PAGE_SIZE, results.length - shown));
    const count = results.length;
    const counted = count > shown ? formatPlural(words.resultsShowing, count, { shown }) : formatPlural(words.results, count);
    status.textContent = summary ? `${summary} ${counted}` : counted;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  /** Counts for each filter's values: for a filter with choices, counted without its own choices. */
  async function countsFor(pagefind: Pagefind, query: string | null, first: PagefindSearch): Promise<Record<string, Record<string, number>>> {
    const counts = { ...first.filters };
    for (const name of names) {
      if ((state.filters[name] ?? []).length === 0) continue;
      const without = await pagefind.search(query, { filters: pagefindFilters(state, name) });
      if (without?.filters[name]) counts[name] = without.filters[name];
    }
    return counts;
  }

  /** Counts from the results themselves, for a list merged from two searches. */
  async function countsOf(list: PagefindResult[]): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const data of await Promise.all(list.map((result) => result.data()))) {
      for (const [name, values] of Object.entries(data.filters)) for (const value of values) ((counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1);
    }
    return counts;
  }

  async function run(pagefind: Pagefind): Promise<void> {
    const ticket = ++latest;
    showChosen();
    const filters = pagefindFilters(state);
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      results = [];
      shown = 0;
      more.hidden = true;
      status.textContent = '';
      showCounts(filterBox, await pagefind.filters());
      return;
    }
    let query = state.query || null;
    let merged = false;
    let search = await pagefind.search(query, { filters });
    if (ticket !== latest || !search) return;
    summary = '';
    // A teachers' name for a practice: the playbook's own words first, then the words as typed.
    const alias = state.query ? aliasFor(state.query) : undefined;
    if (alias) {
      const aliased = await pagefind.search(alias.search, { filters });
      if (ticket !== latest) return;
      if (aliased && aliased.results.length > 0) {
        results = merge(aliased, search);
        merged = search.results.length > 0;
        summary = format(words.aliasSummary, { phrase: alias.phrase, search: alias.search });
        if (!merged) {
          search = aliased;
          query = alias.search;
        }
      } else results = search.results;
    } else results = search.results;
    // Little or nothing found: try the words corrected to the nearest words in the playbook's
    // titles, and put what that finds first when it finds more.
    if (results.length < 3 && state.query && !alias) {
      const corrected = correctQuery(state.query, vocabulary);
      if (corrected) {
        const retry = await pagefind.search(corrected, { filters });
        if (ticket !== latest) return;
        if (retry && retry.results.length > results.length) {
          merged = results.length > 0;
          summary = format(merged ? words.correctedThenTyped : words.correctedInstead, { corrected, query: state.query });
          results = merge(retry, search);
          if (!merged) {
            search = retry;
            query = corrected;
          }
        }
      }
    }
    shown = 0;
    if (results.length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = chosenCount(state) > 0 ? words.noResultsFiltered : words.noResults;
    } else await showMore(ticket, false);
    // The counts come after the results, which matter more.
    const counts = merged ? await countsOf(results) : await countsFor(pagefind, query, search);
    if (ticket === latest) showCounts(filterBox, counts);
  }

  const ready = loadPagefind(base);
  function update(): void {
    state = stateFromForm(form, names);
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
  clear.addEventListener('click', () => {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    update();
    // The button hides itself; keep focus in the filters.
    filterBox.querySelector<HTMLInputElement>('input')?.focus();
  });
  more.addEventListener('click', () => {
    showMore(latest, true).catch(() => undefined);
  });
  showChosen();

  let pagefind: Pagefind;
  try {
    pagefind = await ready;
  } catch {
    status.textContent = words.indexMissing;
    return;
  }
  await run(pagefind);
}

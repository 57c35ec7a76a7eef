/**
 * The search page's state (query and chosen filters) to and from the URL, so a search can be
 * shared or bookmarked: `?q=cold+call&type=Technique&phase=Primary&phase=Secondary`.
 */
export const FILTER_NAMES = ['type', 'strand', 'phase'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, params.getAll(name).filter(Boolean)])) as Record<FilterName, string[]>;
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: every chosen value of a filter must match one of the page's values. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) if (state.filters[name].length > 0) result[name] = { any: state.filters[name] };
  return result;
}

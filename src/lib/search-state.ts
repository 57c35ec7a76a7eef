/**
 * The search page's state (query and chosen filters) to and from the URL, so a search can be
 * shared or bookmarked: `?q=cold+call&type=Technique&phase=Primary&phase=Secondary`.
 * The page passes the names of the filters it shows (collections may add their own, such as a
 * protocol's kind); without them, the engine's own three are read.
 */
export const FILTER_NAMES = ['type', 'strand', 'phase'] as const;
export type FilterName = string;

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
}

export function readSearchState(search: string, names: readonly string[] = FILTER_NAMES): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(names.map((name) => [name, params.getAll(name).filter(Boolean)]));
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: every chosen value of a filter must match one of the page's values. */
export function pagefindFilters(state: SearchState, leaveOut?: string): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (name !== leaveOut && values.length > 0) result[name] = { any: values };
  return result;
}

/** How many filter values are chosen. */
export function chosenCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

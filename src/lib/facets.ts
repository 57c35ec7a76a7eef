/**
 * Facet filtering for collection indexes, done at build time so that it works without
 * JavaScript: every combination of one value per facet that matches at least one entry gets its
 * own page, at a URL that names the selection, like `strand/questioning/phase/primary/`.
 * Pure functions: the pages give the items and facets, this decides what to show and where.
 */

/** A facet: a key used in URLs, a label for readers, and each value's label. */
export interface Facet {
  key: string;
  label: string;
  /** Values in display order, each with the label readers see. */
  values: { id: string; label: string }[];
  /** False for a facet chosen on its own, never combined with others. Default: true. */
  combines?: boolean;
}

/** An item to filter, with its values for each facet key (an item may have several). */
export interface FacetItem {
  id: string;
  values: Record<string, readonly string[]>;
}

/** One value chosen per facet key, in the order of the facets. */
export type Selection = Record<string, string>;

export function matches(item: FacetItem, selection: Selection): boolean {
  return Object.entries(selection).every(([key, value]) => item.values[key]?.includes(value) ?? false);
}

export function filterItems<T extends FacetItem>(items: readonly T[], selection: Selection): T[] {
  return items.filter((item) => matches(item, selection));
}

/** The URL path (relative to the index) of a selection: "" for none, else "filter/strand/x/phase/y/". */
export function selectionPath(facets: readonly Facet[], selection: Selection): string {
  const parts = facets.filter((facet) => selection[facet.key] !== undefined).flatMap((facet) => [facet.key, selection[facet.key]!]);
  return parts.length === 0 ? '' : `filter/${parts.join('/')}/`;
}

/** Reads a selection back from the path segments after "filter/"; undefined if they do not name one. */
export function parseSelection(facets: readonly Facet[], segments: readonly string[]): Selection | undefined {
  if (segments.length % 2 !== 0) return undefined;
  const selection: Selection = {};
  let lastIndex = -1;
  for (let i = 0; i < segments.length; i += 2) {
    const index = facets.findIndex((facet) => facet.key === segments[i]);
    const facet = facets[index];
    if (!facet || index <= lastIndex || !facet.values.some((value) => value.id === segments[i + 1])) return undefined;
    selection[facet.key] = segments[i + 1]!;
    lastIndex = index;
  }
  return selection;
}

/**
 * Every selection (including the empty one) that matches at least one item: the pages to build.
 * Found from the items themselves, so the count is bounded by what the content actually combines.
 */
export function reachableSelections(facets: readonly Facet[], items: readonly FacetItem[]): Selection[] {
  const seen = new Map<string, Selection>();
  const combining = facets.filter((facet) => facet.combines !== false);
  const alone = facets.filter((facet) => facet.combines === false);
  for (const item of items) {
    let partial: Selection[] = [{}];
    for (const facet of combining) {
      const values = item.values[facet.key] ?? [];
      partial = partial.flatMap((selection) => [selection, ...values.map((value) => ({ ...selection, [facet.key]: value }))]);
    }
    for (const facet of alone) for (const value of item.values[facet.key] ?? []) partial.push({ [facet.key]: value });
    for (const selection of partial) seen.set(selectionPath(facets, selection), selection);
  }
  return [...seen.values()];
}

export interface FacetOption {
  id: string;
  label: string;
  /** How many items there would be with this value chosen (and the other facets as they are). */
  count: number;
  selected: boolean;
  /** The selection that choosing this option leads to (choosing a chosen value clears it). */
  target: Selection;
}

/** For each facet, its values with counts and the selection each link leads to; values with no items are left out. */
export function facetOptions(facets: readonly Facet[], items: readonly FacetItem[], selection: Selection): { facet: Facet; options: FacetOption[] }[] {
  const standsAlone = new Set(facets.filter((facet) => facet.combines === false).map((facet) => facet.key));
  return facets.map((facet) => {
    // A facet that stands alone is chosen instead of the others; choosing another facet leaves it.
    const others = standsAlone.has(facet.key) ? {} : Object.fromEntries(Object.entries(selection).filter(([key]) => key !== facet.key && !standsAlone.has(key)));
    const pool = filterItems(items, others);
    const options = facet.values
      .map((value) => {
        const selected = selection[facet.key] === value.id;
        const count = pool.filter((item) => item.values[facet.key]?.includes(value.id)).length;
        const target = selected ? others : { ...others, [facet.key]: value.id };
        return { id: value.id, label: value.label, count, selected, target };
      })
      .filter((option) => option.count > 0);
    return { facet, options };
  });
}

/**
 * The facets named after the playbook's own lists of phases and subjects. A filtered list passes
 * their choice on in its links to entries, so that an entry page can show what suits it first
 * (a technique marks its worked examples for that phase and subject).
 */
export const CARRIED_FACETS = ['phase', 'subject'] as const;

/** The query an entry link carries from a filtered list: "?phase=secondary&subject=maths", or "" for none. */
export function carriedChoice(selection: Selection): string {
  const params = new URLSearchParams();
  for (const key of CARRIED_FACETS) if (selection[key] !== undefined) params.set(key, selection[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

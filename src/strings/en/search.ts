import { plural } from '../table.ts';

/** The search page and its script (src/client/search.ts). */
export const search = {
  title: 'Search',
  description: 'Search every technique, protocol, audit and case study in the playbook.',
  formLabel: 'Search page',
  searchFor: 'Search for',
  filters: 'Filters',
  /** After "Filters" on a phone, when some are ticked. */
  chosen: '({count} chosen)',
  clearFilters: 'Clear filters',
  /** At the top of the open filters on a phone: a link past them to the results. */
  skipToResults: 'Skip to the results',
  filterType: 'Type',
  filterPhase: 'Phase',
  /** Shown without JavaScript; {techniques} and {strands} are links to those collections, named as the playbook names them. */
  needsJavaScript: 'Search needs JavaScript. Without it, browse the {techniques}, {strands} or any collection from the menu.',
  showMoreResults: 'Show more results',
  showMore: plural({ one: 'Show {count} more result', other: 'Show {count} more results' }),
  results: plural({ one: '{count} result.', other: '{count} results.' }),
  resultsShowing: plural({ one: '{count} result, showing {shown}.', other: '{count} results, showing {shown}.' }),
  /** Under a result: the section the words were found in (a link) and the words around them. */
  foundIn: 'Found in {section}: {excerpt}',
  /** The same, when the words around them are only the section's heading. */
  foundInSection: 'Found in {section}',
  /** Before the count, when a teachers' name for a practice was searched as the playbook's own words too. */
  aliasSummary: 'The playbook calls “{phrase}” “{search}”: showing results for both.',
  /** Before the count, when a search that found little was tried again with its words corrected. */
  correctedThenTyped: 'Showing results for “{corrected}”, then for “{query}”:',
  correctedInstead: 'No results for “{query}”. Showing results for “{corrected}”:',
  noResultsFiltered: 'No results. Try fewer words, or clear the filters.',
  noResults: 'No results. Try fewer or different words.',
  indexMissing: 'The search index could not be loaded. Build the site with `npm run build` to create it, or browse the collections from the menu.',
};

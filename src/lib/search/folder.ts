/**
 * Where Pagefind writes the search index in a built site. Kept apart from the indexer, which is
 * Node-only, so that the offline worker can name the folder too: the whole index, with the data
 * its filters count from, is saved on a reader's first visit.
 */
export const INDEX_FOLDER = 'pagefind';

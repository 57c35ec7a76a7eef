/**
 * The words for a part's size under its title in the book: "12 techniques", or "12 techniques, in
 * 4 chapters" for a part split into chapters. The book page writes them for the whole book, and the
 * chooser writes them again for what a reader chose, so that a printed choice counts only itself.
 */
import { book, formatPlural } from '../../strings/index.ts';

export interface PartSize {
  /** How many entries of the part show (chapter openers, such as strands, are not counted). */
  entries: number;
  /** How many chapters show, for a part with chapters; undefined for one without. */
  chapters?: number;
  /** The collection's words for one entry and for many ("technique", "techniques"). */
  singular: string;
  plural: string;
}

export function partSize(size: PartSize): string {
  const entries = formatPlural(book.partEntries, size.entries, { singular: size.singular, plural: size.plural });
  return size.chapters === undefined ? entries : formatPlural(book.partEntriesInChapters, size.chapters, { entries });
}

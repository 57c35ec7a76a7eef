/**
 * The whole book as a PDF with page numbers, published with the site: `npm run book` writes it into
 * the built site under this file name, and the deploy workflow (.github/workflows/pages.yml)
 * publishes it. The book page's link to it is in the built page from the start, hidden; the same
 * step that writes the PDF shows the link (with the file's size) in the built page. A site built
 * without the PDF (a fork that publishes `npm run build` alone) keeps the link hidden, and no reader's
 * browser ever asks for a file that is not there.
 */

import { escapeHtml } from '../../strings/inline.ts';

/** The PDF's file name at the root of the built site (dist/playbook.pdf). */
export const BOOK_PDF_FILE = 'playbook.pdf';

/** The attribute that marks the paragraph holding the link, and the one on its size. */
export const PDF_LINK_ATTRIBUTE = 'data-book-pdf';
export const PDF_SIZE_ATTRIBUTE = 'data-book-pdf-size';

/** The PDF's size in megabytes, to one decimal place and never shown as 0. */
export function megabytes(bytes: number): number {
  return Math.max(0.1, Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/**
 * The built book page's HTML with its PDF link shown and `size` (already in words) beside it.
 * Returns undefined when the page has no hidden link to show, so the caller can say so.
 */
export function showPdfLink(html: string, size: string): string | undefined {
  const paragraph = new RegExp(`<p\\b[^>]*\\s${PDF_LINK_ATTRIBUTE}(?:=""|\\s|>)[^>]*>`);
  const opening = paragraph.exec(html)?.[0];
  if (!opening || !/\shidden(?:=""|\s|>)/.test(opening)) return undefined;
  const shown = opening.replace(/\shidden(?:="")?(?=\s|>)/, '');
  const sizeSpan = new RegExp(`(<span\\b[^>]*\\s${PDF_SIZE_ATTRIBUTE}[^>]*>)</span>`);
  return html.replace(opening, shown).replace(sizeSpan, (_, open: string) => `${open}${escapeHtml(size)}</span>`);
}

/**
 * The whole book as a PDF with page numbers, published with the site: `npm run book` writes it into
 * the built site under this file name, and the deploy workflow (.github/workflows/pages.yml)
 * publishes it. A site built without it (a fork that publishes `npm run build` alone) has no such
 * file, so the book page asks the server before it shows a link: a link appears only to a PDF that
 * is there.
 */

/** The PDF's file name at the root of the built site (dist/playbook.pdf). */
export const BOOK_PDF_FILE = 'playbook.pdf';

/** What the server says of the PDF: whether it is there, and its size in bytes where the server gives it. */
export interface PublishedPdf {
  bytes?: number;
}

/**
 * Asks the server (a HEAD request) whether the PDF is at `href`. Only a successful answer that is
 * a PDF counts: a host that answers every address with a page (a single-page app's fallback) has
 * no PDF. Any failure (offline, refused) counts as no PDF.
 */
export async function findPublishedPdf(href: string, fetchFn: typeof fetch = fetch): Promise<PublishedPdf | undefined> {
  try {
    const response = await fetchFn(href, { method: 'HEAD', cache: 'no-store' });
    if (!response.ok || !/\bapplication\/pdf\b/i.test(response.headers.get('content-type') ?? '')) return undefined;
    const length = Number(response.headers.get('content-length'));
    return Number.isFinite(length) && length > 0 ? { bytes: length } : {};
  } catch {
    return undefined;
  }
}

/**
 * Writes the book page (src/pages/book.astro) as a PDF with Chromium, with page numbers in the
 * footer, PDF bookmarks from the headings, and page numbers in the contents list and in the
 * cross-references. Chromium cannot yet number pages with CSS `target-counter()`, so the writer
 * prints twice: the first PDF says which page each part and entry landed on (from its named
 * destinations, see src/lib/book/pdf.ts); the writer fills those numbers in, with room kept for
 * them in the first pass so nothing moves, and prints again (a third time if a page did move).
 * Used by scripts/book.ts (`npm run book`) and by the browser test of the PDF.
 */
import type { Browser } from '@playwright/test';
import { readPdf } from '../src/lib/book/pdf.ts';
import { escapeHtml, inline } from '../src/strings/inline.ts';

export interface BookOptions {
  /** The book page's address, like http://127.0.0.1:4321/book/. */
  url: string;
  /** Part and chapter keys to include, as the page's chooser names them; none means the whole book. */
  include?: readonly string[];
  /** The footer's text before the page number: the playbook's name and organisation (book.footer). */
  footer: string;
}

export interface Book {
  pdf: Buffer;
  pages: number;
  /** How many times it printed (2, or 3 when filling in numbers moved a page). */
  passes: number;
  /** The page each part and entry starts on, by anchor. */
  destinations: Map<string, number>;
  /** Contents lines and cross-references whose target the PDF did not locate. */
  unnumbered: string[];
}

export async function writeBookPdf(browser: Browser, options: BookOptions): Promise<Book> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = new URL(options.url);
    for (const key of options.include ?? []) url.searchParams.append('include', key);
    const response = await page.goto(url.href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url.href} answered ${response?.status()}: is the site built with its book page?`);
    // The page's own words (the strings table, in the playbook's language) for the page numbers.
    const words = await page.evaluate(() => {
      const book = document.querySelector<HTMLElement>('.book');
      return { pageNumber: book?.dataset.bookPageNumber ?? '{page} / {pages}', seePage: book?.dataset.bookSeePage ?? '(p. {page})' };
    });
    const pageNumber = inline(words.pageNumber, { html: { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' } });
    const print = () =>
      page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-family: system-ui, sans-serif; font-size: 8pt; color: #333; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;"><span>${escapeHtml(options.footer)}</span><span>${pageNumber}</span></div>`,
        outline: true,
        tagged: true,
      });
    // Numbers go where the contents and cross-references ask for them; "000" keeps their room in the first pass.
    const fill = (pages: Record<string, number> | null) =>
      page.evaluate(([pages, seePage]) => {
        const missing: string[] = [];
        const number = (anchor: string) => (pages ? pages[anchor] : 0);
        for (const span of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
          if (span.closest('[hidden]')) continue;
          const found = number(span.dataset.pageOf!);
          if (pages && found === undefined) missing.push(span.dataset.pageOf!);
          span.textContent = found === undefined ? '' : pages ? String(found) : '000';
        }
        for (const link of document.querySelectorAll<HTMLAnchorElement>('a.xref')) {
          if (link.closest('[hidden]')) continue;
          const anchor = (link.getAttribute('href') ?? '').slice(1);
          const found = number(anchor);
          if (pages && found === undefined) missing.push(anchor);
          if (found === undefined) link.removeAttribute('data-page');
          else link.dataset.page = seePage.replace('{page}', pages ? String(found) : '000');
        }
        return missing;
      }, [pages, words.seePage] as const);
    await fill(null);
    let pdf = await print();
    let facts = readPdf(pdf);
    let passes = 1;
    let unnumbered: string[] = [];
    for (;;) {
      unnumbered = await fill(Object.fromEntries(facts.destinations));
      const next = await print();
      const nextFacts = readPdf(next);
      passes++;
      const moved = [...nextFacts.destinations].some(([anchor, at]) => facts.destinations.get(anchor) !== at) || nextFacts.pages !== facts.pages;
      pdf = next;
      facts = nextFacts;
      if (!moved || passes >= 3) break;
    }
    return { pdf, pages: facts.pages, passes, destinations: facts.destinations, unnumbered: [...new Set(unnumbered)] };
  } finally {
    await context.close();
  }
}

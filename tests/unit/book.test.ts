/**
 * The book's pure parts: fitting entry HTML into the book, the chooser's keys and the choice its
 * boxes make, a part's size, asking the server for the published PDF, and reading Chromium's PDFs.
 */
import { describe, expect, it } from 'vitest';
import { choiceIn, choiceOf, isChosen, searchFor, type ChoiceBox } from '../../src/lib/book/choose.ts';
import { readPdf } from '../../src/lib/book/pdf.ts';
import { megabytes, showPdfLink } from '../../src/lib/book/published.ts';
import { partSize } from '../../src/lib/book/size.ts';
import { rewriteForBook } from '../../src/lib/book/rewrite.ts';

const targets = new Map([
  ['/techniques/cold-call/', { anchor: 'techniques--cold-call', where: 'Questioning' }],
  ['/frameworks/standards/', { anchor: 'frameworks--standards', where: 'Frameworks' }],
]);
const rewrite = (html: string) => rewriteForBook(html, { prefix: 'protocols--trios', headingShift: 2, targets, titleId: 'protocols--trios--title' });

describe('rewriteForBook', () => {
  it('prefixes ids and everything that names them', () => {
    expect(rewrite('<h3 id="steps">Steps</h3><a href="#steps">up</a><label for="q">Q</label><input id="q">')).toBe(
      '<h5 id="protocols--trios--steps">Steps</h5><a href="#protocols--trios--steps">up</a><label for="protocols--trios--q">Q</label><input id="protocols--trios--q">',
    );
    expect(rewrite('<svg aria-labelledby="c-1 c-2"></svg>')).toBe('<svg aria-labelledby="protocols--trios--c-1 protocols--trios--c-2"></svg>');
  });

  it('moves headings down, never past h6', () => {
    expect(rewrite('<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5>')).toBe('<h4>A</h4><h5>B</h5><h6>C</h6><h6>D</h6>');
  });

  it('turns links to entries in the book into cross-references, fragments included, and leaves other links alone', () => {
    expect(rewrite('<a href="/techniques/cold-call/" class="x">Cold call</a>')).toBe(
      '<a href="#techniques--cold-call" class="xref x" data-where="Questioning" data-href="/techniques/cold-call/">Cold call</a>',
    );
    expect(rewrite('<a href="/frameworks/standards/#element-s1">S1</a>')).toContain('href="#frameworks--standards--element-s1"');
    expect(rewrite('<a href="/group-results/">Group results</a><a href="https://example.org/x">x</a>')).toBe('<a href="/group-results/">Group results</a><a href="https://example.org/x">x</a>');
  });

  it('keeps sections from being landmarks, names table regions after the entry and drops search attributes', () => {
    expect(rewrite('<section aria-labelledby="problems"><h2 id="problems">Use it when</h2></section>')).toBe('<section><h4 id="protocols--trios--problems">Use it when</h4></section>');
    expect(rewrite('<div class="table-wrap" tabindex="0" role="region" aria-labelledby="cap">')).toBe(
      '<div tabindex="0" role="region" aria-labelledby="protocols--trios--cap protocols--trios--title" class="table-wrap">',
    );
    expect(rewrite('<dd data-pagefind-filter="kind">Coaching</dd>')).toBe('<dd>Coaching</dd>');
  });

  it('leaves text alone and keeps escaped attribute values escaped', () => {
    const html = '<p title="a &quot;b&quot; &amp; c">id="x" is text, 3 &lt; 4</p><br />';
    expect(rewrite(html)).toBe(html);
  });
});

describe('isChosen', () => {
  it('takes everything when nothing is chosen', () => {
    expect(isChosen('protocols', [])).toBe(true);
    expect(isChosen('techniques/questioning', [])).toBe(true);
  });
  it('takes a part, its chapters, and a part for any chapter of it', () => {
    const chosen = ['techniques/questioning', 'protocols'];
    expect(isChosen('protocols', chosen)).toBe(true);
    expect(isChosen('techniques', chosen)).toBe(true);
    expect(isChosen('techniques/questioning', chosen)).toBe(true);
    expect(isChosen('techniques/feedback', chosen)).toBe(false);
    expect(isChosen('audits', chosen)).toBe(false);
    expect(isChosen('techniques/feedback', ['techniques'])).toBe(true);
  });
});

describe('choiceOf', () => {
  /** The chooser's boxes: techniques with two strands, and protocols and audits without chapters. */
  const boxes = (ticked: string[]): ChoiceBox[] =>
    [
      { value: 'techniques', part: 'techniques' },
      { value: 'techniques/questioning', chapterOf: 'techniques' },
      { value: 'techniques/feedback', chapterOf: 'techniques' },
      { value: 'protocols', part: 'protocols' },
      { value: 'audits', part: 'audits' },
    ].map((box) => ({ ...box, checked: ticked.includes(box.value) }));

  it('is the whole book (no keys) when everything is ticked', () => {
    expect(choiceOf(boxes(['techniques', 'techniques/questioning', 'techniques/feedback', 'protocols', 'audits']))).toEqual([]);
  });
  it('names a part whose chapters are all ticked by the part alone, whatever its own box says', () => {
    expect(choiceOf(boxes(['techniques/questioning', 'techniques/feedback', 'audits']))).toEqual(['techniques', 'audits']);
  });
  it('names the chapters ticked of a part partly ticked', () => {
    expect(choiceOf(boxes(['techniques', 'techniques/feedback', 'protocols']))).toEqual(['techniques/feedback', 'protocols']);
  });
  it('is null when nothing is ticked', () => {
    expect(choiceOf(boxes([]))).toBeNull();
    expect(choiceOf(boxes(['techniques']))).toBeNull();
  });
});

describe('the address of a choice', () => {
  it('carries each key as include, and the whole book as no query, and reads back what it wrote', () => {
    expect(searchFor([])).toBe('');
    const search = searchFor(['techniques/feedback', 'protocols']);
    expect(search).toBe('?include=techniques%2Ffeedback&include=protocols');
    expect(choiceIn(search)).toEqual(['techniques/feedback', 'protocols']);
    expect(choiceIn('')).toEqual([]);
  });
});

describe('partSize', () => {
  it('counts entries, and chapters where the part has them', () => {
    expect(partSize({ entries: 10, chapters: 2, singular: 'technique', plural: 'techniques' })).toBe('10 techniques, in 2 chapters');
    expect(partSize({ entries: 1, chapters: 1, singular: 'technique', plural: 'techniques' })).toBe('1 technique, in 1 chapter');
    expect(partSize({ entries: 3, singular: 'protocol', plural: 'protocols' })).toBe('3 protocols');
  });
});

describe('showPdfLink', () => {
  const page = '<main><p class="book-chooser__pdf print-hide" data-book-pdf hidden><a href="/playbook.pdf" type="application/pdf">The whole book as a PDF</a> <span class="meta" data-book-pdf-size></span></p><form data-book-chooser hidden></form></main>';
  it('shows the hidden link and writes its size beside it, leaving the rest of the page as it was', () => {
    const shown = showPdfLink(page, '(2.5 MB)');
    expect(shown).toBe('<main><p class="book-chooser__pdf print-hide" data-book-pdf><a href="/playbook.pdf" type="application/pdf">The whole book as a PDF</a> <span class="meta" data-book-pdf-size>(2.5 MB)</span></p><form data-book-chooser hidden></form></main>');
  });
  it('escapes the size as text', () => {
    expect(showPdfLink(page, '<2 & 3>')).toContain('data-book-pdf-size><2 & 3></span>'.replace('<2 & 3>', '&lt;2 &amp; 3&gt;'));
  });
  it('finds nothing to show on a page without the hidden link, or where it already shows', () => {
    expect(showPdfLink('<main><p>No link</p></main>', '(1 MB)')).toBeUndefined();
    expect(showPdfLink(showPdfLink(page, '(1 MB)')!, '(1 MB)')).toBeUndefined();
  });
  it('rounds the size to a tenth of a megabyte, never to nothing', () => {
    expect(megabytes(2_621_440)).toBe(2.5);
    expect(megabytes(1_000)).toBe(0.1);
  });
});

/** A PDF laid out as Chromium's Skia writes one: a catalog, a page tree with a nested node, and named destinations. */
function skiaLikePdf(): Uint8Array {
  const objects = [
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>\nendobj',
    '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>\nendobj',
    '3 0 obj\n<</Type /Page\n/Parent 2 0 R\n/Contents 8 0 R>>\nendobj',
    '4 0 obj\n<</Type /Pages\n/Count 2\n/Parent 2 0 R\n/Kids [5 0 R 6 0 R]>>\nendobj',
    '5 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
    '6 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
    '7 0 obj\n<</part-techniques [5 0 R /XYZ 6 828.63 0]\n/techniques--cold-call [6 0 R /XYZ 6 828.63 0]\n/a#2Db [3 0 R /XYZ 6 800 0]>>\nendobj',
    '8 0 obj\n<</Filter /FlateDecode\n/Length 10>> stream\n9 0 obj x\nendstream\nendobj',
  ];
  return new TextEncoder().encode(`%PDF-1.4\n${objects.join('\n')}\ntrailer\n<</Root 1 0 R>>\n%%EOF`);
}

describe('readPdf', () => {
  it('counts pages through a nested page tree and finds the page of each named destination', () => {
    const facts = readPdf(skiaLikePdf());
    expect(facts.pages).toBe(3);
    expect(Object.fromEntries(facts.destinations)).toEqual({ 'part-techniques': 2, 'techniques--cold-call': 3, 'a-b': 1 });
  });
  it('says so when a file is not a PDF', () => {
    expect(() => readPdf(new TextEncoder().encode('<html>'))).toThrow(/not a PDF/);
  });
});

/**
 * Reads the little the book writer needs from a PDF that Chromium (Skia) wrote: its pages in
 * order and the page each named destination is on. Chromium makes a named destination for every
 * element a link in the document points to, so the contents list's links give the page of every
 * part and entry. It reads the uncompressed object dictionaries Skia writes; it is not a general
 * PDF reader, and says so when a file is not what it expects.
 */

/** An indirect reference, "12 0 R", as its object number. */
type Ref = number;

/** The raw text of each object's dictionary (before any stream), by object number. */
function objects(pdf: string): Map<Ref, string> {
  const found = new Map<Ref, string>();
  const pattern = /(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)(?:\bstream[\r\n]|\bendobj)/g;
  for (const match of pdf.matchAll(pattern)) found.set(Number(match[1]), match[2]!);
  return found;
}

function refIn(text: string, key: string): Ref | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The object numbers of the document's pages, in order. */
function pageOrder(all: Map<Ref, string>): Ref[] {
  const catalog = [...all.values()].find((text) => /\/Type\s*\/Catalog\b/.test(text));
  const root = catalog === undefined ? undefined : refIn(catalog, 'Pages');
  if (root === undefined) throw new Error('This PDF has no page tree that can be read: was it written by Chromium?');
  const pages: Ref[] = [];
  const walk = (ref: Ref, depth: number) => {
    const node = all.get(ref);
    if (!node || depth > 64) throw new Error(`This PDF's page tree names object ${ref}, which cannot be read.`);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]), depth + 1);
    } else pages.push(ref);
  };
  walk(root, 0);
  return pages;
}

/** Decodes a PDF name's `#xx` escapes. */
function decodeName(name: string): string {
  return decodeURIComponent(name.replace(/#([0-9a-fA-F]{2})/g, '%$1'));
}

export interface PdfFacts {
  /** How many pages the PDF has. */
  pages: number;
  /** The page (counted from 1) each named destination is on, by name. */
  destinations: Map<string, number>;
}

/** The page count and the page of each named destination of a Chromium PDF. */
export function readPdf(bytes: Uint8Array): PdfFacts {
  const pdf = Buffer.from(bytes).toString('latin1');
  if (!pdf.startsWith('%PDF-')) throw new Error('This is not a PDF file.');
  const all = objects(pdf);
  const order = pageOrder(all);
  const pageNumber = new Map(order.map((ref, i) => [ref, i + 1]));
  const destinations = new Map<string, number>();
  const catalog = [...all.values()].find((text) => /\/Type\s*\/Catalog\b/.test(text))!;
  const destsRef = refIn(catalog, 'Dests');
  const dests = destsRef === undefined ? /\/Dests\s*(<<[\s\S]*>>)/.exec(catalog)?.[1] : all.get(destsRef);
  for (const match of (dests ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R\s*\/XYZ/g)) {
    const page = pageNumber.get(Number(match[2]));
    if (page !== undefined) destinations.set(decodeName(match[1]!), page);
  }
  return { pages: order.length, destinations };
}

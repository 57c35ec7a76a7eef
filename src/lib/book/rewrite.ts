/**
 * Fits an entry page's HTML into the book, where many entries share one page: every id gets the
 * entry's prefix (and so do the fragment links, labels and `for`s that name them), headings move
 * down under the book's own, links to entries that are in the book become cross-references to
 * their place in it, and search attributes go (the book is not indexed). It works on the HTML that
 * Astro and the body renderer write: tags with double-quoted attributes and escaped text.
 */

/** Where a cross-reference points: the anchor in the book and the section named in print. */
export interface BookTarget {
  anchor: string;
  /** What print says after a cross-reference to the entry, naming the part or chapter it is in: "(see Questioning)" (book.seeWhere). */
  where: string;
}

export interface RewriteOptions {
  /** Prefixed to every id in the entry: `techniques--cold-call`. */
  prefix: string;
  /** How many levels headings move down: an entry page's h2 becomes h(2 + shift); none goes past h6. */
  headingShift: number;
  /** Entry pages in the book, by their path on the site ("/techniques/cold-call/"). */
  targets: ReadonlyMap<string, BookTarget>;
  /** The id of the entry's title heading, added to the name of each labelled region so that regions of the same kind in different entries have different names. */
  titleId?: string;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^>]*)?)>/g;
const ATTRIBUTE = /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;
/** Attributes whose value is one id, or a space-separated list of ids. */
const ID_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers', 'list', 'form']);

/** The id an entry's own id becomes in the book. */
export function prefixed(prefix: string, id: string): string {
  return `${prefix}--${id}`;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Rewrites one entry's HTML for the book (see the module comment). */
export function rewriteForBook(html: string, options: RewriteOptions): string {
  const { prefix, headingShift, targets, titleId } = options;
  const heading = (name: string) => {
    const level = /^h([1-6])$/i.exec(name);
    return level ? `h${Math.min(6, Number(level[1]) + headingShift)}` : name;
  };
  return html.replace(TAG, (_whole, close: string, name: string, attributes: string) => {
    const tag = heading(name);
    if (close) return `</${tag}>`;
    const selfClosing = /\/\s*$/.test(attributes);
    const list: [string, string | undefined][] = [];
    for (const match of (selfClosing ? attributes.replace(/\/\s*$/, '') : attributes).matchAll(ATTRIBUTE)) {
      list.push([match[1]!, match[2] === undefined ? undefined : unescapeAttribute(match[2])]);
    }
    const out: [string, string | undefined][] = [];
    const classes: string[] = [];
    const lowerName = name.toLowerCase();
    const isRegion = list.some(([attribute, value]) => attribute.toLowerCase() === 'role' && value === 'region');
    const extra: [string, string][] = [];
    for (const [attribute, value] of list) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('data-pagefind')) continue;
      if (lower === 'class') {
        classes.push(...(value ?? '').split(/\s+/).filter(Boolean));
        continue;
      }
      // A section of an entry ("Use it when") is a landmark on the entry's page; in the book, where
      // every technique has one, it stays a plain section so the landmarks stay few and distinct.
      if (lower === 'aria-labelledby' && lowerName === 'section' && !isRegion) continue;
      if (ID_ATTRIBUTES.has(lower) && value !== undefined) {
        const ids = value.split(/\s+/).filter(Boolean).map((id) => prefixed(prefix, id));
        if (lower === 'aria-labelledby' && isRegion && titleId) ids.push(titleId);
        out.push([attribute, ids.join(' ')]);
        continue;
      }
      if (lower === 'href' && value !== undefined && lowerName === 'a') {
        if (value.startsWith('#') && value.length > 1) {
          out.push([attribute, `#${prefixed(prefix, value.slice(1))}`]);
          continue;
        }
        const [path, fragment] = value.split('#', 2) as [string, string | undefined];
        const target = targets.get(path);
        if (target) {
          out.push([attribute, `#${fragment ? prefixed(target.anchor, fragment) : target.anchor}`]);
          classes.push('xref');
          extra.push(['data-where', target.where], ['data-href', value]);
          continue;
        }
      }
      out.push([attribute, value]);
    }
    if (classes.length > 0) out.push(['class', classes.join(' ')]);
    out.push(...extra);
    const written = out.map(([attribute, value]) => (value === undefined ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`)).join('');
    return `<${tag}${written}${selfClosing ? ' /' : ''}>`;
  });
}

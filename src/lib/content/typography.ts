/**
 * Typographer for entry bodies: straight quotes to curly ones, `--` to an em dash, `...` to an
 * ellipsis and ``` ``double backticks'' ``` to double quotes, in the mdast tree of a body.
 *
 * It applies the rules of retext-smartypants (through remark-smartypants, as Astro's Markdown
 * does) and gives the same text, without building a natural-language tree: it reads the text as
 * a list of tokens (runs of letters and digits, of white space, or of one punctuation mark), which
 * is all those rules look at. Like remark-smartypants, quotes are decided over the text of the
 * whole body at once, so a quote that opens before a link, `**bold**` or `inline code` closes
 * after it; inline code counts as a word and is never changed; code blocks are not text at all.
 */
import type { Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

// The classes parse-latin (retext's parser) sorts characters into.
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
// Marks that join two words into one ("don't", "well-known", "e.g"), as parse-latin merges them.
const INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

type Kind = 'word' | 'space' | 'mark';
interface Token {
  kind: Kind;
  start: number;
  value: string;
}

/** What the quote rules see: a token, or a whole word made of several ("don't", "well-known"). */
interface Unit {
  kind: Kind | 'part';
  start: number;
  value: string;
  parts?: Unit[];
}

function kindOf(char: string): Kind {
  return SPACE.test(char) ? 'space' : WORD.test(char) ? 'word' : 'mark';
}

/** Runs of word characters, of white space, or of one repeated mark: parse-latin's tokens. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let kind: Kind | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = kindOf(char);
    if (kind !== undefined && (next !== kind || (kind === 'mark' && char !== text[i - 1]))) {
      tokens.push({ kind, start, value: text.slice(start, i) });
      start = i;
    }
    kind = next;
  }
  if (kind !== undefined) tokens.push({ kind, start, value: text.slice(start) });
  return tokens;
}

/** Whether a word's parts are single letters between full stops ("e.g", "i.e"), as parse-latin's mergeInitialisms reads them. */
function isInitialism(parts: Unit[]): boolean {
  if (parts.length === 1 || parts.length % 2 === 0) return false;
  let digits = true;
  for (let position = parts.length - 1; position >= 0; position--) {
    const value = parts[position]!.value;
    if (position % 2 === 0) {
      if (value.length > 1) return false;
      if (!/\p{N}/u.test(value)) digits = false;
    } else if (value !== '.') {
      if (position < parts.length - 2) break;
      return false;
    }
  }
  return !digits;
}

/**
 * Words joined by inner marks become one word ("don't", "Year-7"), as do an "&" and the word after
 * it, short words around a slash ("n/a"), a hyphen that ends a word and the full stop that ends
 * an initialism: parse-latin's mergeInnerWordSymbol, mergeInitialWordSymbol, mergeInnerWordSlash,
 * mergeFinalWordSymbol and mergeInitialisms.
 */
function units(tokens: Token[]): Unit[] {
  const result: Unit[] = [];
  const asPart = (token: Token): Unit => ({ ...token, kind: token.kind === 'word' ? 'part' : token.kind });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const ampersand = token.value === '&' && tokens[i + 1]?.kind === 'word' && result.at(-1)?.kind !== 'word';
    if (token.kind !== 'word' && !ampersand) {
      result.push(token);
      continue;
    }
    const from = i;
    if (ampersand) i++;
    let end = i; // the last word token of this whole word
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.kind === 'word') end = j;
      else if (next.kind !== 'mark' || !INNER.test(next.value)) break;
    }
    let parts = tokens.slice(from, end + 1).map(asPart);
    const slash = tokens[end + 1];
    if (slash?.value === '/' && slash.kind === 'mark') {
      const after = tokens[end + 2]?.kind === 'word' ? tokens[end + 2] : undefined;
      if (parts.map((part) => part.value).join('').length < 3 && (!after || after.value.length < 3)) {
        parts = [...parts, asPart(slash), ...(after ? [asPart(after)] : [])];
        end += after ? 2 : 1;
      }
    }
    const after = tokens[end + 1];
    if (after?.kind === 'mark' && ((after.value === '-' && tokens[end + 2]?.kind !== 'word') || (after.value === '.' && isInitialism(parts)))) {
      parts.push(asPart(after)); // "well-" in "well- and badly-written"; the last full stop of "e.g."
      end++;
    }
    if (parts.length === 1) result.push(token);
    else result.push({ kind: 'word', start: tokens[from]!.start, value: parts.map((part) => part.value).join(''), parts });
    i = end;
  }
  return result;
}

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;
type Straight = keyof typeof OPEN;
const isStraight = (value: string): value is Straight => value === '"' || value === "'";

/** Curls the straight quotes among `siblings` (a list of units, or a word's parts) in `out`. */
function curlAmong(siblings: Unit[], out: string[]): void {
  for (let i = 0; i < siblings.length; i++) {
    const unit = siblings[i]!;
    if (unit.parts) curlAmong(unit.parts, out);
    if (unit.kind !== 'mark' || !isStraight(unit.value)) continue;
    const quote = unit.value;
    // White space that starts the text lies outside its first sentence, where nothing precedes a quote.
    const previous = i === 1 && siblings[0]!.kind === 'space' ? undefined : siblings[i - 1];
    const next = siblings[i + 1];
    const nextNext = siblings[i + 2];
    const nextValue = next?.value ?? '';
    let curled: string;
    if (next?.kind === 'mark' && nextNext?.kind !== 'word') {
      // A quote before punctuation that does not start a word closes.
      curled = CLOSE[quote];
    } else if (next?.kind === 'mark' && isStraight(next.value) && nextNext?.kind === 'word') {
      // Two quotes before a word both open: "'Quoted' words in a larger quote."
      curled = OPEN[quote];
      next.value = OPEN[next.value];
      out[next.start] = next.value;
    } else if (next && /^\d\ds$/.test(nextValue)) {
      curled = CLOSE[quote]; // the '90s
    } else if ((previous?.kind === 'space' || previous?.kind === 'mark') && next?.kind === 'word') {
      curled = OPEN[quote];
    } else if (previous && previous.kind !== 'space' && previous.kind !== 'mark') {
      curled = CLOSE[quote];
    } else if (!next || next.kind === 'space' || (quote === "'" && nextValue === 's')) {
      curled = CLOSE[quote];
    } else {
      curled = OPEN[quote];
    }
    unit.value = curled;
    out[unit.start] = curled;
  }
}

/**
 * `text` with each straight quote curled by retext-smartypants's rules. It keeps its length (each
 * quote is one character either way), so the text of several nodes can be curled at once.
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const out = text.split('');
  curlAmong(units(tokenize(text)), out);
  return out.join('');
}

const DOTS = /^\.+$/;

/**
 * `text` with `--` as an em dash, three or more dots (or three dots with spaces between) as an
 * ellipsis, and ``` `` ``` and `''` as double quotes, by retext-smartypants's rules: a run of
 * three dashes or of three backticks is left as it is.
 */
export function smartenPunctuation(text: string): string {
  if (!text.includes('--') && !text.includes('.') && !text.includes('``') && !text.includes("''")) return text;
  const tokens: (Token | undefined)[] = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind !== 'mark') continue;
    if (DOTS.test(token.value)) {
      // Dots separated by single spaces: ". . ." (the dots and spaces before this one join it).
      let count = 1;
      let position = i;
      while (--position > 0) {
        const space = tokens[position];
        if (space?.kind !== 'space') break;
        const dots = tokens[position - 1];
        if (dots?.kind !== 'mark' || !DOTS.test(dots.value)) break;
        count++;
        position--;
      }
      if (count >= 3) {
        for (let j = i - 2 * (count - 1); j < i; j++) tokens[j] = undefined;
        token.value = '…';
        continue;
      }
      if (token.value.length >= 3) token.value = '…';
    } else if (token.value === '``') token.value = '“';
    else if (token.value === "''") token.value = '”';
    else if (token.value === '--') token.value = '—';
  }
  return tokens.map((token) => token?.value ?? '').join('');
}

// The blocks whose text starts afresh, as if after a space.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Sets the body's typography in its mdast tree, as remark-smartypants does with Astro's defaults:
 * quotes are curled over all the text of the body at once, then dashes, ellipses and backticks
 * within each text node. Text in `<script>` or `<style>` is left alone.
 */
export function typeset(tree: Root): void {
  const texts: { node: Text; start: number }[] = [];
  let all = '';
  visit(tree, (node: Nodes, _index, parent) => {
    if (!parent || (parent.type === 'mdxJsxTextElement' && (parent.name === 'script' || parent.name === 'style'))) return;
    if (node.type === 'text') {
      texts.push({ node, start: all.length });
      all += node.value;
    } else if (node.type === 'inlineCode') all += 'A'.repeat(node.value.length);
    else if (BLOCKS.has(node.type)) all += ' ';
  });
  const curled = curlQuotes(all);
  for (const { node, start } of texts) node.value = smartenPunctuation(curled.slice(start, start + node.value.length));
}

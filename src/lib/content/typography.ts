/**
 * Typographer for entry bodies: straight quotes to curly ones, `--` to an em dash, `...` to an
 * ellipsis and ``` ``double backticks'' ``` to double quotes, in the mdast tree of a body.
 *
 * It applies the rules of retext-smartypants, through remark-smartypants as Astro's Markdown does,
 * and gives the same text without building retext's natural-language tree of every word. The text
 * is read as parse-latin (retext's parser) reads it: tokens (runs of letters and digits, of white
 * space, or of one repeated mark), whole words made of several tokens ("don't", "e.g."), and
 * sentences; that is all the rules look at. Like remark-smartypants, quotes are decided over the
 * text of the whole body at once, so a quote that opens before a link, `**bold**` or `inline code`
 * closes after it; inline code counts as a word and is never changed; code blocks are not text.
 */
import type { Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

// The classes parse-latin sorts characters into.
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
// Marks that join two words into one ("don't", "well-known", "e.g").
const INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
// Marks that end a sentence.
const TERMINAL = /^[!.?\u2026\u203D]+$/;
// Closing marks that belong to the sentence before, even after its full stop: `."`, `?)`.
const AFFIX = /^(["').?\u00BB\u2019\u201D\u2026\u203A\u203D\]}!])\1*$/;
// Words after a full stop that do not end a sentence: "etc.", "cf.", "a.", "12."
const ABBREVIATION = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

interface Token {
  kind: 'word' | 'space' | 'mark';
  value: string;
  /** Where it starts in the text. */
  start: number;
}

/** A whole word: the tokens parse-latin joins into one word node. */
interface Word {
  kind: 'whole';
  parts: Token[];
}

type Unit = Token | Word;
type Sentence = Unit[];

const textOf = (unit: Unit | undefined): string => (!unit ? '' : unit.kind === 'whole' ? unit.parts.map((part) => part.value).join('') : unit.value);
const isWord = (unit: Unit | undefined): unit is Word => unit?.kind === 'whole';
const isMark = (unit: Unit | undefined): unit is Token => unit?.kind === 'mark';

const classify = (char: string): Token['kind'] => (SPACE.test(char) ? 'space' : WORD.test(char) ? 'word' : 'mark');
// The kind of each ASCII character, looked up rather than matched, since nearly all text is ASCII.
const ASCII = Array.from({ length: 128 }, (_, code) => classify(String.fromCharCode(code)));

/** Runs of word characters, of white space, or of one repeated mark: parse-latin's tokens. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let kind: Token['kind'] | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (kind !== undefined && code >= 0xdc00 && code <= 0xdfff) continue; // the second half of an emoji or other astral character
    const next = ASCII[code] ?? classify(text[i]!);
    if (kind !== undefined && (next !== kind || (kind === 'mark' && code !== text.charCodeAt(i - 1)))) {
      tokens.push({ kind, value: text.slice(start, i), start });
      start = i;
    }
    kind = next;
  }
  if (kind !== undefined) tokens.push({ kind, value: text.slice(start), start });
  return tokens;
}

/** Whether a word's parts are single letters between full stops ("e.g", "i.e"), as parse-latin's mergeInitialisms reads them. */
function isInitialism(parts: Token[]): boolean {
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
 * Tokens joined into whole words as parse-latin joins them: words linked by inner marks ("don't",
 * "Year-7"), an "&" and the word after it, short words around a slash ("n/a"), a hyphen that ends
 * a word ("well- and badly-written") and the full stop that ends an initialism ("e.g.").
 */
function units(tokens: Token[]): Unit[] {
  const result: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const ampersand = token.value === '&' && tokens[i + 1]?.kind === 'word' && !isWord(result.at(-1));
    if (token.kind !== 'word' && !ampersand) {
      result.push(token);
      continue;
    }
    const from = i;
    if (ampersand) i++;
    let end = i; // the last token of this word
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.kind === 'word') end = j;
      else if (next.kind !== 'mark' || !INNER.test(next.value)) break;
    }
    const parts = tokens.slice(from, end + 1);
    if (tokens[end + 1]?.value === '-' && tokens[end + 2]?.kind !== 'word') parts.push(tokens[++end]!);
    const slash = tokens[end + 1];
    if (slash?.value === '/') {
      const after = tokens[end + 2]?.kind === 'word' ? tokens[end + 2] : undefined;
      if (parts.map((part) => part.value).join('').length < 3 && (!after || after.value.length < 3)) {
        parts.push(slash, ...(after ? [after] : []));
        end += after ? 2 : 1;
      }
    }
    const after = tokens[end + 1];
    if (after?.value === '.' && isInitialism(parts)) {
      parts.push(after);
      end++;
    }
    result.push({ kind: 'whole', parts });
    i = end;
  }
  return result;
}

/** Walks a list that a step may change, as unist-util-modify-children does: a step may name the index to go on from. */
function modify<T>(list: T[], step: (item: T, index: number) => number | undefined): void {
  for (let index = 0; index < list.length; ) {
    const next = step(list[index]!, index);
    index = next === undefined ? index + 1 : Math.max(next, 0);
  }
}

/**
 * The sentences of a text, as parse-latin finds them: a sentence ends after a full stop, question
 * or exclamation mark, but not before a lower-case word, a digit or a comma, not after "etc." and
 * the like, and closing quotes and brackets stay with the sentence they close. White space at the
 * start or end of a sentence is left out of it.
 */
function sentences(list: Unit[]): Sentence[] {
  const result: Sentence[] = [];
  let current: Sentence = [];
  for (const unit of list) {
    current.push(unit);
    if (isMark(unit) && TERMINAL.test(unit.value)) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  const merge = (index: number) => {
    result[index - 1]!.push(...result[index]!);
    result.splice(index, 1);
    return index;
  };
  // A "sentence" without a word joins the one before it (or, first, the one after it).
  modify(result, (sentence, index) => {
    if (sentence.some(isWord)) return undefined;
    if (index > 0) return merge(index);
    if (result[1]) {
      result[1].unshift(...sentence);
      result.splice(0, 1);
    }
    return undefined;
  });
  // Closing marks right after a sentence's end belong to it.
  modify(result, (sentence, index) => {
    const first = sentence[0];
    if (index === 0 || !isMark(first) || !AFFIX.test(first.value)) return undefined;
    result[index - 1]!.push(sentence.shift()!);
    return index - 1;
  });
  // A sentence whose first word is in lower case, before any mark, continues the one before.
  modify(result, (sentence, index) => {
    if (index === 0) return undefined;
    const first = sentence.find((unit) => unit.kind !== 'space');
    return isWord(first) && /^\p{Ll}/u.test(textOf(first)) ? merge(index) : undefined;
  });
  // So does one that starts with a digit.
  modify(result, (sentence, index) => (index > 0 && isWord(sentence[0]) && /^\d/.test(textOf(sentence[0])) ? merge(index) : undefined));
  // "etc." and the like do not end a sentence; their full stop belongs to the word.
  modify(result, (sentence, index) => {
    const period = sentence.at(-1);
    const word = sentence.at(-2);
    if (sentence.length < 2 || !isMark(period) || period.value !== '.' || !isWord(word) || !ABBREVIATION.test(textOf(word).toLowerCase())) return undefined;
    word.parts.push(sentence.pop() as Token);
    const next = result[index + 1];
    if (!next) return undefined;
    sentence.push(...next);
    result.splice(index + 1, 1);
    return index - 1;
  });
  // A sentence that starts with a comma or semicolon, before any word, continues the one before.
  modify(result, (sentence, index) => {
    if (index === 0) return undefined;
    const first = sentence.find((unit) => unit.kind !== 'space');
    return isMark(first) && (first.value === ',' || first.value === ';') ? merge(index) : undefined;
  });
  for (const sentence of result) {
    joinRemainingFullStops(sentence);
    if (sentence[0]?.kind === 'space') sentence.shift();
    if (sentence.at(-1)?.kind === 'space') sentence.pop();
  }
  return result;
}

/** A full stop inside a sentence (not its last delimiter) belongs to the word before or after it: parse-latin's mergeRemainingFullStops. */
function joinRemainingFullStops(sentence: Sentence): void {
  let found = false;
  for (let position = sentence.length - 1; position >= 0; position--) {
    const unit = sentence[position]!;
    if (!isMark(unit)) {
      if (isWord(unit)) found = true;
      continue;
    }
    if (!TERMINAL.test(unit.value)) continue;
    if (!found) {
      found = true;
      continue;
    }
    if (unit.value !== '.') continue;
    const previous = sentence[position - 1];
    const next = sentence[position + 1];
    if (isWord(previous)) {
      if (next?.kind === 'space' && textOf(sentence[position + 2]) === '.') continue;
      sentence.splice(position, 1);
      previous.parts.push(unit);
      position--;
    } else if (isWord(next)) {
      sentence.splice(position, 1);
      next.parts.unshift(unit);
    }
  }
}

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;
type Straight = keyof typeof OPEN;
const isStraight = (value: string): value is Straight => value === '"' || value === "'";

/**
 * Curls the straight quotes among `siblings` (a sentence, or the parts of a word, where no sibling
 * is a word of its own), by retext-smartypants's rules, and adds each quote it curls to `changed`.
 */
function curlAmong(siblings: Unit[], changed: Token[]): void {
  for (let i = 0; i < siblings.length; i++) {
    const unit = siblings[i]!;
    if (isWord(unit)) curlAmong(unit.parts, changed);
    if (!isMark(unit) || !isStraight(unit.value)) continue;
    const quote = unit.value;
    const previous = siblings[i - 1];
    const next = siblings[i + 1];
    const nextNext = siblings[i + 2];
    const nextValue = textOf(next);
    let curled: string;
    if (isMark(next) && !isWord(nextNext)) {
      curled = CLOSE[quote]; // before punctuation that does not start a word
    } else if (isMark(next) && isStraight(next.value) && isWord(nextNext)) {
      curled = OPEN[quote]; // "'Quoted' words in a larger quote."
      next.value = OPEN[next.value];
      changed.push(next);
    } else if (next && /^\d\ds$/.test(nextValue)) {
      curled = CLOSE[quote]; // the '90s
    } else if ((previous?.kind === 'space' || isMark(previous)) && isWord(next)) {
      curled = OPEN[quote];
    } else if (previous && previous.kind !== 'space' && !isMark(previous)) {
      curled = CLOSE[quote]; // after a word, or inside one: don't
    } else if (!next || next.kind === 'space' || (quote === "'" && nextValue === 's')) {
      curled = CLOSE[quote];
    } else {
      curled = OPEN[quote];
    }
    unit.value = curled;
    changed.push(unit);
  }
}

/**
 * `text` with each straight quote curled by retext-smartypants's rules. It keeps its length (each
 * quote is one character either way), so the text of several nodes can be curled at once.
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const changed: Token[] = [];
  for (const sentence of sentences(units(tokenize(text)))) curlAmong(sentence, changed);
  changed.sort((a, b) => a.start - b.start);
  let result = '';
  let from = 0;
  for (const quote of changed) {
    result += text.slice(from, quote.start) + quote.value;
    from = quote.start + 1;
  }
  return result + text.slice(from);
}

const DOTS = /^\.+$/;
// A text without two dashes, two dots (spaced or not), two backticks or two straight single quotes has nothing to set.
const MAY_PUNCTUATE = /--|\.[\s\u0085]*\.|``|''/;

/** Sets dashes, ellipses and backtick quotes among `siblings` (a sentence, or the parts of a word). */
function punctuateAmong(siblings: Unit[]): void {
  for (let i = 0; i < siblings.length; i++) {
    const unit = siblings[i]!;
    if (isWord(unit)) punctuateAmong(unit.parts);
    if (!isMark(unit)) continue;
    if (DOTS.test(unit.value)) {
      // Dots with single spaces between: ". . ." (the dots and spaces before this one join it).
      let count = 1;
      let position = i;
      while (--position > 0) {
        const dots = siblings[position - 1];
        if (siblings[position]!.kind !== 'space' || !isMark(dots) || !DOTS.test(dots.value)) break;
        count++;
        position--;
      }
      if (count >= 3) {
        for (const removed of siblings.splice(i - 2 * (count - 1), 2 * (count - 1))) (removed as Token).value = '';
        i -= 2 * (count - 1);
        unit.value = '…';
      } else if (unit.value.length >= 3) unit.value = '…';
    } else if (unit.value === '``') unit.value = '“';
    else if (unit.value === "''") unit.value = '”';
    else if (unit.value === '--') unit.value = '—';
  }
}

/**
 * `text` with `--` as an em dash, three or more dots (or three dots with single spaces between) as
 * an ellipsis, and ``` `` ``` and `''` as double quotes, by retext-smartypants's rules; three
 * dashes or three backticks are left as they are. One difference, on purpose: after dots spaced
 * as ". . .", retext-smartypants skipped as many tokens as it had joined ("then . . . go -- now"
 * kept its "--"); here they are set like any other.
 */
export function smartenPunctuation(text: string): string {
  if (!MAY_PUNCTUATE.test(text)) return text;
  const tokens = tokenize(text);
  for (const sentence of sentences(units(tokens))) punctuateAmong(sentence);
  return tokens.map((token) => token.value).join('');
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

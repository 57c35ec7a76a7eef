/**
 * Changing a YAML file's text to hold new data while every byte of what did not change stays as it
 * was: comments, key order, blank lines, quoting, and long text folded where its author folded it.
 * The `yaml` library's Document knows where each value sits in the text (its range). A change is
 * written as new text for the smallest part that changed (one value, one field, one list item), in
 * that part's own indentation and style, and put in its place; a list item that only moved keeps
 * its own text. (Document.toString would write the whole file afresh: re-folded and re-spaced.)
 * Returns undefined when a change cannot be made this way; the caller then writes the file afresh.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

type Plain = Record<string, unknown>;

/** A piece of the text to replace: [start, end) becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** How new text is written: long text is folded at `foldWidth` in a `>-` block where the file folds its text (0: one line). */
interface Style {
  foldWidth: number;
}

const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** Deep equality for parsed YAML data (plain objects, lists, strings, numbers, booleans, null, dates). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && ak.every((key) => Object.hasOwn(b, key) && sameData((a as Plain)[key], (b as Plain)[key]));
}

/** The offset where the line holding `at` starts. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset just after the newline that ends the line a value ending at `at` is on (a block value's range ends after its newline already). */
function lineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

const onlySpaces = (text: string) => /^[ ]*$/.test(text);

/** Indents every line but the first by `column` spaces (blank lines stay blank). */
function indentRest(text: string, column: number): string {
  const pad = ' '.repeat(column);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** The longest line of a piece of text, to fold changed text where its author folded it. */
function widestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => line.length));
}

/** Marks long strings in a new node to be written as folded blocks, as the file writes them. */
function foldLongText(node: unknown, style: Style): void {
  if (style.foldWidth === 0) return;
  visit(node as Node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.length > style.foldWidth - 20 && !scalar.value.includes('\n')) scalar.type = 'BLOCK_FOLDED';
    },
  });
}

function written(doc: Document, foldWidth: number): string {
  return doc.toString({ lineWidth: foldWidth, minContentWidth: 0, flowCollectionPadding: false });
}

/** `key: value` as the file would have it at column 0, ending with a newline. */
function pairText(key: string, value: unknown, style: Style): string {
  const doc = new Document({ [key]: value });
  foldLongText(doc.contents, style);
  return written(doc, style.foldWidth);
}

/** `- value` as the file would have it at column 0, ending with a newline. */
function itemText(value: unknown, style: Style): string {
  const doc = new Document([value]);
  foldLongText(doc.contents, style);
  return written(doc, style.foldWidth);
}

/** Where a value sits: after `key: ` in a map, or after `- ` in a list; and the column its key or dash is at. */
interface Slot {
  lead: { key: string } | { dash: true };
  column: number;
}

/** A scalar's new text in the place of the old one, in the old one's style (its quotes, its block), folded as it was folded. */
function scalarText(value: unknown, node: Scalar, source: string, slot: Slot): string {
  const wasMultiLine = source.replace(/\n$/, '').includes('\n');
  const foldWidth = wasMultiLine ? widestLine(source) : 0;
  const doc = 'key' in slot.lead ? new Document({ [slot.lead.key]: value }) : new Document([value]);
  const created = isMap(doc.contents) ? doc.contents.items[0]?.value : isSeq(doc.contents) ? doc.contents.items[0] : undefined;
  if (isScalar(created) && typeof value === 'string' && typeof node.value === 'string' && node.type) created.type = node.type;
  const whole = written(doc, foldWidth);
  const lead = 'key' in slot.lead ? whole.indexOf(':') + 1 : whole.indexOf('-') + 1;
  const text = indentRest(whole.slice(lead).replace(/^ /, ''), slot.column).replace(/\n$/, '');
  return source.endsWith('\n') ? `${text}\n` : text;
}

/** A value's flow text (`[a, b]`), for a flow collection that changed. */
function flowText(value: unknown): string {
  const doc = new Document(value);
  if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
  return written(doc, 0).replace(/\n$/, '');
}

class TextEditor {
  readonly edits: Edit[] = [];
  failed = false;

  readonly text: string;
  readonly style: Style;

  constructor(text: string, style: Style) {
    this.text = text;
    this.style = style;
  }

  replace(start: number, end: number, text: string): void {
    // Lines added after a last line that has no newline (the end of a frontmatter) start on a line of their own.
    const atOpenEnd = start === this.text.length && end === start && this.text !== '' && !this.text.endsWith('\n');
    this.edits.push({ start, end, text: atOpenEnd && text.endsWith('\n') ? `\n${text.slice(0, -1)}` : text });
  }

  fail(): void {
    this.failed = true;
  }

  /** The text with every edit made, or undefined when two edits overlap or one could not be made. */
  result(): string | undefined {
    if (this.failed) return undefined;
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const edit of sorted) {
      if (edit.start < at) return undefined;
      out += this.text.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + this.text.slice(at);
  }

  /** Makes `node`, which holds `before`, hold `after`; `whole` rewrites the node's whole field or item instead. */
  change(node: Node | null, before: unknown, after: unknown, slot: Slot, whole: () => void): void {
    if (sameData(before, after)) return;
    if (isMap(node) && !node.flow && isPlain(before) && isPlain(after) && Object.keys(before).length > 0) return this.changeMap(node, before, after, whole);
    if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after) && before.length > 0 && after.length > 0) return this.changeSeq(node, before, after, whole);
    if ((isMap(node) || isSeq(node)) && node.flow && node.range && (Array.isArray(after) || isPlain(after))) {
      return this.replace(node.range[0], node.range[1], flowText(after));
    }
    const afterIsScalar = after === null || typeof after !== 'object' || after instanceof Date;
    if (isScalar(node) && node.range && afterIsScalar && !(typeof after === 'string' && after.includes('\n') && node.type !== 'BLOCK_LITERAL')) {
      const [start, end] = node.range;
      const source = this.text.slice(start, end);
      return this.replace(start, end, scalarText(after, node, source, slot));
    }
    whole();
  }

  /** The text of one field of a block map: from its key to the end of its value's last line. */
  private pairRegion(pair: Pair): { start: number; end: number; atLineStart: boolean } | undefined {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!key?.range) return undefined;
    const end = lineEnd(this.text, value?.range ? value.range[1] : key.range[1]);
    const atLineStart = onlySpaces(this.text.slice(lineStart(this.text, key.range[0]), key.range[0]));
    return { start: atLineStart ? lineStart(this.text, key.range[0]) : key.range[0], end, atLineStart };
  }

  private changeMap(map: YAMLMap, before: Plain, after: Plain, whole: () => void): void {
    const pairs = map.items.map((pair) => ({ pair, key: isScalar(pair.key) ? String(pair.key.value) : undefined, region: this.pairRegion(pair) }));
    if (pairs.some((entry) => entry.key === undefined || !entry.region)) return whole();
    const first = pairs[0]!.region!;
    const keyNode = pairs[0]!.pair.key as Node;
    const column = keyNode.range![0] - lineStart(this.text, keyNode.range![0]);
    const indent = ' '.repeat(column);
    const kept = new Set(Object.keys(after));

    // Fields removed.
    pairs.forEach((entry, i) => {
      if (kept.has(entry.key!)) return;
      const region = entry.region!;
      if (region.atLineStart) return this.replace(region.start, region.end, '');
      // The first field of a list item (after "- "): up to where the next field starts.
      const next = pairs.slice(i + 1).find((other) => kept.has(other.key!));
      if (!next) return this.fail();
      this.replace(region.start, (next.pair.key as Node).range![0], '');
    });
    if (pairs.every((entry) => !kept.has(entry.key!)) && !first.atLineStart) return whole();

    // Fields changed, each in its place.
    for (const entry of pairs) {
      const key = entry.key!;
      if (!kept.has(key) || sameData(before[key], after[key])) continue;
      const region = entry.region!;
      this.change(entry.pair.value as Node | null, before[key], after[key], { lead: { key }, column }, () => {
        const text = indentRest(pairText(key, after[key], this.style), column);
        this.replace(region.start, region.end, region.atLineStart ? indent + text : text);
      });
    }

    // Fields added: after the field before them in the new order, or before the first.
    const keys = Object.keys(after);
    const present = new Map(pairs.map((entry) => [entry.key!, entry.region!]));
    keys.forEach((key, i) => {
      if (present.has(key)) return;
      const text = indentRest(pairText(key, after[key], this.style), column);
      const previous = keys.slice(0, i).reverse().find((other) => present.has(other) && kept.has(other));
      if (previous !== undefined) return this.replace(present.get(previous)!.end, present.get(previous)!.end, indent + text);
      if (first.atLineStart) return this.replace(first.start, first.start, indent + text);
      this.replace(first.start, first.start, text + indent);
    });
  }

  /** The text of one item of a block list: its line from the dash to the end of its last line, if the dash starts its line. */
  private itemRegion(item: Node): { start: number; end: number; column: number } | undefined {
    if (!item.range) return undefined;
    const dash = this.text.lastIndexOf('-', item.range[0] - 1);
    const start = lineStart(this.text, dash);
    if (dash === -1 || !onlySpaces(this.text.slice(start, dash)) || !/^[ \t\n]*$/.test(this.text.slice(dash + 1, item.range[0]))) return undefined;
    return { start, end: lineEnd(this.text, item.range[1]), column: dash - start };
  }

  private changeSeq(seq: YAMLSeq, before: unknown[], after: unknown[], whole: () => void): void {
    const items = seq.items.map((item) => (item && typeof item === 'object' && 'range' in item ? this.itemRegion(item as Node) : undefined));
    if (items.length !== before.length || items.some((region) => !region)) return whole();
    const regions = items as { start: number; end: number; column: number }[];
    const column = regions[0]!.column;
    const pad = ' '.repeat(column);
    const matches = longestCommonRun(before, after);
    const removed = new Set<number>();
    const inserts: { at: number; value: unknown }[] = [];

    // Walk the gaps between items that stayed: an item changed in place where a gap has as many old
    // items as new ones; otherwise old ones go and new ones come.
    let oldAt = 0;
    let newAt = 0;
    for (const [oldIndex, newIndex] of [...matches, [before.length, after.length] as const]) {
      const olds = range(oldAt, oldIndex);
      const news = range(newAt, newIndex);
      const insertAt = oldIndex < before.length ? regions[oldIndex]!.start : regions.at(-1)!.end;
      if (olds.length === news.length) {
        olds.forEach((o, k) => {
          const region = regions[o]!;
          this.change(seq.items[o] as Node, before[o], after[news[k]!], { lead: { dash: true }, column }, () => this.replace(region.start, region.end, pad + indentRest(itemText(after[news[k]!], this.style), column)));
        });
      } else {
        olds.forEach((o) => removed.add(o));
        news.forEach((n) => inserts.push({ at: insertAt, value: after[n] }));
      }
      oldAt = oldIndex + 1;
      newAt = newIndex + 1;
    }
    for (const o of removed) this.replace(regions[o]!.start, regions[o]!.end, '');
    // A new item that is an old one moved keeps its own text.
    const movable = [...removed];
    const grouped = new Map<number, string>();
    for (const insert of inserts) {
      const from = movable.findIndex((o) => sameData(before[o], insert.value));
      const text = from === -1 ? pad + indentRest(itemText(insert.value, this.style), column) : this.text.slice(regions[movable[from]!]!.start, regions[movable[from]!]!.end);
      if (from !== -1) movable.splice(from, 1);
      grouped.set(insert.at, (grouped.get(insert.at) ?? '') + text);
    }
    for (const [at, text] of grouped) this.replace(at, at, text);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The pairs of positions of the longest run of items both lists have in the same order. */
function longestCommonRun(a: readonly unknown[], b: readonly unknown[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = sameData(a[i], b[j]) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (sameData(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** How the file writes long text: folded at its widest folded line, where it folds any; otherwise on one line. */
function styleOf(text: string): Style {
  const folded = /^([ ]*)(?:- |[^\s#][^:\n]*:[ ]+)>-?[ ]*\n((?:\1[ ]+\S.*\n?)+)/gm;
  let width = 0;
  for (const match of text.matchAll(folded)) width = Math.max(width, widestLine(match[2] ?? ''));
  return { foldWidth: width };
}

/**
 * The text of a YAML file whose value at `at` (the whole file: `[]`; an item of a list file: `[3]`)
 * held `before` and now holds `after`, with nothing else changed; undefined where that cannot be
 * done in place.
 */
export function changedYaml(text: string, at: readonly number[], before: unknown, after: unknown): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const node = (at.length === 0 ? doc.contents : doc.getIn(at, true)) as Node | null;
  const editor = new TextEditor(text, styleOf(text));
  editor.change(node, before, after, { lead: { dash: true }, column: 0 }, () => editor.fail());
  return editor.result();
}

/** The text of a YAML list file with `value` added as its last item, with nothing else changed; undefined where that cannot be done in place. */
export function appendedYaml(text: string, value: unknown): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isSeq(doc.contents) || doc.contents.flow) return undefined;
  const editor = new TextEditor(text, styleOf(text));
  const before = doc.contents.toJSON() as unknown[];
  if (before.length === 0) return undefined;
  editor.change(doc.contents, before, [...before, value], { lead: { dash: true }, column: 0 }, () => editor.fail());
  return editor.result();
}

/**
 * Opening and saving an entry as text. An entry is opened from the text of the file it lives in
 * (the whole file, or one item of a list file) into data and, for MDX, a body. Saving turns them
 * back into the file's text: an unchanged entry gives the original text byte for byte; a changed
 * one changes only the text of what changed, so comments, order and layout elsewhere are kept.
 */
import { isMap, isSeq, parse, parseDocument, stringify, type YAMLMap } from 'yaml';
import { appendedYaml, changedYaml, sameData } from './yaml-edit.ts';
import { kindSpec, type EditorKind } from './kinds.ts';

export { sameData };

export interface EntrySource {
  kind: EditorKind;
  /** The entry's id (file name or `id` field); "" for playbook.yaml. */
  id: string;
  /** The file, relative to the project root, like "content/techniques/exit-tickets.mdx". */
  file: string;
  /** The whole file's text. */
  text: string;
  /** For list files: the entry's position in the list. */
  index?: number;
  /** The entry already read from the text (the build gives it, so that opening one needs no YAML parser in the browser). */
  opened?: Opened;
}

export type Data = Record<string, unknown>;

export interface Opened {
  data: Data;
  /** MDX only: the body below the frontmatter, as written. "" otherwise. */
  body: string;
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Splits an MDX file into frontmatter and body, as the content check does (src/engine/read.node.ts). */
export function splitMdx(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

function asData(value: unknown): Data {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
}

/** Reads an entry from its file's text. Throws with a plain message when the file cannot be read. */
export function openEntry(source: EntrySource): Opened {
  const format = kindSpec(source.kind).format;
  if (format === 'mdx') {
    const split = splitMdx(source.text);
    if (!split) throw new Error(`${source.file} has no frontmatter between two "---" lines.`);
    return { data: asData(parse(split.frontmatter)), body: split.body };
  }
  const parsed: unknown = parse(source.text);
  if (format === 'yaml-list') {
    if (!Array.isArray(parsed) || source.index === undefined) throw new Error(`${source.file} is not a list.`);
    return { data: asData(parsed[source.index]), body: '' };
  }
  return { data: asData(parsed), body: '' };
}

/** YAML text for data, in the order its keys are given. */
export function yamlText(data: unknown): string {
  return stringify(data, YAML_OPTIONS);
}

/** A whole-file YAML text rewritten to hold `next` through the Document, for a change that cannot be made in place (see saveEntry). */
function rewrittenYaml(text: string, previous: Data, next: Data): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return yamlText(next);
  const map: YAMLMap = doc.contents;
  for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) map.delete(key);
  for (const [key, value] of Object.entries(next)) if (!Object.hasOwn(previous, key) || !sameData(previous[key], value)) map.set(key, doc.createNode(value));
  return doc.toString(YAML_OPTIONS);
}

/** A YAML text holding `next`, with only what changed from `previous` written anew (yaml-edit.ts), or the whole rewritten where that cannot be done. */
function changedWholeFile(text: string, previous: Data, next: Data): string {
  const changed = changedYaml(text, [], previous, next);
  return changed !== undefined && readsAs(changed, (value) => sameData(value, next)) ? changed : rewrittenYaml(text, previous, next);
}

/** Whether a text parses to what `check` wants. */
function readsAs(text: string, check: (value: unknown) => boolean): boolean {
  try {
    return check(parse(text));
  } catch {
    return false;
  }
}

/** A list file holding `item` at `index` (or, with no index, as a new last item), everything else as it was. */
function changedListFile(text: string, item: Data, index: number | undefined, previous: Data | undefined): string {
  const list: unknown = parse(text);
  const items = Array.isArray(list) ? list : [];
  const expected = index === undefined ? [...items, item] : items.map((other, i) => (i === index ? item : other));
  const changed = index === undefined ? appendedYaml(text, item) : changedYaml(text, [index], previous, item);
  if (changed !== undefined && readsAs(changed, (value) => sameData(value, expected))) return changed;
  // Written through the Document instead: the other items keep their comments and order.
  const doc = parseDocument(text);
  if (!isSeq(doc.contents)) return yamlText([item]);
  if (index === undefined) (doc.contents as { add(value: unknown): void }).add(doc.createNode(item));
  else doc.setIn([index], doc.createNode(item));
  return doc.toString(YAML_OPTIONS);
}

/**
 * The text of the file with the entry saved in it. `original` is where the entry was opened from
 * (undefined for a new entry); `listFile` is the current text of a list file a new list entry joins.
 * A changed entry keeps every byte of its file that the change did not touch (yaml-edit.ts).
 */
export function saveEntry(kind: EditorKind, entry: Opened, original?: EntrySource, listFile?: string): string {
  const format = kindSpec(kind).format;
  const before = original ? openEntry(original) : undefined;
  if (original && before && sameData(before.data, entry.data) && before.body === entry.body) return original.text;

  if (format === 'mdx') {
    const frontmatter = original && before ? changedWholeFile(splitMdx(original.text)!.frontmatter, before.data, entry.data) : yamlText(entry.data);
    return `---\n${frontmatter.endsWith('\n') ? frontmatter : `${frontmatter}\n`}---\n${entry.body}`;
  }
  if (format === 'yaml-list') {
    if (original && before && original.index !== undefined) return changedListFile(original.text, entry.data, original.index, before.data);
    const text = listFile ?? '';
    return text.trim() === '' ? yamlText([entry.data]) : changedListFile(text, entry.data, undefined, undefined);
  }
  return original && before ? changedWholeFile(original.text, before.data, entry.data) : yamlText(entry.data);
}

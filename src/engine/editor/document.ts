/**
 * Opening and saving an entry as text. An entry is opened from the text of the file it lives in
 * (the whole file, or one item of a list file) into data and, for MDX, a body. Saving turns them
 * back into the file's text: an unchanged entry gives the original text byte for byte; a changed
 * one rewrites only the fields that changed, so comments and layout elsewhere are kept.
 */
import { Document, isMap, isSeq, parse, parseDocument, stringify, type YAMLMap } from 'yaml';
import { kindSpec, type EditorKind } from './kinds.ts';

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

/** Deep equality for parsed YAML data (plain objects, lists, strings, numbers, booleans, null). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const ak = Object.keys(a as Data);
  const bk = Object.keys(b as Data);
  return ak.length === bk.length && ak.every((key) => Object.hasOwn(b as Data, key) && sameData((a as Data)[key], (b as Data)[key]));
}

/** Changes a YAML map in place to hold `next`, rewriting only the fields that differ from `previous`. */
function updateMap(doc: Document, map: YAMLMap, previous: Data, next: Data): void {
  for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (Object.hasOwn(previous, key) && sameData(previous[key], value)) continue;
    map.set(key, doc.createNode(value));
  }
}

/** YAML text for data, in the order its keys are given. */
export function yamlText(data: unknown): string {
  return stringify(data, YAML_OPTIONS);
}

/** Rewrites a whole-file YAML text to hold `next`, keeping unchanged fields as written. */
function updatedYaml(text: string, previous: Data, next: Data): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return yamlText(next);
  updateMap(doc, doc.contents, previous, next);
  return doc.toString(YAML_OPTIONS);
}

/**
 * The text of the file with the entry saved in it. `original` is where the entry was opened from
 * (undefined for a new entry); `listFile` is the current text of a list file a new list entry joins.
 */
export function saveEntry(kind: EditorKind, entry: Opened, original?: EntrySource, listFile?: string): string {
  const format = kindSpec(kind).format;
  const before = original ? openEntry(original) : undefined;
  if (original && before && sameData(before.data, entry.data) && before.body === entry.body) return original.text;

  if (format === 'mdx') {
    const frontmatter = original && before ? updatedYaml(splitMdx(original.text)!.frontmatter, before.data, entry.data) : yamlText(entry.data);
    return `---\n${frontmatter.endsWith('\n') ? frontmatter : `${frontmatter}\n`}---\n${entry.body}`;
  }
  if (format === 'yaml-list') {
    const text = original?.text ?? listFile ?? '';
    const doc = parseDocument(text);
    if (!isSeq(doc.contents)) return yamlText([entry.data]);
    if (original && before && original.index !== undefined) {
      const item = doc.contents.items[original.index];
      if (isMap(item)) updateMap(doc, item, before.data, entry.data);
      else doc.setIn([original.index], doc.createNode(entry.data));
    } else {
      (doc.contents as { add(value: unknown): void }).add(doc.createNode(entry.data));
    }
    return doc.toString(YAML_OPTIONS);
  }
  return original && before ? updatedYaml(original.text, before.data, entry.data) : yamlText(entry.data);
}

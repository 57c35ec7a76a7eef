/**
 * A change reads as a change: for every default entry, each of its fields changed in turn through
 * the editor's file writer (saveEntry, the code the editor's finished file comes from) gives a file
 * that differs from the original only within that field's lines, and reads back as the changed
 * data. A string deep in the field is changed (a step's detail, a note), a list gains an item, loses
 * one and has one moved; everything before and after the field's lines stays byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, type Node } from 'yaml';
import { readContent } from '../../../src/engine/read.node.ts';
import { openEntry, saveEntry, splitMdx, type Data, type EntrySource } from '../../../src/engine/editor/document.ts';
import { getAt, setAt, type Path } from '../../../src/engine/editor/data-paths.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const contentDir = path.join(PROJECT_ROOT, 'content');
const read = readContent(PROJECT_ROOT, contentDir);
const sources: EntrySource[] = read.entries.map((entry) => ({
  kind: entry.collection,
  id: entry.id,
  file: entry.file,
  text: readFileSync(path.join(PROJECT_ROOT, entry.file), 'utf8'),
  ...(typeof entry.pathInFile[0] === 'number' ? { index: entry.pathInFile[0] } : {}),
}));
sources.push({ kind: 'playbook', id: 'playbook', file: 'content/playbook.yaml', text: readFileSync(path.join(contentDir, 'playbook.yaml'), 'utf8') });

/** A string deep in a value, by its path: the last one, so that a change lands inside the field. */
function lastString(value: unknown, at: Path): Path | undefined {
  if (typeof value === 'string') return at;
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const found = lastString(value[i], [...at, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value).reverse()) {
      const found = lastString((value as Data)[key], [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}

interface Change {
  name: string;
  data: Data;
  /** The field whose lines may change. */
  field: string;
}

/** Changes to one field: a string in it, and for a list an item added, removed and moved. */
function changesTo(data: Data, field: string): Change[] {
  const value = data[field];
  const changes: Change[] = [];
  const leaf = lastString(value, [field]);
  if (leaf) changes.push({ name: `${leaf.join('.')} changed`, data: setAt(data, leaf, `${String(getAt(data, leaf))} Changed here.`) as Data, field });
  else if (typeof value === 'number') changes.push({ name: `${field} + 1`, data: { ...data, [field]: value + 1 }, field });
  else if (typeof value === 'boolean') changes.push({ name: `${field} flipped`, data: { ...data, [field]: !value }, field });
  if (Array.isArray(value) && value.length > 0) {
    const copy = structuredClone(value.at(-1)) as unknown;
    const copyLeaf = lastString(copy, []);
    const added = copyLeaf ? setAt(copy, copyLeaf, `${String(getAt(copy, copyLeaf))} Another`) : copy;
    changes.push({ name: `${field}: an item added`, data: { ...data, [field]: [...value, added] }, field });
    if (value.length > 1) {
      changes.push({ name: `${field}: the first item removed`, data: { ...data, [field]: value.slice(1) }, field });
      changes.push({ name: `${field}: the last item moved up`, data: { ...data, [field]: [...value.slice(0, -2), value.at(-1), value.at(-2)] }, field });
    }
  }
  return changes;
}

/** The lines a field spans in a YAML text, from its key's line to its value's last line (0-based, end exclusive). */
function fieldLines(yaml: string, at: (string | number)[], field: string): [number, number] {
  const doc = parseDocument(yaml);
  const map = (at.length === 0 ? doc.contents : doc.getIn(at, true)) as { items: { key: Node; value: Node | null }[] };
  const pair = map.items.find((item) => (item.key as unknown as { value: unknown }).value === field)!;
  const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length - 1;
  const end = pair.value?.range ? pair.value.range[1] : pair.key.range![1];
  return [lineOf(pair.key.range![0]), lineOf(Math.max(end - 1, pair.key.range![0])) + 1];
}

/** The lines that differ: the old and new windows between the common first and last lines. */
function changedWindow(before: string, after: string): { old: [number, number]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { old: [start, a.length - end], added: b.slice(start, b.length - end) };
}

/** The entry's part of the file: its frontmatter (MDX) or the file, and where the entry sits in it. */
function yamlOf(source: EntrySource): { yaml: string; at: number[]; offset: number } {
  if (source.text.startsWith('---')) return { yaml: splitMdx(source.text)!.frontmatter, at: [], offset: 1 };
  return { yaml: source.text, at: source.index === undefined ? [] : [source.index], offset: 0 };
}

function readBack(source: EntrySource, saved: string): unknown {
  if (saved.startsWith('---')) return parse(splitMdx(saved)!.frontmatter);
  const parsed: unknown = parse(saved);
  return source.index === undefined ? parsed : (parsed as unknown[])[source.index];
}

describe('a change to one field changes only that field\'s lines', () => {
  it('finds every default entry', () => expect(sources.length).toBeGreaterThan(100));

  it.each(sources.map((source) => [`${source.file}${source.index === undefined ? '' : `[${source.index}]`}`, source] as const))('%s', (_name, source) => {
    const opened = openEntry(source);
    const { yaml, at, offset } = yamlOf(source);
    let tried = 0;
    for (const field of Object.keys(opened.data)) {
      const [first, last] = fieldLines(yaml, at, field);
      for (const change of changesTo(opened.data, field)) {
        tried++;
        const saved = saveEntry(source.kind, { data: change.data, body: opened.body }, source);
        expect(readBack(source, saved), change.name).toEqual(change.data);
        const window = changedWindow(source.text, saved);
        // Lines before the field's first and after its last are the original's, byte for byte.
        expect(window.old[0], `${change.name}: first changed line`).toBeGreaterThanOrEqual(first + offset);
        expect(window.old[1], `${change.name}: last changed line`).toBeLessThanOrEqual(last + offset);
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});

describe('the writer keeps the file\'s own style', () => {
  const sequence = sources.find((source) => source.kind === 'sequences' && source.text.includes('>-'))!;

  it('a note folded over several lines is folded again at the width it had, and nothing else moves', () => {
    const opened = openEntry(sequence);
    const steps = opened.data.steps as Data[];
    const notes = String(steps[1]!.notes);
    const data = setAt(opened.data, ['steps', 1, 'notes'], notes.replace(/\.$/, ', and then a few more words to make the note a little longer.')) as Data;
    const saved = saveEntry('sequences', { data, body: '' }, sequence);
    const window = changedWindow(sequence.text, saved);
    expect(window.added.every((line) => line.length <= Math.max(...sequence.text.split('\n').map((other) => other.length)) + 1)).toBe(true);
    expect(window.added[0]).toMatch(/^ {6}\S/);
    expect(window.old[1] - window.old[0]).toBeLessThanOrEqual(window.added.length);
  });

  it('a new step whose technique changed clears only that step', () => {
    const opened = openEntry(sequence);
    const steps = opened.data.steps as Data[];
    const data = setAt(setAt(opened.data, ['steps', 0, 'technique'], 'cold-call'), ['steps', 0, 'step'], undefined) as Data;
    const saved = saveEntry('sequences', { data, body: '' }, sequence);
    const window = changedWindow(sequence.text, saved);
    expect(window.added).toEqual(['  - technique: cold-call']);
    expect(window.old[1] - window.old[0]).toBe(2);
    expect(steps[0]!.step).toBeDefined();
  });

  it('a new source joins the list file as its last item, the rest untouched', () => {
    const list = sources.find((source) => source.kind === 'sources')!;
    const saved = saveEntry('sources', { data: { id: 'our-own-study', authors: 'A Trust', year: 2025, title: 'What we found' }, body: '' }, undefined, list.text);
    expect(saved.startsWith(list.text)).toBe(true);
    expect(saved.slice(list.text.length)).toBe('- id: our-own-study\n  authors: A Trust\n  year: 2025\n  title: What we found\n');
  });
});

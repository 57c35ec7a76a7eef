/**
 * Every default entry opens in the editor and saves unchanged: the same text when nothing changed,
 * and, written afresh from its data, the same data and body, with no problems by the editor's
 * checks (the content check's rules).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/engine/check.node.ts';
import { readContent } from '../../../src/engine/read.node.ts';
import { openEntry, saveEntry, splitMdx, type EntrySource } from '../../../src/engine/editor/document.ts';
import { bodyFromExamples, examplesFromBody } from '../../../src/lib/editor/examples.ts';
import { entryProblems, validEntryFrom, type PlaybookContext } from '../../../src/engine/editor/validate.ts';
import { taxonomyOf, type ValidEntry } from '../../../src/engine/editor/engine.ts';
import { entriesWithParts } from '../../../src/engine/editor/form-schema.ts';
import { kindForm } from '../../../src/engine/editor/build-data.node.ts';
import type { EditorKind } from '../../../src/engine/editor/kinds.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const contentDir = path.join(PROJECT_ROOT, 'content');
const read = readContent(PROJECT_ROOT, contentDir);
const checked = checkContent(PROJECT_ROOT, contentDir);
const taxonomy = taxonomyOf(checked.playbook!);
const existing = read.entries.map((entry) => ({ collection: entry.collection, id: entry.id }));

const sources: EntrySource[] = read.entries.map((entry) => ({
  kind: entry.collection,
  id: entry.id,
  file: entry.file,
  text: readFileSync(path.join(PROJECT_ROOT, entry.file), 'utf8'),
  index: typeof entry.pathInFile[0] === 'number' ? entry.pathInFile[0] : undefined,
}));
sources.push({ kind: 'playbook', id: '', file: 'content/playbook.yaml', text: readFileSync(path.join(contentDir, 'playbook.yaml'), 'utf8') });

/**
 * What the editor knows when it checks an entry of `kind` with this data: every entry's id, and the
 * entries its parts name (a sequence's techniques), read from their files as the editor reads them.
 */
function contextFor(kind: EditorKind, data: unknown): PlaybookContext {
  const named = entriesWithParts(kindForm(kind, taxonomy).schema, data).flatMap(({ collection, id }): ValidEntry[] => {
    const source = sources.find((candidate) => candidate.kind === collection && candidate.id === id);
    const entry = source && validEntryFrom({ collection, id: source.id, file: source.file, data: openEntry(source).data }, taxonomy);
    return entry ? [entry] : [];
  });
  return { taxonomy, existing, named };
}

describe('every default entry round-trips through the editor', () => {
  it('finds the entries', () => expect(sources.length).toBeGreaterThan(100));

  it.each(sources.map((source) => [`${source.file}${source.index === undefined ? '' : `[${source.index}]`}`, source] as const))('%s', (_name, source) => {
    const opened = openEntry(source);
    const raw = read.entries.find((entry) => entry.file === source.file && (source.index === undefined || entry.pathInFile[0] === source.index));
    if (source.kind !== 'playbook') {
      expect(opened.data).toEqual(raw!.data);
      expect(opened.body).toBe(raw!.body ?? '');
    }
    // Unchanged: the very same text.
    expect(saveEntry(source.kind, opened, source)).toBe(source.text);
    // Written afresh from the data: the same data and body.
    const fresh = saveEntry(source.kind, opened, undefined, source.kind === 'strands' || source.kind === 'sources' ? 'placeholder: not a list\n' : undefined);
    if (source.text.startsWith('---')) {
      const split = splitMdx(fresh)!;
      expect(parse(split.frontmatter)).toEqual(opened.data);
      expect(split.body).toBe(opened.body);
    } else if (source.index !== undefined) {
      expect(parse(fresh)).toEqual([opened.data]);
    } else {
      expect(parse(fresh)).toEqual(opened.data);
    }
    // A technique's body is edited as worked examples, and writing them back gives the same body.
    if (source.kind === 'techniques') {
      const examples = examplesFromBody(opened.body);
      expect(examples, 'the body is only <Example> blocks').toBeDefined();
      expect(bodyFromExamples(examples!)).toBe(opened.body);
    }
    // And the editor's checks find nothing wrong with it.
    const id = source.kind === 'playbook' ? '' : source.id;
    expect(entryProblems({ kind: source.kind, id, file: source.file, data: opened.data, originalId: id }, contextFor(source.kind, opened.data))).toEqual([]);
  });
});

describe('changing an entry', () => {
  const technique = sources.find((source) => source.kind === 'techniques')!;
  it('rewrites only the changed field of a file', () => {
    const opened = openEntry(technique);
    const saved = saveEntry('techniques', { ...opened, data: { ...opened.data, title: 'A new title' } }, technique);
    const before = technique.text.split('\n');
    const after = saved.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['title: A new title']);
  });

  it('adds a new item to a list file and changes one in place', () => {
    const strand = sources.find((source) => source.kind === 'strands')!;
    const added = saveEntry('strands', { data: { id: 'new-strand', title: 'New', summary: 'S.', order: 99 }, body: '' }, undefined, strand.text);
    const list = parse(added) as { id: string }[];
    expect(list.at(-1)).toEqual({ id: 'new-strand', title: 'New', summary: 'S.', order: 99 });
    expect(list.length).toBe((parse(strand.text) as unknown[]).length + 1);
    const opened = openEntry(strand);
    const changed = parse(saveEntry('strands', { ...opened, data: { ...opened.data, title: 'Renamed' } }, strand)) as { title: string }[];
    expect(changed[strand.index!]!.title).toBe('Renamed');
  });

  it('reports a taken id and an unknown reference, each at its place in the form', () => {
    const opened = openEntry(technique);
    const problems = entryProblems({ kind: 'techniques', id: technique.id, file: 'content/techniques/x.mdx', data: { ...opened.data, strand: 'nowhere' } }, contextFor('techniques', opened.data));
    expect(problems.map((problem) => problem.place)).toEqual([{ at: 'file-name' }, { at: 'field', path: ['strand'] }]);
  });

  it('reports an action step the named technique does not have, read from the technique itself', () => {
    const sequence = sources.find((source) => source.kind === 'sequences')!;
    const opened = openEntry(sequence);
    const steps = opened.data.steps as Record<string, unknown>[];
    const data = { ...opened.data, steps: [{ ...steps[0], step: 'no-such-step' }, ...steps.slice(1)] };
    const entry = { kind: 'sequences' as const, id: sequence.id, file: sequence.file, data, originalId: sequence.id };
    const problems = entryProblems(entry, contextFor('sequences', data));
    expect(problems.map((problem) => [problem.place, problem.problem.found])).toEqual([[{ at: 'field', path: ['steps', 0, 'step'] }, '"no-such-step", which it does not have']]);
    // Without the technique's data the rule cannot be judged, and nothing is made up to judge it.
    expect(entryProblems(entry, { taxonomy, existing, named: [] })).toEqual([]);
  });
});

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
import { entryProblems, type PlaybookContext } from '../../../src/engine/editor/validate.ts';
import { stepId, taxonomyOf } from '../../../src/engine/editor/engine.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const contentDir = path.join(PROJECT_ROOT, 'content');
const read = readContent(PROJECT_ROOT, contentDir);
const checked = checkContent(PROJECT_ROOT, contentDir);
const context: PlaybookContext = {
  taxonomy: taxonomyOf(checked.playbook!),
  existing: read.entries.map((entry) => ({ collection: entry.collection, id: entry.id })),
  techniques: checked.entries.filter((entry) => entry.collection === 'techniques').map((entry) => ({ id: entry.id, steps: (entry.data.steps as { id?: string; title: string }[]).map((step) => ({ id: stepId(step), title: step.title })) })),
};

const sources: EntrySource[] = read.entries.map((entry) => ({
  kind: entry.collection,
  id: entry.id,
  file: entry.file,
  text: readFileSync(path.join(PROJECT_ROOT, entry.file), 'utf8'),
  index: typeof entry.pathInFile[0] === 'number' ? entry.pathInFile[0] : undefined,
}));
sources.push({ kind: 'playbook', id: '', file: 'content/playbook.yaml', text: readFileSync(path.join(contentDir, 'playbook.yaml'), 'utf8') });

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
    expect(entryProblems({ kind: source.kind, id, file: source.file, data: opened.data, originalId: id }, context)).toEqual([]);
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

  it('reports a taken id and an unknown reference', () => {
    const opened = openEntry(technique);
    const problems = entryProblems({ kind: 'techniques', id: 'exit-tickets', file: 'content/techniques/x.mdx', data: { ...opened.data, strand: 'nowhere' } }, context);
    expect(problems.map((problem) => problem.field)).toEqual(['(the file name)', 'strand']);
  });
});

/** What the build gives the editor page and the "Edit this page" links. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editLinkFor, editorData, entrySources } from '../../../src/engine/editor/build-data.node.ts';
import { GOOD, FIXTURES, makePlaybook, removePlaybooks } from '../helpers.ts';

afterAll(removePlaybooks);

describe('editorData', () => {
  it('lists every entry with its title and file, and each technique\'s action steps', () => {
    const data = editorData(FIXTURES, GOOD);
    expect(data.entries).toHaveLength(13);
    expect(data.entries.find((entry) => entry.kind === 'techniques' && entry.id === 'cold-call')).toEqual({ kind: 'techniques', id: 'cold-call', title: 'Cold call', file: 'good/techniques/cold-call.mdx', group: 'Questioning' });
    // Techniques are listed by strand, in the strands' order, then by title: choices are grouped under their strand.
    expect(data.entries.filter((entry) => entry.kind === 'techniques').map((entry) => [entry.group, entry.id])).toEqual([
      ['Questioning', 'cold-call'],
      ['Practice', 'fluency-drill'],
    ]);
    expect(data.techniques.find((technique) => technique.id === 'cold-call')!.steps.length).toBeGreaterThanOrEqual(3);
    expect(data.contentDir).toBe('good');
    expect(data.repository).toBeUndefined();
  });
  it('gives the text of every entry\'s file, and playbook.yaml', () => {
    const sources = entrySources(FIXTURES, GOOD);
    expect(sources).toHaveLength(14);
    const strand = sources.find((source) => source.kind === 'strands')!;
    expect(strand.index).toBe(0);
    expect(strand.text).toBe(readFileSync(path.join(GOOD, 'strands.yaml'), 'utf8'));
  });
});

describe('editLinkFor', () => {
  it('is absent without a repository, and follows <url>/edit/<branch>/<file> with one', () => {
    const { root, content } = makePlaybook();
    expect(editLinkFor(undefined, 'techniques', 'cold-call', root, content)).toBeUndefined();
    const repository = { url: 'https://github.com/trust/playbook', branch: 'main' };
    expect(editLinkFor(repository, 'techniques', 'cold-call', root, content)).toBe('https://github.com/trust/playbook/edit/main/content/techniques/cold-call.mdx');
    expect(editLinkFor(repository, 'strands', 'questioning', root, content)).toBe('https://github.com/trust/playbook/edit/main/content/strands.yaml');
    // A content folder outside the project has no place in its repository.
    expect(editLinkFor(repository, 'techniques', 'cold-call', path.join(root, 'elsewhere'), content)).toBeUndefined();
  });
});

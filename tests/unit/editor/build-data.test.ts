/** What the build gives the editor page, the files it fetches, and the "Edit this page" links. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editLinkFor, editorPageData, editorTaxonomy, entrySources, kindForm } from '../../../src/engine/editor/build-data.node.ts';
import { GOOD, FIXTURES, makePlaybook, removePlaybooks } from '../helpers.ts';

afterAll(removePlaybooks);

describe('editor data', () => {
  it('gives the page only what does not grow with the playbook: its terms, content folder and repository', () => {
    const data = editorPageData(FIXTURES, GOOD);
    expect(Object.keys(data).sort()).toEqual(['contentDir', 'repository', 'terms']);
    expect(data.terms.phases.length).toBeGreaterThan(0);
    expect(data.terms.phases[0]).toEqual({ id: expect.any(String), label: expect.any(String) });
    expect(data.contentDir).toBe('good');
    expect(data.repository).toBeUndefined();
  });
  it('gives each kind\'s form its JSON Schema, with the playbook\'s own terms and the editor hints', () => {
    const taxonomy = editorTaxonomy(GOOD);
    const form = kindForm('techniques', taxonomy);
    const properties = form.schema.properties as Record<string, { items?: { enum?: string[] }; editor?: unknown }>;
    expect(properties.phases!.items!.enum).toEqual([...taxonomy.phases]);
    expect(properties.strand!.editor).toEqual({ control: 'reference', collection: 'strands' });
    expect(kindForm('playbook', taxonomy).schema.properties).toHaveProperty('name');
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

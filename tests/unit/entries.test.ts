/**
 * The data layer (src/data/entries.ts and facets.ts) with `astro:content` mocked, as Starlight
 * tests its navigation: the collections hold the good fixture's entries, read and checked by the
 * real content check, in a shuffled order, so sorting and lookups are tested on real data.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { FIXTURES, GOOD } from './helpers.ts';

const checked = checkContent(FIXTURES, GOOD);

vi.mock('astro:content', () => ({
  getCollection: async (name: string) =>
    checked.entries
      .filter((entry) => entry.collection === name)
      .reverse()
      .map((entry) => ({ id: entry.id, collection: entry.collection, data: entry.data })),
  render: async () => ({ Content: () => null, headings: [] }),
}));

beforeAll(() => {
  process.env.PLAYBOOK_CONTENT = GOOD;
});

const data = () => import('../../src/data/entries.ts');
const facets = () => import('../../src/data/facets.ts');

describe('entriesOf', () => {
  it('sorts strands by their order, sources by author, and other collections by title', async () => {
    const { entriesOf } = await data();
    expect((await entriesOf('strands')).map((entry) => entry.id)).toEqual(['questioning', 'practice']);
    expect((await entriesOf('sources')).map((entry) => entry.data.authors)).toEqual(['A. Author', 'B. Author']);
    expect((await entriesOf('techniques')).map((entry) => entry.data.title)).toEqual(['Cold call', 'Fluency drill']);
  });

  it('gives the same list each time it is asked', async () => {
    const { entriesOf } = await data();
    expect(await entriesOf('techniques')).toBe(await entriesOf('techniques'));
  });
});

describe('findEntry, titles and paths', () => {
  it('finds an entry by collection and id, and nothing in another collection', async () => {
    const { findEntry } = await data();
    expect((await findEntry('techniques', 'cold-call'))?.data.strand).toBe('questioning');
    expect(await findEntry('protocols', 'cold-call')).toBeUndefined();
  });

  it("a source's title is its full title; an entry's path uses its collection's route", async () => {
    const { findEntry, titleOf, entryPath } = await data();
    const source = (await findEntry('sources', 'fixture-source'))!;
    expect(titleOf(source)).toBe('A fixture source');
    expect(entryPath('caseStudies', 'fixture-school')).toBe('case-studies/fixture-school/');
  });
});

describe('linksTo and partLinksTo', () => {
  it('groups what refers to an entry by collection, in registry order, each entry once', async () => {
    const { linksTo } = await data();
    const groups = await linksTo('techniques', 'cold-call');
    expect(groups.map((group) => `${group.collection}: ${group.entries.map((entry) => entry.id).join(', ')}`)).toEqual([
      'sequences: first-term',
      'audits: questioning-audit',
      'protocols: practice-clinic',
      'caseStudies: fixture-school',
    ]);
  });

  it("gives a framework's elements what serves each", async () => {
    const { partLinksTo } = await data();
    const byElement = await partLinksTo('frameworks', 'fixture-framework');
    expect([...byElement.keys()]).toEqual(['ask-well']);
    expect(byElement.get('ask-well')?.map((entry) => entry.id)).toEqual(['cold-call']);
  });
});

describe('facetsFor', () => {
  it("gives techniques their own facets and each framework's, with each entry's values", async () => {
    const { facetsFor } = await facets();
    const { facets: list, items } = await facetsFor('techniques');
    expect(list.map((facet) => `${facet.key}${facet.combines === false ? ' (alone)' : ''}`)).toEqual(['strand', 'phase', 'subject', 'fixture-framework (alone)']);
    expect(items.find((item) => item.id === 'cold-call')?.values).toMatchObject({ strand: ['questioning'], 'fixture-framework': ['ask-well'] });
  });

  it('gives a collection with no facets an empty list, and every entry as an item', async () => {
    const { facetsFor } = await facets();
    const { facets: list, items } = await facetsFor('sequences');
    expect(list).toEqual([]);
    expect(items.map((item) => item.id)).toEqual(['first-term']);
  });
});

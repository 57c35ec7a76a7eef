/**
 * The strings table: a fork's words are checked against the English table, one problem a mistake,
 * and the English table itself is sound (every key has text, every plural an "other" form).
 */
import { describe, expect, it } from 'vitest';
import * as english from '../../src/strings/en/index.ts';
import { checkOverrides } from '../../src/strings/overrides.ts';
import { format, formatPlural } from '../../src/strings/format.ts';
import { plural, type Area } from '../../src/strings/table.ts';

const FILE = 'content/strings.yaml';
const ROUTES = ['techniques', 'sequences'];
const table = { demo: { hello: 'Hello, {name}', results: plural({ one: '{count} result', other: '{count} results' }), plain: 'Plain' } };

describe('the English table', () => {
  it('has text for every key, and every plural has an "other" form', () => {
    const areas: Record<string, Area> = english;
    for (const [areaName, area] of Object.entries(areas)) {
      for (const [key, value] of Object.entries(area)) {
        if (typeof value === 'string') expect(value.trim(), `${areaName}.${key}`).not.toBe('');
        else {
          expect(value.other.trim(), `${areaName}.${key}.other`).not.toBe('');
        }
      }
    }
  });
});

describe("a fork's strings file", () => {
  it('takes sound words, a plural with the language\'s own categories, and a collection\'s new name', () => {
    const { overrides, problems } = checkOverrides(
      { demo: { hello: 'Bonjour, {name}', results: { one: '{count} résultat', many: '{count} de résultats', other: '{count} résultats' } }, collections: { techniques: { plural: 'moves' } } },
      FILE,
      table,
      ROUTES,
    );
    expect(problems).toEqual([]);
    expect(overrides.areas.demo).toEqual({ hello: 'Bonjour, {name}', results: { one: '{count} résultat', many: '{count} de résultats', other: '{count} résultats' } });
    expect(overrides.collections).toEqual({ techniques: { plural: 'moves' } });
  });

  it('takes one text for every count of a plural', () => {
    expect(checkOverrides({ demo: { results: '{count} Ergebnis(se)' } }, FILE, table, ROUTES).overrides.areas.demo).toEqual({ results: { other: '{count} Ergebnis(se)' } });
  });

  it.each([
    ['an unknown area', { demoo: { hello: 'x' } }, { field: 'demoo', found: '"demoo"' }],
    ['an unknown key', { demo: { helo: 'x' } }, { field: 'demo.helo', found: '"helo"' }],
    ['a placeholder the English text lacks', { demo: { hello: 'Bonjour, {nom}' } }, { field: 'demo.hello', expected: 'only the placeholders the English text has: {name}', found: '{nom}' }],
    ['a placeholder in a text that has none', { demo: { plain: 'Plain {x}' } }, { field: 'demo.plain', found: '{x}' }],
    ['a list for a text', { demo: { hello: ['a'] } }, { field: 'demo.hello', expected: 'text' }],
    ['empty text', { demo: { plain: '  ' } }, { field: 'demo.plain', expected: 'text' }],
    ['a plural without "other"', { demo: { results: { one: '{count} résultat' } } }, { field: 'demo.results.other', found: 'nothing' }],
    ['a plural category that does not exist', { demo: { results: { single: 'x', other: '{count}' } } }, { field: 'demo.results.single', found: '"single"' }],
    ['an unknown collection', { collections: { moves: { plural: 'moves' } } }, { field: 'collections.moves', found: '"moves"' }],
    ['an unknown word of a collection', { collections: { techniques: { title: 'Moves' } } }, { field: 'collections.techniques.title', found: '"title"' }],
    ['a file that is not a mapping', ['demo'], { field: '(the file)' }],
  ])('reports %s as one problem naming the key', (_, data, expected) => {
    const { problems, overrides } = checkOverrides(data, FILE, table, ROUTES);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, ...expected });
    expect(JSON.stringify(overrides)).not.toContain('"x"');
  });

  it('keeps the sound keys of a file that has a mistake', () => {
    const { overrides, problems } = checkOverrides({ demo: { hello: 'Hi, {name}', plain: 3 } }, FILE, table, ROUTES);
    expect(problems.map((problem) => problem.field)).toEqual(['demo.plain']);
    expect(overrides.areas.demo).toEqual({ hello: 'Hi, {name}' });
  });

  it('names the nearest keys of a large area when a key is misspelt', () => {
    const big = { demo: Object.fromEntries(['showMore', 'clearFilters', 'filters', 'results', 'noResults', 'searchFor', 'searching', 'type', 'subject'].map((key) => [key, key])) };
    const [problem] = checkOverrides({ demo: { showMor: 'x' } }, FILE, big, ROUTES).problems;
    expect(problem?.expected).toContain('"showMore"');
    expect(problem?.expected).not.toContain('"clearFilters"');
  });
});

describe('filling in a string', () => {
  it('replaces placeholders, writes numbers in the language, and leaves an unknown placeholder as it is', () => {
    expect(format('{count} of {total} for {query}', { count: 30, total: 1234, query: 'wait' })).toBe('30 of 1,234 for wait');
    expect(format('Hello {name}')).toBe('Hello {name}');
  });

  it("chooses a plural's form by the language's rules", () => {
    const forms = plural({ one: '{count} result', other: '{count} results' });
    expect(formatPlural(forms, 1)).toBe('1 result');
    expect(formatPlural(forms, 0)).toBe('0 results');
    expect(formatPlural(forms, 2500)).toBe('2,500 results');
    expect(formatPlural(plural({ other: '{count} in {place}' }), 1, { place: 'all' })).toBe('1 in all');
  });
});

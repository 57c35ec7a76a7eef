/** src/lib/search-words.ts: teachers' names for practices, and correcting a misspelt search. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/edit-distance.ts';
import { aliasFor, correctQuery, normaliseQuery, SEARCH_ALIASES, vocabularyOf } from '../../src/lib/search-words.ts';
import { PROJECT_ROOT } from './helpers.ts';

describe('aliasFor', () => {
  it('finds a teachers’ phrase in a query, whatever its case, hyphens or surrounding words', () => {
    expect(aliasFor('Cold-calling')).toEqual({ phrase: 'cold calling', search: 'random selection' });
    expect(aliasFor('wait time in maths')).toEqual({ phrase: 'wait time', search: 'thinking time' });
    expect(aliasFor('think, pair, share')?.search).toBe('paired talk');
  });

  it('needs whole words', () => {
    expect(aliasFor('scold caller')).toBeUndefined();
    expect(aliasFor('questioning')).toBeUndefined();
  });

  it('searches only for words the default playbook’s techniques use', () => {
    const folder = path.join(PROJECT_ROOT, 'content', 'techniques');
    const text = readdirSync(folder)
      .map((name) => normaliseQuery(readFileSync(path.join(folder, name), 'utf8')))
      .join(' ');
    for (const alias of SEARCH_ALIASES) expect(text, alias.search).toContain(normaliseQuery(alias.search));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('whitebords', 'whiteboards')).toBe(1);
    expect(editDistance('qeustion', 'question')).toBe(1);
    expect(editDistance('retreival', 'retrieval')).toBe(1);
    expect(editDistance('cat', 'cat')).toBe(0);
  });

  it('stops beyond its limit', () => {
    expect(editDistance('feedback', 'seating', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('correctQuery', () => {
  const vocabulary = vocabularyOf(['Mini-whiteboards', 'Retrieval practice', 'Worked examples', "Do now linked to pupils' lives"]);

  it('builds a vocabulary of title words', () => {
    expect(vocabulary).toEqual(['examples', 'linked', 'lives', 'mini', 'now', 'practice', 'pupils', 'retrieval', 'whiteboards', 'worked']);
  });

  it('corrects each unknown word to the nearest known one', () => {
    expect(correctQuery('mini whitebords', vocabulary)).toBe('mini whiteboards');
    expect(correctQuery('Retreival practise', vocabulary)).toBe('retrieval practice');
  });

  it('leaves known words, short words and far-off words alone, and says when nothing changed', () => {
    expect(correctQuery('worked examples', vocabulary)).toBeUndefined();
    expect(correctQuery('zebra', vocabulary)).toBeUndefined();
    expect(correctQuery('an', vocabulary)).toBeUndefined();
  });
});

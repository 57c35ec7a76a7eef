/**
 * Words for the search page, without a DOM: teachers' everyday names for techniques that the
 * playbook words differently ("cold calling" is what it calls random selection), and a spelling
 * fix for a search that finds nothing ("mini whitebords" becomes "mini whiteboards"), made by
 * correcting each word to the nearest word of a vocabulary the page ships (its entries' titles).
 * Pagefind has no fuzzy matching, so both happen here, before the query reaches it.
 */
import { editDistance } from '../core/edit-distance.ts';

/** A teachers' phrase and the words the playbook uses for the same practice. */
export interface SearchAlias {
  phrases: string[];
  search: string;
}

/**
 * Common names in English schools for a practice, and the playbook's own wording for it. Each
 * `search` must be words that occur in the playbook's techniques (a unit test checks the default
 * content), so an alias never promises a page that is not there.
 */
export const SEARCH_ALIASES: SearchAlias[] = [
  { phrases: ['cold call', 'cold calling', 'cold calls'], search: 'random selection' },
  { phrases: ['wait time', 'waiting time', 'think time'], search: 'thinking time' },
  { phrases: ['think pair share', 'think pair and share', 'talk partners', 'talk partner'], search: 'paired talk' },
];

/** Lower case, with hyphens and punctuation as spaces and runs of spaces as one. */
export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The playbook's words for a teachers' phrase, when the whole query is (or contains) one. */
export function aliasFor(query: string, aliases: SearchAlias[] = SEARCH_ALIASES): { phrase: string; search: string } | undefined {
  const text = ` ${normaliseQuery(query)} `;
  for (const alias of aliases) {
    // Longest phrases first, so "cold calling" is named rather than "cold call".
    for (const phrase of [...alias.phrases].sort((a, b) => b.length - a.length)) {
      if (text.includes(` ${normaliseQuery(phrase)} `)) return { phrase, search: alias.search };
    }
  }
  return undefined;
}

/** The words of some titles, lower case, three letters or more, each once and sorted. */
export function vocabularyOf(titles: string[]): string[] {
  const words = new Set<string>();
  for (const title of titles) for (const word of normaliseQuery(title).split(' ')) if (word.length >= 3) words.add(word);
  return [...words].sort();
}

/**
 * The query with each word not in the vocabulary replaced by the nearest word that is: within
 * one edit for words of up to five letters, two for longer ones; on a tie, the word that shares
 * the longest start. Undefined when nothing changes.
 */
export function correctQuery(query: string, vocabulary: string[]): string | undefined {
  const known = new Set(vocabulary);
  const words = normaliseQuery(query).split(' ').filter(Boolean);
  let changed = false;
  const corrected = words.map((word) => {
    if (known.has(word) || word.length < 3 || /\d/.test(word)) return word;
    const limit = word.length <= 5 ? 1 : 2;
    let best: { word: string; distance: number; prefix: number } | undefined;
    for (const candidate of vocabulary) {
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      let prefix = 0;
      while (prefix < word.length && word[prefix] === candidate[prefix]) prefix++;
      if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix)) best = { word: candidate, distance, prefix };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * Finds where source code names a content id inside a string literal. The engine (src/) must not
 * name a default entry by id, or a fork that deletes the entry breaks the engine.
 *
 * A string literal names an id when the id is the whole literal (`'questioning'`), a segment of a
 * path in it (`"/techniques/no-opt-out/"`), or, for an id of several words joined by hyphens, a
 * whole token anywhere in it (`like "hill-sewell-2025"`). A one-word id inside prose ("questioning
 * techniques") is an ordinary word, not a mention.
 */

/** A string literal found in source text, with the line it starts on (1-based). */
export interface Literal {
  text: string;
  line: number;
}

/**
 * The string literals of TypeScript, JavaScript or an .astro file, found line by line:
 * '…', "…" and `…` (template literals may span lines). Comments are skipped; an apostrophe in
 * prose (an .astro template) may pair wrongly, which at worst makes a literal of prose.
 */
export function stringLiterals(source: string): Literal[] {
  const literals: Literal[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '\n') {
      line++;
      i++;
      continue;
    }
    if (char === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      for (let j = i; j < stop; j++) if (source[j] === '\n') line++;
      i = stop;
      continue;
    }
    if (char === '<' && source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      const stop = end === -1 ? source.length : end + 3;
      for (let j = i; j < stop; j++) if (source[j] === '\n') line++;
      i = stop;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      const startLine = line;
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== char) {
        if (source[j] === '\\' && j + 1 < source.length) {
          text += source[j + 1];
          j += 2;
          continue;
        }
        // Quotes other than template literals end at the line's end: an unpaired apostrophe in prose.
        if (source[j] === '\n') {
          if (char !== '`') break;
          line++;
        }
        text += source[j];
        j++;
      }
      literals.push({ text, line: startLine });
      i = source[j] === char ? j + 1 : j;
      continue;
    }
    i++;
  }
  return literals;
}

/** True when `literal` names `id` by the rules at the top of this file. */
export function namesId(literal: string, id: string): boolean {
  if (literal === id) return true;
  const segments = literal.split(/[/?#]/);
  if (segments.includes(id)) return true;
  if (!id.includes('-')) return false;
  const token = new RegExp(`(^|[^a-z0-9-])${id.replace(/[-]/g, '\\-')}($|[^a-z0-9-])`, 'i');
  return token.test(literal);
}

export interface IdMention {
  id: string;
  line: number;
  literal: string;
}

/** Every mention of any of `ids` in the string literals of `source`. */
export function idMentions(source: string, ids: Iterable<string>): IdMention[] {
  const wanted = [...new Set(ids)];
  const mentions: IdMention[] = [];
  for (const literal of stringLiterals(source)) {
    // Every rule needs the id somewhere in the literal: that cheap test first, for the few hundred ids.
    const lower = literal.text.toLowerCase();
    for (const id of wanted) {
      if (lower.includes(id.toLowerCase()) && namesId(literal.text, id)) mentions.push({ id, line: literal.line, literal: literal.text });
    }
  }
  return mentions;
}

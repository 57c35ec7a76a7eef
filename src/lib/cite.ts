import { entries, format } from '../strings/index.ts';

/** A source as a one-line reference: "Rollett, S. (2024) Title: subtitle. In: Collection. Publisher." */
export interface CitableSource {
  authors: string;
  year: number | string;
  title: string;
  subtitle?: string;
  publisher?: string;
  journal?: string;
}

/** The full title: "Title: subtitle". */
export function fullTitle(source: Pick<CitableSource, 'title' | 'subtitle'>): string {
  if (!source.subtitle) return source.title;
  const joiner = /[?!:]$/.test(source.title) ? ' ' : ': ';
  return `${source.title}${joiner}${source.subtitle}`;
}

/** `partOf` is the collection the work appears in, when it is a chapter or article of one. */
export function citation(source: CitableSource, partOf?: CitableSource): string {
  const title = fullTitle(source);
  const end = /[.?!…]$/.test(title) ? '' : '.';
  const within = partOf ? ` ${format(entries.citationIn, { title: fullTitle(partOf) })}${partOf.publisher ? `. ${partOf.publisher}` : ''}.` : '';
  const where = [source.journal, source.publisher].filter(Boolean).join('. ');
  return `${source.authors} (${source.year}) ${title}${end}${within}${where ? ` ${where}.` : ''}`;
}

/** A source as a one-line reference: "Rollett, S. (2024) Title. Publisher." */
export interface CitableSource {
  authors: string;
  year: number | string;
  title: string;
  publisher?: string;
  journal?: string;
}

export function citation(source: CitableSource): string {
  const where = [source.journal, source.publisher].filter(Boolean).join('. ');
  return `${source.authors} (${source.year}) ${source.title}.${where ? ` ${where}.` : ''}`;
}

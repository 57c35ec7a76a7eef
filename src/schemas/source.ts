/** `content/sources.yaml`: the bibliography every entry cites from. A list of sources. */
import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const sourceSchema = () =>
  z
    .object({
      id: id().describe('Stable id that entries cite, like "hill-sewell-2025".'),
      authors: text().describe('The authors as the work gives them, like "Hill, R. and Sewell, K.".'),
      year: z
        .union([z.number().int().min(1800).max(2100), z.literal('n.d.')], { error: 'a year like 2024, or "n.d."' })
        .describe('Year of publication, or "n.d." where the work gives none.'),
      title: text().describe('The full title.'),
      publisher: z.string().optional().describe('Optional: the publisher or organisation.'),
      journal: z.string().optional().describe('Optional: the journal or collection the work appeared in.'),
      url: z.url().optional().describe('Optional: where to find the work. Shown as text and a link; never fetched.'),
      note: z.string().optional().describe('Optional: what the work is, for a reader deciding whether to read it.'),
    })
    .strict();

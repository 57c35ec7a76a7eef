/** `content/sources.yaml`: the bibliography every entry cites from. A list of sources. */
import { z } from 'astro/zod';
import { id, ref, text, webAddress } from '../../schemas/common.ts';
import { longText, year } from '../../schemas/editor-hints.ts';

export const sourceSchema = () =>
  z
    .object({
      id: id().describe('Stable id that entries cite, like "smith-jones-2024" (authors and year).'),
      authors: text().describe('The authors as the work gives them, like "Hill, R. and Sewell, K.".'),
      year: z
        .union([z.number().int().min(1800).max(2100), z.literal('n.d.')], { error: 'a year like 2024, or "n.d."' })
        .meta(year)
        .describe('Year of publication, or "n.d." where the work gives none.'),
      title: text().describe('The title, or its main part where the work has a subtitle.'),
      subtitle: z.string().optional().describe('Optional: the subtitle, after the colon. Long titles may be shortened with an ellipsis (…).'),
      publisher: z.string().optional().describe('Optional: the publisher or organisation.'),
      journal: z.string().optional().describe('Optional: the journal the work appeared in, with volume and issue.'),
      partOf: ref('another source: the book or collection this work is a chapter or article of', 'sources')
        .optional()
        .describe('Optional: the id of the source (a book or collection) this work appears in.'),
      url: webAddress().optional().describe('Optional: where to find the work. Shown as text and a link; never fetched.'),
      note: z.string().meta(longText).optional().describe('Optional: what the work is, for a reader deciding whether to read it.'),
    })
    .strict();

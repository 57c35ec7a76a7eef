/** `content/strands.yaml`: the domains techniques are grouped in. A list of strands. */
import { z } from 'astro/zod';
import { id, text } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

export const strandSchema = () =>
  z
    .object({
      id: id().describe('Stable id that techniques name in their `strand` field, like "questioning".'),
      title: text().describe('The strand\'s name, like "Questioning and checking for understanding".'),
      summary: text().meta(longText).describe('What the strand is about, in one or two sentences.'),
      order: z.number().int().min(0).describe('Position in lists, lowest first. A whole number, 0 or more.'),
    })
    .strict();

/** `content/sequences/*.yaml`: an ordered PD sequence built from techniques. The file name is the id. */
import { z } from 'astro/zod';
import { id, ref, text } from '../../schemas/common.ts';
import { longText, partOf } from '../../schemas/editor-hints.ts';

export const sequenceStep = () =>
  z
    .object({
      technique: ref('a technique in content/techniques/', 'techniques').describe('The technique this step works on: an id from content/techniques/.'),
      step: id()
        .meta(partOf('technique', 'steps'))
        .optional()
        .describe('Optional: the id of one action step of that technique to focus on. Default: the whole technique.'),
      weeks: z.number().int().min(1).max(52).describe('How many weeks the step lasts: a whole number from 1 to 52.'),
      notes: z.string().meta(longText).default('').describe('Guidance for whoever leads the step. Default: none.'),
    })
    .strict();

export const sequenceSchema = () =>
  z
    .object({
      title: text().describe('The sequence\'s name, like "First term: classroom culture".'),
      audience: text().describe('Who it is for, like "Early-career teachers in their first term".'),
      summary: text().meta(longText).describe('What it builds and why, in one or two sentences.'),
      steps: z.array(sequenceStep()).min(1).describe('The steps in the order they are taught. At least one.'),
    })
    .strict();

/**
 * `content/rubrics/*.mdx`: criteria described at ordered levels, for observation or review.
 * The file name is the id. Every criterion must describe every level.
 */
import { z } from 'astro/zod';
import { id, sources, text } from '../../schemas/common.ts';
import { longText, perItemOf } from '../../schemas/editor-hints.ts';
import { WHOLE_REVIEW_NOTE } from '../../lib/audit/notes.ts';

export const RUBRIC_PURPOSES = ['observation', 'self-review', 'peer-review'] as const;

export const rubricSchema = () =>
  z
    .object({
      title: text().describe('The rubric\'s name.'),
      summary: text().meta(longText).describe('What it is for, in one or two sentences.'),
      purposes: z
        .array(z.enum(RUBRIC_PURPOSES))
        .min(1)
        .describe(`How it is used: any of ${RUBRIC_PURPOSES.join(', ')}. A rubric with self-review can be answered as a self-assessment.`),
      levels: z
        .array(
          z
            .object({
              id: id().describe('Stable id that criteria key their descriptors by, like "secure".'),
              label: text().describe('The name readers see, like "Secure".'),
            })
            .strict(),
        )
        .min(2)
        .describe('The levels, lowest first. At least two.'),
      criteria: z
        .array(
          z
            .object({
              id: id()
                .refine((value) => value !== WHOLE_REVIEW_NOTE, `"${WHOLE_REVIEW_NOTE}" is kept for a self-review's note on the whole review; choose another id`)
                .describe(`Stable id, unique in the rubric. Not "${WHOLE_REVIEW_NOTE}", which a saved self-review uses for its note on the whole review.`),
              title: text().describe('What the criterion looks at.'),
              descriptors: z
                .record(id(), text().meta(longText))
                .meta(perItemOf('levels'))
                .describe('What the criterion looks like at each level: one entry per level id.'),
            })
            .strict(),
        )
        .min(1)
        .describe('The criteria. At least one.'),
      sources: sources(),
    })
    .strict();

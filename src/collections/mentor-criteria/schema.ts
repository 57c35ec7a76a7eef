/** `content/mentor-criteria/*.mdx`: what a mentor or coach in a role is expected to show. The file name is the id. */
import { z } from 'astro/zod';
import { id, ref, sources, text } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

export const MENTOR_ROLES = ['itt-mentor', 'early-career-mentor', 'coach'] as const;

export const mentorCriteriaSchema = () =>
  z
    .object({
      title: text().describe('The set\'s name.'),
      summary: text().meta(longText).describe('What the set is for, in one or two sentences.'),
      role: z.enum(MENTOR_ROLES).describe(`The role: one of ${MENTOR_ROLES.join(', ')}.`),
      criteria: z
        .array(
          z
            .object({
              id: id().describe('Stable id, unique in the set.'),
              title: text().describe('The criterion, in a few words.'),
              description: text().meta(longText).describe('What meeting it looks like.'),
              evidencePrompt: text().meta(longText).describe('The question a mentor answers with evidence, like "Describe a time you…".'),
            })
            .strict(),
        )
        .min(1)
        .describe('The criteria. At least one.'),
      stages: z
        .array(
          z
            .object({
              title: text().describe('The stage, like "Selection".'),
              description: text().meta(longText).describe('What happens at this stage.'),
            })
            .strict(),
        )
        .default([])
        .describe('The stages of the role, from selection to development, in order. Default: none.'),
      audit: ref('an audit in content/audits/', 'audits').optional().describe('Optional: the self-audit that goes with the criteria.'),
      sources: sources(),
    })
    .strict();

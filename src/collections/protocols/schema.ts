/** `content/protocols/*.mdx`: a lesson-study, coaching, enquiry, observation or meeting protocol. The file name is the id. */
import { z } from 'astro/zod';
import { refs, sources, text } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

export const PROTOCOL_KINDS = ['lesson-study', 'coaching', 'enquiry', 'observation', 'meeting'] as const;

export const protocolSchema = () =>
  z
    .object({
      title: text().describe('The protocol\'s name.'),
      summary: text().meta(longText).describe('What it is for, in one or two sentences.'),
      kind: z.enum(PROTOCOL_KINDS).describe(`The kind: one of ${PROTOCOL_KINDS.join(', ')}.`),
      groupSize: z
        .object({
          min: z.number().int().min(1).describe('The fewest people it works with.'),
          max: z.number().int().min(1).describe('The most people it works with; at least min.'),
        })
        .strict()
        .refine((size) => size.max >= size.min, { message: 'a number at least min', path: ['max'] })
        .optional()
        .describe('Optional: how many people take part, where the source says. Default: not stated.'),
      roles: z
        .array(z.object({ name: text().describe('The role, like "Facilitator".'), description: text().meta(longText).describe('What the role does.') }).strict())
        .min(1)
        .describe('The roles people take. At least one.'),
      steps: z
        .array(
          z
            .object({
              title: text().describe('The step, in a few words.'),
              minutes: z.number().positive().optional().describe('Optional: how long the step takes, in minutes, more than 0. Give it wherever the source times a step.'),
              detail: text().meta(longText).describe('What happens in the step.'),
            })
            .strict(),
        )
        .min(1)
        .describe('The steps, in order. At least one.'),
      norms: z.array(text().meta(longText)).default([]).describe('Agreements the group keeps. Default: none.'),
      records: z
        .array(
          z
            .object({
              title: text().describe('The record or form, like "Planning record".'),
              prompts: z.array(text().meta(longText)).min(1).describe('The prompts or questions on it. At least one.'),
            })
            .strict(),
        )
        .default([])
        .describe('The records or forms it uses, with their prompts. Default: none.'),
      pitfalls: z.array(text().meta(longText)).default([]).describe('How it goes wrong. Default: none.'),
      techniques: refs('techniques it is often used to develop', 'techniques'),
      sources: sources(),
    })
    .strict();

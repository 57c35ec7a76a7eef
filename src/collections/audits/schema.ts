/**
 * `content/audits/*.mdx`: a self-audit instrument, answered item by item on a response scale.
 * The file name is the id. Item ids are stable: saved answers and exported files key by them.
 */
import { z } from 'astro/zod';
import { id, refs, sources, text } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

/** What to work on next when a section or item is a priority. */
export const developNext = () =>
  z
    .object({
      techniques: refs('techniques that develop it', 'techniques'),
      protocols: refs('protocols that develop it', 'protocols'),
    })
    .strict()
    .default({ techniques: [], protocols: [] })
    .describe('What to develop next: technique and protocol ids. Default: none.');

export const auditSchema = () =>
  z
    .object({
      title: text().describe('The audit\'s name.'),
      summary: text().meta(longText).describe('What it helps the user find out, in one or two sentences.'),
      audience: text().describe('Who completes it, like "School-based ITT mentors".'),
      scale: z
        .array(
          z
            .object({
              value: z.number().int().describe('The score, a whole number; values rise through the list.'),
              label: text().describe('A short label, like "Confident".'),
              description: text().meta(longText).describe('What choosing it means.'),
            })
            .strict(),
        )
        .min(2)
        .describe('The response scale, lowest value first. At least two points; values distinct and rising.'),
      sections: z
        .array(
          z
            .object({
              id: id().describe('Stable id, unique in the audit.'),
              title: text().describe('The section\'s name.'),
              summary: z.string().meta(longText).default('').describe('What the section covers. Default: none.'),
              items: z
                .array(
                  z
                    .object({
                      id: id().describe('Stable id, unique across the whole audit. Saved answers key by it: never reuse one for a different item.'),
                      text: text().describe('The statement the user rates themselves against.'),
                      develop: developNext(),
                    })
                    .strict(),
                )
                .min(1)
                .describe('The items. At least one.'),
              develop: developNext(),
            })
            .strict(),
        )
        .min(1)
        .describe('The sections, in order. At least one.'),
      sources: sources(),
    })
    .strict();

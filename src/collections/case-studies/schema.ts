/** `content/case-studies/*.mdx`: how a school, trust or partnership developed its teachers, and what changed. The file name is the id. */
import { z } from 'astro/zod';
import { oneOf, ref, refs, sources, text, type Taxonomy } from '../../schemas/common.ts';
import { longText } from '../../schemas/editor-hints.ts';

export const ORGANISATION_TYPES = ['school', 'trust', 'alliance', 'partnership', 'local-authority', 'programme'] as const;

/** One impact figure, exactly as the source reports it. */
export const impactFigure = () =>
  z
    .object({
      measure: text().describe('What was measured, like "Pupils at expected standard in writing".'),
      before: z.number().optional().describe('Optional: the figure before. Leave out where the source gives only one figure.'),
      after: z.number().describe('The figure after (or the only figure the source gives).'),
      unit: text().describe('The unit, like "%", "pupils" or "points".'),
      note: z.string().meta(longText).default('').describe('Caveats: sample size, who measured, what the source says about reliability. Default: none.'),
      source: ref('a source in content/sources.yaml', 'sources').describe('The source that reports this figure.'),
    })
    .strict();

export const caseStudySchema = (taxonomy: Taxonomy) =>
  z
    .object({
      title: text().describe('A title naming the organisation and what it did.'),
      summary: text().meta(longText).describe('What it did and what changed, in one or two sentences.'),
      organisation: text().describe('The organisation, as the source names it.'),
      type: z.enum(ORGANISATION_TYPES).describe(`The kind of organisation: one of ${ORGANISATION_TYPES.join(', ')}.`),
      phases: z
        .array(oneOf(taxonomy.phases, 'phases'))
        .default([])
        .describe('The phases involved, as the source gives them. Default: none, for a source that does not say.'),
      region: z.string().default('').describe('Where it is, as the source gives it. Default: not stated.'),
      size: z.string().default('').describe('How big, as the source gives it, like "9 academies". Default: not stated.'),
      period: z.string().default('').describe('When, as the source gives it, like "2012-14". Default: not stated.'),
      focus: text().describe('What the work focused on, in a phrase.'),
      components: z.array(oneOf(taxonomy.components, 'improvement-model components')).default([]).describe('The improvement-model components it shows. Default: none.'),
      protocols: refs('protocols it used', 'protocols'),
      techniques: refs('techniques it used', 'techniques'),
      impact: z.array(impactFigure()).default([]).describe('Impact figures as data. Default: none.'),
      sources: sources(),
    })
    .strict();

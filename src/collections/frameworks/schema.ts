/**
 * `content/frameworks/*.yaml`: a description of good practice in ordered elements, such as the
 * Teachers' Standards or a trust's own teaching framework. The file name is the id.
 */
import { z } from 'astro/zod';
import { id, sources, text } from '../../schemas/common.ts';
import { longText, moreOptions } from '../../schemas/editor-hints.ts';

export const frameworkElement = () =>
  z
    .object({
      id: id().describe('Stable id that entries name in their `serves` field, like "clear-explanations".'),
      title: text().describe('The element, in a few words, like "Plan and teach well-structured lessons".'),
      description: text().meta(longText).describe('What the element asks of a teacher or a programme, in one to three sentences.'),
      group: z.string().trim().min(1).optional().describe('Optional: the group the element belongs to, like "Part one: teaching". Elements of a group are shown together, in order.'),
    })
    .strict();

export const frameworkSchema = () =>
  z
    .object({
      title: text().describe('The framework\'s name, like "Teachers\' Standards".'),
      summary: text().meta(longText).describe('What the framework describes and who uses it, in one or two sentences.'),
      publisher: z.string().trim().min(1).optional().describe('Optional: who publishes it, like "Department for Education".'),
      elements: z.array(frameworkElement()).min(1).describe('The elements, in order. At least one.'),
      sources: sources(),
    })
    .strict();

/** `serves`, the field frameworks add to techniques, sequences, protocols, audits and mentor criteria. */
export const servesField = () =>
  z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a framework id and an element id joined by "/", like "our-framework/clear-explanations"'))
    .default([])
    .meta(moreOptions)
    .describe('The framework elements this entry serves, each as a framework id and an element id joined by "/", like "our-framework/clear-explanations". Default: none.');

/** An entry's `serves` values, read from its data (already checked by `servesField`). */
export function servesOf(data: Record<string, unknown>): { framework: string; element: string }[] {
  const values = data.serves;
  if (!Array.isArray(values)) return [];
  return values
    .filter((value): value is string => typeof value === 'string' && value.includes('/'))
    .map((value) => {
      const [framework = '', element = ''] = value.split('/');
      return { framework, element };
    });
}

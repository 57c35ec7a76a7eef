/**
 * Frameworks: descriptions of good practice in ordered elements (the Teachers' Standards, the
 * EEF's mechanisms of effective PD, a trust's own teaching framework). Techniques, sequences,
 * protocols, audits and mentor criteria name the elements they serve in a `serves` field, which
 * this collection adds to them; a framework's page shows what serves each element.
 */
import { defineCollection, type FacetSpec, type IndexContext, type SearchFilter } from '../define.ts';
import { frameworkSchema, servesField, servesOf } from './schema.ts';
import { template } from './template.ts';
import { entries as words, formatPlural } from '../../strings/index.ts';

/** The collections whose entries can name framework elements. */
export const SERVING_COLLECTIONS = ['techniques', 'sequences', 'protocols', 'audits', 'mentorCriteria'] as const;

export const frameworks = defineCollection({
  name: 'frameworks',
  path: 'frameworks',
  format: 'yaml',
  labels: { singular: 'framework', plural: 'frameworks', type: 'Framework' },
  route: 'frameworks',
  nav: 8.5,
  schema: frameworkSchema,
  references: (data) => data.sources.map((source, i) => ({ path: ['sources', i], target: 'sources', id: source })),
  check(checker, entry) {
    checker.unique(entry, ['elements'], entry.data.elements.map((element) => element.id));
  },
  citations: (data) => ({ items: data.sources }),
  template,
  parts: (data) => data.elements.map((element) => element.id),
  partLabel: 'element',
  backlinks: false,
  index: { facts: (entry) => [formatPlural(words.elementCount, entry.data.elements.length), entry.data.publisher].filter(Boolean).join(' · ') },
  jsonSchema: { file: 'framework.schema.json', title: 'A framework', description: 'A description of good practice in ordered elements. The file name is its id; entries name an element as "<framework id>/<element id>" in their serves field.' },
  contributes: {
    to: SERVING_COLLECTIONS,
    fields: () => ({ serves: servesField() }),
    references: (data) =>
      servesOf(data).map(({ framework, element }, i) => ({ path: ['serves', i], target: 'frameworks', id: framework, part: element })),
    async facets(context: IndexContext): Promise<FacetSpec[]> {
      const list = await context.entries('frameworks');
      return list.map((framework) => ({
        key: framework.id,
        label: framework.data.title,
        combines: false,
        values: framework.data.elements.map((element) => ({ id: element.id, label: element.title })),
      }));
    },
    async searchFilters(context: IndexContext): Promise<SearchFilter[]> {
      const list = await context.entries('frameworks');
      return list.length === 0 ? [] : [{ name: 'framework', label: words.filterFramework, values: list.flatMap((framework) => framework.data.elements.map((element) => element.title)) }];
    },
    facetValues(data) {
      const values: Record<string, string[]> = {};
      for (const { framework, element } of servesOf(data)) (values[framework] ??= []).push(element);
      return values;
    },
  },
});

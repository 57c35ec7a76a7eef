/** Techniques: one classroom technique a file in `content/techniques/`, with worked examples in the body. */
import { examplesIn } from '../../lib/content/examples-metadata.ts';
import { stepId } from '../../lib/content/step-id.ts';
import { defineCollection, each, type FacetSpec, type SearchFilter } from '../define.ts';
import { techniqueSchema } from './schema.ts';
import { template } from './template.ts';
import { entries as words } from '../../strings/index.ts';

export const techniques = defineCollection({
  name: 'techniques',
  path: 'techniques',
  format: 'mdx',
  labels: { singular: 'technique', plural: 'techniques', type: 'Technique' },
  route: 'techniques',
  nav: 1,
  schema: techniqueSchema,
  references: (data) => [
    { path: ['strand'], target: 'strands', id: data.strand },
    ...data.evidence.map((item, i) => ({ path: ['evidence', i, 'source'], target: 'sources', id: item.source })),
    ...each(['related'], 'techniques', data.related),
  ],
  check(checker, entry) {
    entry.data.related.forEach((id, i) => {
      if (id === entry.id) checker.report(entry, ['related', i], 'another technique', `${JSON.stringify(id)}, this technique itself`, { rule: 'own', name: 'not-itself' });
    });
    checker.unique(entry, ['steps'], entry.data.steps.map(stepId));
  },
  citations: (data) => ({ heading: words.evidence, items: data.evidence, onPaper: false }),
  articleClass: 'technique',
  examplesBody: true,
  template,
  index: {
    facts: (entry, context) => entry.data.phases.map((phase) => context.termLabel('phases', phase)).join(', '),
    async facets(context): Promise<FacetSpec[]> {
      const strandList = await context.entries('strands');
      return [
        { key: 'strand', label: context.labels('strands').type, values: strandList.map((strand) => ({ id: strand.id, label: strand.data.title })) },
        { key: 'phase', label: words.phase, values: context.terms('phases') },
        { key: 'subject', label: words.subject, values: context.terms('subjects') },
      ];
    },
    // A technique is found under a phase or subject it lists, or one it has a worked example in.
    facetValues(entry) {
      const examples = examplesIn(entry.rendered?.metadata);
      const withExamples = (own: readonly string[], key: 'phase' | 'subject') => [...new Set([...own, ...examples.flatMap((example) => (example[key] ? [example[key]] : []))])];
      return { strand: [entry.data.strand], phase: withExamples(entry.data.phases, 'phase'), subject: withExamples(entry.data.subjects, 'subject') };
    },
    async groups(context): Promise<{ id: string; title: string }[]> {
      return (await context.entries('strands')).map((strand) => ({ id: strand.id, title: strand.data.title }));
    },
    groupOf: (entry) => entry.data.strand,
    async searchFilters(context): Promise<SearchFilter[]> {
      return [
        { name: 'strand', label: context.labels('strands').type, values: (await context.entries('strands')).map((strand) => strand.data.title) },
        { name: 'subject', label: words.subject, values: context.terms('subjects').map((term) => term.label) },
      ];
    },
  },
});

/** Case studies: what a school, trust or programme did, the improvement-model components it shows, and its impact as data. */
import { defineCollection, each } from '../define.ts';
import { caseStudySchema, ORGANISATION_TYPES } from './schema.ts';
import { template } from './template.ts';
import { entries as words, format } from '../../strings/index.ts';

/** Words readers see for each organisation type. */
export const ORGANISATION_TYPE_LABELS: Record<(typeof ORGANISATION_TYPES)[number], string> = {
  school: words.organisationSchool,
  trust: words.organisationTrust,
  alliance: words.organisationAlliance,
  partnership: words.organisationPartnership,
  'local-authority': words.organisationLocalAuthority,
  programme: words.organisationProgramme,
};

export const caseStudies = defineCollection({
  name: 'caseStudies',
  path: 'case-studies',
  format: 'mdx',
  labels: { singular: 'case study', plural: 'case studies', type: 'Case study' },
  route: 'case-studies',
  nav: 9,
  schema: caseStudySchema,
  references: (data) => [
    ...each(['protocols'], 'protocols', data.protocols),
    ...each(['techniques'], 'techniques', data.techniques),
    ...each(['sources'], 'sources', data.sources),
    ...data.impact.map((figure, i) => ({ path: ['impact', i, 'source'], target: 'sources', id: figure.source })),
  ],
  check(checker, entry) {
    entry.data.impact.forEach((figure, i) => {
      if (!entry.data.sources.includes(figure.source)) {
        checker.report(entry, ['impact', i, 'source'], `one of this case study's own sources (${entry.data.sources.map((id) => JSON.stringify(id)).join(', ')}): cite it in sources too`, JSON.stringify(figure.source), { rule: 'own', name: 'cite-in-sources', other: ['sources'] });
      }
    });
  },
  citations: (data) => ({ items: data.sources }),
  template,
  valueLabels: ORGANISATION_TYPE_LABELS,
  index: {
    facts: (entry, context) => [ORGANISATION_TYPE_LABELS[entry.data.type], entry.data.phases.map((phase) => context.termLabel('phases', phase)).join(', ')].filter(Boolean).join(' · '),
    facets: (context) => [
      { key: 'component', label: context.componentsModel ? format(words.componentOf, { model: context.componentsModel }) : words.modelComponent, values: context.terms('components') },
      { key: 'type', label: words.organisationType, values: Object.entries(ORGANISATION_TYPE_LABELS).map(([id, label]) => ({ id, label })) },
      { key: 'phase', label: words.phase, values: context.terms('phases') },
    ],
    facetValues: (entry) => ({ component: entry.data.components, type: [entry.data.type], phase: entry.data.phases }),
  },
});

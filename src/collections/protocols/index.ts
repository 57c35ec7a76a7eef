/** Protocols: lesson-study, coaching, enquiry, observation and meeting routines, step by step. */
import { defineCollection, each } from '../define.ts';
import { protocolSchema, PROTOCOL_KINDS } from './schema.ts';
import { template } from './template.ts';
import { entries as words } from '../../strings/index.ts';

/** Words readers see for each kind. */
export const PROTOCOL_KIND_LABELS: Record<(typeof PROTOCOL_KINDS)[number], string> = {
  'lesson-study': words.kindLessonStudy,
  coaching: words.kindCoaching,
  enquiry: words.kindEnquiry,
  observation: words.kindObservation,
  meeting: words.kindMeeting,
};

export const protocols = defineCollection({
  name: 'protocols',
  path: 'protocols',
  format: 'mdx',
  labels: { singular: 'protocol', plural: 'protocols', type: 'Protocol' },
  route: 'protocols',
  nav: 5,
  schema: protocolSchema,
  references: (data) => [...each(['techniques'], 'techniques', data.techniques), ...each(['sources'], 'sources', data.sources)],
  citations: (data) => ({ items: data.sources }),
  articleClass: 'handout',
  template,
  valueLabels: PROTOCOL_KIND_LABELS,
  index: {
    facts: (entry) => PROTOCOL_KIND_LABELS[entry.data.kind],
    facets: () => [{ key: 'kind', label: words.kind, values: Object.entries(PROTOCOL_KIND_LABELS).map(([id, label]) => ({ id, label })) }],
    facetValues: (entry) => ({ kind: [entry.data.kind] }),
  },
});

/** Protocols: lesson-study, coaching, enquiry, observation and meeting routines, step by step. */
import { defineCollection, each } from '../define.ts';
import { protocolSchema, PROTOCOL_KINDS } from './schema.ts';
import { template } from './template.ts';

/** Words readers see for each kind. */
export const PROTOCOL_KIND_LABELS: Record<(typeof PROTOCOL_KINDS)[number], string> = {
  'lesson-study': 'Lesson study',
  coaching: 'Coaching',
  enquiry: 'Enquiry',
  observation: 'Observation',
  meeting: 'Meeting',
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
  index: {
    facts: (entry) => PROTOCOL_KIND_LABELS[entry.data.kind],
    facets: () => [{ key: 'kind', label: 'Kind', values: Object.entries(PROTOCOL_KIND_LABELS).map(([id, label]) => ({ id, label })) }],
    facetValues: (entry) => ({ kind: [entry.data.kind] }),
  },
});

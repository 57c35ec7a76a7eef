/** Words readers see for the fixed values in the schemas. */
import type { PROTOCOL_KINDS } from '../schemas/protocol.ts';
import type { ORGANISATION_TYPES } from '../schemas/case-study.ts';
import type { CollectionName } from './content/collections.ts';

export const PROTOCOL_KIND_LABELS: Record<(typeof PROTOCOL_KINDS)[number], string> = {
  'lesson-study': 'Lesson study',
  coaching: 'Coaching',
  enquiry: 'Enquiry',
  observation: 'Observation',
  meeting: 'Meeting',
};

export const ORGANISATION_TYPE_LABELS: Record<(typeof ORGANISATION_TYPES)[number], string> = {
  school: 'School',
  trust: 'Trust',
  alliance: 'Teaching school alliance',
  partnership: 'Partnership',
  'local-authority': 'Local authority',
  programme: 'Programme',
};

/** What each collection's entries are called on their pages and in the search "type" filter (one list, so the two cannot drift apart). */
export const ENTRY_TYPE_LABELS = {
  techniques: 'Technique',
  strands: 'Strand',
  sequences: 'Sequence',
  rubrics: 'Rubric',
  audits: 'Audit',
  mentorCriteria: 'Mentor criteria',
  protocols: 'Protocol',
  caseStudies: 'Case study',
} as const satisfies Partial<Record<CollectionName, string>>;

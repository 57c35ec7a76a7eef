/** The data of each collection's entries, as its schema outputs it. */
import type { z } from 'astro/zod';
import type { auditSchema } from '../schemas/audit.ts';
import type { caseStudySchema } from '../schemas/case-study.ts';
import type { mentorCriteriaSchema } from '../schemas/mentor-criteria.ts';
import type { protocolSchema } from '../schemas/protocol.ts';
import type { rubricSchema } from '../schemas/rubric.ts';
import type { sequenceSchema } from '../schemas/sequence.ts';
import type { sourceSchema } from '../schemas/source.ts';
import type { strandSchema } from '../schemas/strand.ts';
import type { techniqueSchema } from '../schemas/technique.ts';

export type StrandData = z.output<ReturnType<typeof strandSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type TechniqueData = z.output<ReturnType<typeof techniqueSchema>>;
export type SequenceData = z.output<ReturnType<typeof sequenceSchema>>;
export type RubricData = z.output<ReturnType<typeof rubricSchema>>;
export type AuditData = z.output<ReturnType<typeof auditSchema>>;
export type MentorCriteriaData = z.output<ReturnType<typeof mentorCriteriaSchema>>;
export type ProtocolData = z.output<ReturnType<typeof protocolSchema>>;
export type CaseStudyData = z.output<ReturnType<typeof caseStudySchema>>;

export interface DataOf {
  strands: StrandData;
  sources: SourceData;
  techniques: TechniqueData;
  sequences: SequenceData;
  rubrics: RubricData;
  audits: AuditData;
  mentorCriteria: MentorCriteriaData;
  protocols: ProtocolData;
  caseStudies: CaseStudyData;
}

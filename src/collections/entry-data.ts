/**
 * The data of each collection's entries, by the collection's name, as its own schema outputs it.
 * A collection that reads another's entries (a strand counting its techniques, a sequence checking
 * a technique's steps) names it, and the engine looks it up (`Checker.find`, `IndexContext.entries`),
 * so collection folders never import each other. This module takes only types from the schemas;
 * the registry (./index.ts) checks that it lists every registered collection with that data.
 */
import type { z } from 'astro/zod';
import type { auditSchema } from './audits/schema.ts';
import type { caseStudySchema } from './case-studies/schema.ts';
import type { frameworkSchema } from './frameworks/schema.ts';
import type { mentorCriteriaSchema } from './mentor-criteria/schema.ts';
import type { protocolSchema } from './protocols/schema.ts';
import type { rubricSchema } from './rubrics/schema.ts';
import type { sequenceSchema } from './sequences/schema.ts';
import type { sourceSchema } from './sources/schema.ts';
import type { strandSchema } from './strands/schema.ts';
import type { techniqueSchema } from './techniques/schema.ts';

type Output<S extends (...args: never[]) => z.ZodType> = z.output<ReturnType<S>>;

export interface EntryDataByName {
  strands: Output<typeof strandSchema>;
  sources: Output<typeof sourceSchema>;
  techniques: Output<typeof techniqueSchema>;
  sequences: Output<typeof sequenceSchema>;
  rubrics: Output<typeof rubricSchema>;
  audits: Output<typeof auditSchema>;
  mentorCriteria: Output<typeof mentorCriteriaSchema>;
  protocols: Output<typeof protocolSchema>;
  caseStudies: Output<typeof caseStudySchema>;
  frameworks: Output<typeof frameworkSchema>;
}

/** The name of a collection another may look up. */
export type KnownCollection = keyof EntryDataByName;

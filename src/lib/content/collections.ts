/**
 * The playbook's collections: where each lives under the content folder, how its files are
 * read, and which schema validates an entry. Astro's content config and the content check both
 * read this table, so the two can never disagree about what a valid entry is.
 */
import type { z } from 'astro/zod';
import type { Taxonomy } from '../../schemas/common.ts';
import { auditSchema } from '../../schemas/audit.ts';
import { caseStudySchema } from '../../schemas/case-study.ts';
import { mentorCriteriaSchema } from '../../schemas/mentor-criteria.ts';
import { protocolSchema } from '../../schemas/protocol.ts';
import { rubricSchema } from '../../schemas/rubric.ts';
import { sequenceSchema } from '../../schemas/sequence.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { strandSchema } from '../../schemas/strand.ts';
import { techniqueSchema } from '../../schemas/technique.ts';

/**
 * How a collection is stored:
 * - `mdx`: one `.mdx` file an entry in a folder, fields in the frontmatter, the file name is the id;
 * - `yaml`: one `.yaml` file an entry in a folder, the file name is the id;
 * - `yaml-list`: one `.yaml` file holding a list of entries, each with an `id` field.
 */
export type CollectionFormat = 'mdx' | 'yaml' | 'yaml-list';

export interface CollectionSpec {
  /** The collection's name in Astro and in code. */
  name: CollectionName;
  /** Folder (for `mdx` and `yaml`) or file (for `yaml-list`), relative to the content folder. */
  path: string;
  format: CollectionFormat;
  /** One entry, in the words readers see: "technique". */
  singular: string;
  /** Many entries, in the words readers see: "techniques". */
  plural: string;
  /** The URL segment of its pages, like "techniques" for /techniques/cold-call/. */
  route: string;
  schema: (taxonomy: Taxonomy) => z.ZodType;
}

export const COLLECTION_NAMES = [
  'strands',
  'sources',
  'techniques',
  'sequences',
  'rubrics',
  'audits',
  'mentorCriteria',
  'protocols',
  'caseStudies',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export const COLLECTIONS: readonly CollectionSpec[] = [
  { name: 'strands', path: 'strands.yaml', format: 'yaml-list', singular: 'strand', plural: 'strands', route: 'strands', schema: strandSchema },
  { name: 'sources', path: 'sources.yaml', format: 'yaml-list', singular: 'source', plural: 'sources', route: 'sources', schema: sourceSchema },
  { name: 'techniques', path: 'techniques', format: 'mdx', singular: 'technique', plural: 'techniques', route: 'techniques', schema: techniqueSchema },
  { name: 'sequences', path: 'sequences', format: 'yaml', singular: 'sequence', plural: 'sequences', route: 'sequences', schema: sequenceSchema },
  { name: 'rubrics', path: 'rubrics', format: 'mdx', singular: 'rubric', plural: 'rubrics', route: 'rubrics', schema: rubricSchema },
  { name: 'audits', path: 'audits', format: 'mdx', singular: 'audit', plural: 'audits', route: 'audits', schema: auditSchema },
  { name: 'mentorCriteria', path: 'mentor-criteria', format: 'mdx', singular: 'mentor criteria set', plural: 'mentor criteria', route: 'mentor-criteria', schema: mentorCriteriaSchema },
  { name: 'protocols', path: 'protocols', format: 'mdx', singular: 'protocol', plural: 'protocols', route: 'protocols', schema: protocolSchema },
  { name: 'caseStudies', path: 'case-studies', format: 'mdx', singular: 'case study', plural: 'case studies', route: 'case-studies', schema: caseStudySchema },
];

export function collectionSpec(name: CollectionName): CollectionSpec {
  const spec = COLLECTIONS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`Unknown collection "${name}"`);
  return spec;
}

/** The file that holds the playbook's identity and taxonomies, relative to the content folder. */
export const PLAYBOOK_FILE = 'playbook.yaml';

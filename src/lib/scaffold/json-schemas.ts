/**
 * JSON Schemas made from the zod schemas, for editors (VS Code's YAML extension reads them from
 * `schemas/` through `.vscode/settings.json`) and for the field tables in docs/frontmatter.md.
 * Only the zod schemas are written by hand; everything here is derived from them, so the help an
 * author sees while typing is the help the content check gives.
 */
import { z } from 'astro/zod';
import { playbookSchema } from '../../schemas/playbook.ts';
import { sequenceSchema } from '../../schemas/sequence.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { strandSchema } from '../../schemas/strand.ts';
import type { Taxonomy } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';

/** A JSON Schema, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/**
 * Converts a zod schema to a JSON Schema (draft 7, which every YAML editor reads) describing the
 * input an author writes: a field with a default is not required.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * A taxonomy for documentation: one placeholder value each, so schemas that take the playbook's
 * own phases, subjects and components can be described without naming any playbook's terms.
 */
export const PLACEHOLDER_TAXONOMY: Taxonomy = { phases: ['phase-id'], subjects: ['subject-id'], components: ['component-id'] };

/** The JSON Schema of one entry of a collection (its frontmatter, for MDX). */
export function entryJsonSchema(name: CollectionName, taxonomy: Taxonomy = PLACEHOLDER_TAXONOMY): JsonSchema {
  const spec = COLLECTIONS.find((candidate) => candidate.name === name)!;
  return toJsonSchema(spec.schema(taxonomy));
}

/** One generated file in schemas/: where it goes, which content files it describes, and the schema. */
export interface SchemaFile {
  /** File name under schemas/, like "sequence.schema.json". */
  file: string;
  /** The content files it applies to, as a glob relative to the project root. */
  applies: string;
  schema: JsonSchema;
}

/** Adds a title and description at the top of a generated schema, after `$schema`. */
function titled(schema: JsonSchema, title: string, description: string): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}

/**
 * The schemas of the playbook's YAML files: playbook.yaml, strands.yaml, sources.yaml and
 * sequences/*.yaml. None depends on a playbook's taxonomy, so the files are the same for every fork.
 */
export function yamlSchemaFiles(): SchemaFile[] {
  return [
    {
      file: 'playbook.schema.json',
      applies: 'content/playbook.yaml',
      schema: titled(toJsonSchema(playbookSchema), 'playbook.yaml', "The playbook's identity (name, organisation, logo, colours, site address) and its taxonomies (phases, subjects, improvement-model components)."),
    },
    {
      file: 'strands.schema.json',
      applies: 'content/strands.yaml',
      schema: titled(toJsonSchema(z.array(strandSchema())), 'strands.yaml', 'The strands techniques are grouped in: a list, each with an id techniques name in their `strand` field.'),
    },
    {
      file: 'sources.schema.json',
      applies: 'content/sources.yaml',
      schema: titled(toJsonSchema(z.array(sourceSchema())), 'sources.yaml', 'The bibliography: a list of sources, each with an id that entries cite.'),
    },
    {
      file: 'sequence.schema.json',
      applies: 'content/sequences/*.yaml',
      schema: titled(toJsonSchema(sequenceSchema()), 'A PD sequence', 'An ordered PD sequence built from techniques. The file name is its id. Which techniques and action steps exist is checked by `npm run check`.'),
    },
  ];
}

/** A schema file's text as written to disk: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

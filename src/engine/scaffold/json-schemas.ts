/**
 * JSON Schemas made from the zod schemas, for editors (VS Code's YAML extension reads them from
 * `schemas/` through `.vscode/settings.json`) and for the field tables in docs/frontmatter.md.
 * Only the zod schemas are written by hand; everything here is derived from them, so the help an
 * author sees while typing is the help the content check gives.
 */
import { z } from 'astro/zod';
import { playbookSchema } from '../../schemas/playbook.ts';
import type { Taxonomy } from '../../schemas/common.ts';
import { COLLECTIONS, definitionOf, schemaOf } from '../../collections/index.ts';
import { STRINGS_FILE } from '../../strings/overrides.ts';
import { stringsJsonSchema } from '../../strings/json-schema.ts';
import { EDITOR_HINT_KEYWORD, EDITOR_MORE_KEYWORD } from '../../schemas/editor-hints.ts';

/** A JSON Schema, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/**
 * Converts a zod schema to a JSON Schema (draft 7, which every YAML editor reads) describing the
 * input an author writes: a field with a default is not required.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema;
}

/** Keywords whose value is a map of names to schemas, and those whose value is a schema or a list of schemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SCHEMA_PLACES = ['items', 'additionalProperties', 'propertyNames', 'not', 'anyOf', 'oneOf', 'allOf'];

/**
 * A JSON Schema without the entry editor's hints (src/schemas/editor-hints.ts), for the published
 * schemas/*.json: the hints say how our form offers a field, which a YAML editor has no use for.
 */
export function withoutEditorHints(schema: JsonSchema): JsonSchema {
  const strip = (value: unknown): unknown => (Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? withoutEditorHints(value as JsonSchema) : value);
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === EDITOR_HINT_KEYWORD || key === EDITOR_MORE_KEYWORD) continue;
    if (SCHEMA_MAPS.includes(key) && value && typeof value === 'object') result[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, strip(inner)]));
    else result[key] = SCHEMA_PLACES.includes(key) ? strip(value) : value;
  }
  return result;
}

/**
 * A taxonomy for documentation: one placeholder value each, so schemas that take the playbook's
 * own phases, subjects and components can be described without naming any playbook's terms.
 */
export const PLACEHOLDER_TAXONOMY: Taxonomy = { phases: ['phase-id'], subjects: ['subject-id'], components: ['component-id'] };

/** The JSON Schema of one entry of a collection (its frontmatter, for MDX). */
export function entryJsonSchema(name: string, taxonomy: Taxonomy = PLACEHOLDER_TAXONOMY): JsonSchema {
  return toJsonSchema(schemaOf(definitionOf(name), taxonomy));
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
 * The schemas of the playbook's YAML files: playbook.yaml, and each YAML collection that asks for
 * one in its definition (`jsonSchema`). Made with placeholder taxonomies, so the files are the same
 * for every fork.
 */
export function yamlSchemaFiles(): SchemaFile[] {
  const collections = COLLECTIONS.flatMap((definition) => {
    if (!definition.jsonSchema || definition.format === 'mdx') return [];
    const entry = schemaOf(definition, PLACEHOLDER_TAXONOMY);
    const list = definition.format === 'yaml-list';
    return [{
      file: definition.jsonSchema.file,
      applies: list ? `content/${definition.path}` : `content/${definition.path}/*.yaml`,
      schema: titled(withoutEditorHints(toJsonSchema(list ? z.array(entry) : entry)), definition.jsonSchema.title, definition.jsonSchema.description),
    }];
  });
  return [
    {
      file: 'playbook.schema.json',
      applies: 'content/playbook.yaml',
      schema: titled(withoutEditorHints(toJsonSchema(playbookSchema)), 'playbook.yaml', "The playbook's identity (name, organisation, logo, colours, site address) and its taxonomies (phases, subjects, improvement-model components)."),
    },
    ...collections,
    { file: 'strings.schema.json', applies: `content/${STRINGS_FILE}`, schema: stringsJsonSchema(COLLECTIONS.map((definition) => definition.route)) },
  ];
}

/** A schema file's text as written to disk: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

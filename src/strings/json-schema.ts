/**
 * The JSON Schema of content/strings.yaml, made from the English table: each area and key, with
 * the English text as its description, so an author's editor offers the keys and shows what each
 * one says today. The content check (overrides.ts) is what holds the file to it.
 */
import * as english from './en/index.ts';
import { COLLECTION_LABEL_KEYS } from './overrides.ts';
import { PLURAL_CATEGORIES, type Area } from './table.ts';

type JsonSchema = { [key: string]: unknown };

const text: JsonSchema = { type: 'string', minLength: 1 };
const pluralForms: JsonSchema = {
  anyOf: [
    text,
    { type: 'object', properties: Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, text])), required: ['other'], additionalProperties: false },
  ],
};

function areaSchema(area: Area): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries(area).map(([key, value]) =>
      typeof value === 'string'
        ? [key, { ...text, description: `English: ${value}` }]
        : [key, { ...pluralForms, description: `A plural. English: ${Object.entries(value).map(([category, form]) => `${category}: ${form}`).join('; ')}` }],
    ),
  );
  return { type: 'object', properties, additionalProperties: false };
}

/** The schema; `collections` are the routes of the collections a fork may rename. */
export function stringsJsonSchema(collections: readonly string[]): JsonSchema {
  const areas: Record<string, Area> = english;
  const labels: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(COLLECTION_LABEL_KEYS.map((key) => [key, text])),
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'strings.yaml',
    description: "The playbook's own words for the engine's: any key of the strings table (src/strings/en/), by area, and new names for the collections. Every key is optional.",
    type: 'object',
    properties: {
      // Sorted, as Node lists a module's exports (a bundler may keep them in the order written).
      ...Object.fromEntries(Object.keys(areas).sort().map((name) => [name, areaSchema(areas[name]!)])),
      collections: {
        type: 'object',
        description: 'New names for the collections, by their route: a singular ("move"), a plural ("moves") and the type shown on an entry ("Move").',
        properties: Object.fromEntries(collections.map((route) => [route, labels])),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

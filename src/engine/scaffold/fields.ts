/**
 * Flattens a JSON Schema (made from a zod schema) into a list of fields an author reads: each
 * field's path as written in a file (`steps[].title`), its type in words, whether it is required,
 * its default and its description. The frontmatter documentation and the scaffolds' comments are
 * both made from this list.
 */
import type { JsonSchema } from './json-schemas.ts';

export interface FieldDoc {
  /** The field's path: `title`, `rehearsal.setup`, `steps[].title`. */
  path: string;
  /** Its type in words: `text`, `whole number from 1 to 52`, `list of ids (at least 1)`. */
  type: string;
  /** True when an entry must give it. */
  required: boolean;
  /** The default, as YAML-ish text (`[]`, `""`, `"/"`), when it has one. */
  defaultValue?: string;
  /** What it means, from the zod schema's `.describe()`. Empty when it has none. */
  description: string;
}

const ID_PATTERN_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const PLAYBOOK_LIST = /^One of the (.+) in content\/playbook\.yaml/;

function asSchema(value: unknown): JsonSchema | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}

function quoted(values: readonly unknown[]): string {
  return values.map((value) => `\`${String(value)}\``).join(', ');
}

function range(schema: JsonSchema, min: string, max: string, unit: string): string {
  // zod gives every whole number the bounds of a safe integer: those are no real limit.
  const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);
  const low = bound(schema[min]);
  const high = bound(schema[max]);
  if (typeof low === 'number' && typeof high === 'number') return low === high ? `exactly ${low} ${unit}` : `${low} to ${high} ${unit}`;
  if (typeof low === 'number') return `at least ${low} ${unit}`;
  if (typeof high === 'number') return `at most ${high} ${unit}`;
  return '';
}

/** Several of a type, in words: "id" -> "ids", "one of `a`, `b`" -> "values, each one of `a`, `b`". */
function plural(word: string): string {
  if (word.startsWith('one of')) return `values, each ${word}`;
  if (word.startsWith('an id from')) return `ids from${word.slice('an id from'.length)}`;
  if (word.startsWith('`')) return `values ${word}`;
  const [first, ...rest] = word.split(/(?=[ ,(])/);
  return [`${first}s`, ...rest].join('');
}

/** A schema's type in words. */
export function typeWords(schema: JsonSchema): string {
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((option) => typeWords(asSchema(option) ?? {})).join(' or ');
  if ('const' in schema) return `\`${String(schema.const)}\``;
  if (Array.isArray(schema.enum)) {
    const list = typeof schema.description === 'string' ? PLAYBOOK_LIST.exec(schema.description) : null;
    if (list) return `an id from the ${list[1]} in playbook.yaml`;
    return schema.enum.length === 1 ? `\`${String(schema.enum[0])}\`` : `one of ${quoted(schema.enum)}`;
  }
  if (asSchema(schema.not) && Object.keys(schema.not as object).length === 0) return 'nothing (none allowed)';
  switch (schema.type) {
    case 'string': {
      if (schema.pattern === ID_PATTERN_SOURCE) return 'id';
      if (schema.format === 'uri') return 'URL';
      if (schema.format === 'date') return 'date (YYYY-MM-DD)';
      if (schema.pattern === '^#[0-9a-fA-F]{6}$') return 'colour (six-digit hex)';
      return 'text';
    }
    case 'integer': {
      const bounds = range(schema, 'minimum', 'maximum', '').trim();
      return bounds ? `whole number, ${bounds}` : 'whole number';
    }
    case 'number': {
      if (typeof schema.exclusiveMinimum === 'number') return `number more than ${schema.exclusiveMinimum}`;
      const bounds = range(schema, 'minimum', 'maximum', '').trim();
      return bounds ? `number, ${bounds}` : 'number';
    }
    case 'boolean':
      return 'true or false';
    case 'array': {
      const items = asSchema(schema.items) ?? {};
      const size = range(schema, 'minItems', 'maxItems', '').trim();
      const count = size ? ` (${size})` : '';
      if (items.type === 'object' && asSchema(items.properties)) return `list${count}, each item with the fields below`;
      return `list of ${plural(typeWords(items))}${count}`;
    }
    case 'object': {
      if (asSchema(schema.properties)) return 'fields below';
      const values = asSchema(schema.additionalProperties);
      const keys = asSchema(schema.propertyNames);
      if (values) return `map of ${keys ? typeWords(keys) : 'key'} to ${typeWords(values)}`;
      return 'fields';
    }
    default:
      return 'anything';
  }
}

/** Every field of an object schema, depth first, in the schema's order. `prefix` is the path so far. */
export function flattenFields(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const properties = asSchema(schema.properties);
  if (!properties) return [];
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const fields: FieldDoc[] = [];
  for (const [name, value] of Object.entries(properties)) {
    const field = asSchema(value) ?? {};
    const path = `${prefix}${name}`;
    const doc: FieldDoc = {
      path,
      type: typeWords(field),
      required: required.has(name),
      description: typeof field.description === 'string' ? field.description : '',
    };
    if ('default' in field) doc.defaultValue = JSON.stringify(field.default);
    fields.push(doc);
    if (field.type === 'object') fields.push(...flattenFields(field, `${path}.`));
    const items = asSchema(field.items);
    if (field.type === 'array' && items?.type === 'object') fields.push(...flattenFields(items, `${path}[].`));
  }
  return fields;
}

/** The schema of the field at `path` (like `steps[].title`) inside an object schema, if there is one. */
export function fieldSchema(schema: JsonSchema, path: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const part of path.split('.')) {
    const listItem = part.endsWith('[]');
    const name = listItem ? part.slice(0, -2) : part;
    current = asSchema(asSchema(current?.properties)?.[name]);
    if (listItem) current = asSchema(current?.items);
    if (!current) return undefined;
  }
  return current;
}

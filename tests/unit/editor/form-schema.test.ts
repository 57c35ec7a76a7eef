/**
 * The editor's reading of JSON Schemas (src/engine/editor/form-schema.ts): each field's control
 * comes from its type and its editor hint, never from its name; labels and help; which entries a
 * draft's parts name; data put back in the schema's order.
 */
import { describe, expect, it } from 'vitest';
import { toJsonSchema, type JsonSchema } from '../../../src/engine/scaffold/json-schemas.ts';
import { KINDS, kindSpec } from '../../../src/engine/editor/kinds.ts';
import { controlFor, dataInSchemaOrder, entriesWithParts, fieldKeysOf, hintFor, hintOf, isOwnId, labelFor, partTarget } from '../../../src/engine/editor/form-schema.ts';

const taxonomy = { phases: ['primary', 'secondary'], subjects: ['maths'], components: ['c'] };
const schemaOf = (kind: Parameters<typeof kindSpec>[0]) => toJsonSchema(kindSpec(kind).schema(taxonomy));
const technique = schemaOf('techniques');
const properties = technique.properties as Record<string, JsonSchema>;
const at = (schema: JsonSchema, ...keys: string[]): JsonSchema => keys.reduce<JsonSchema>((current, key) => (current[key] ?? {}) as JsonSchema, schema);

describe('controlFor', () => {
  it('gives each field of a technique the control its schema and hints call for', () => {
    expect(controlFor(properties.title!)).toEqual({ kind: 'text', long: false });
    expect(controlFor(properties.summary!)).toEqual({ kind: 'text', long: true });
    expect(controlFor(properties.phases!)).toEqual({ kind: 'choices', values: ['primary', 'secondary'] });
    expect(controlFor(properties.strand!)).toEqual({ kind: 'reference', collection: 'strands' });
    expect(controlFor(properties.steps!).kind).toBe('list');
    expect(controlFor(properties.rehearsal!).kind).toBe('group');
    // A list's items are long text because the schema says so, not because they are list items.
    expect(controlFor(at(properties.lookFors!, 'items'))).toEqual({ kind: 'text', long: true });
    expect(controlFor(at(properties.related!, 'items'))).toEqual({ kind: 'reference', collection: 'techniques' });
  });

  it('reads a year, one text per level and an action step of a technique from their hints', () => {
    expect(controlFor(at(schemaOf('sources'), 'properties', 'year'))).toEqual({ kind: 'year' });
    const descriptors = at(schemaOf('rubrics'), 'properties', 'criteria', 'items', 'properties', 'descriptors');
    expect(controlFor(descriptors)).toMatchObject({ kind: 'per-item', list: 'levels', value: { type: 'string' } });
    const step = at(schemaOf('sequences'), 'properties', 'steps', 'items');
    const stepFields = Object.entries(at(step, 'properties')) as [string, JsonSchema][];
    const part = controlFor(at(step, 'properties', 'step'));
    expect(part).toEqual({ kind: 'part', entry: 'technique', list: 'steps' });
    expect(partTarget(stepFields, { entry: 'technique' })).toBe('techniques');
  });

  it('reads the same shapes the same way whatever the field is called, and gives unhinted shapes no guessed control', () => {
    // A text field named like a long one is short without a hint; a year-like union without a hint is no control.
    expect(controlFor({ type: 'string', description: 'notes' })).toEqual({ kind: 'text', long: false });
    expect(controlFor({ anyOf: [{ type: 'integer' }, { const: 'n.d.' }] })).toEqual({ kind: 'none' });
    expect(controlFor({ type: 'object', additionalProperties: { type: 'string' } })).toEqual({ kind: 'none' });
    // A hint this editor does not know, or one naming no collection, is ignored.
    expect(hintOf({ editor: { control: 'dial' } })).toBeUndefined();
    expect(controlFor({ type: 'string', editor: { control: 'reference', collection: 'nowhere' } })).toEqual({ kind: 'text', long: false });
  });

  it('gives every field of every kind a control (only an empty taxonomy has none)', () => {
    const none: string[] = [];
    const visit = (schema: JsonSchema, where: string) => {
      const control = controlFor(schema);
      if (control.kind === 'none') none.push(where);
      if (control.kind === 'group') for (const [name, field] of control.properties) visit(field, `${where}.${name}`);
      if (control.kind === 'list') visit(control.item, `${where}[]`);
    };
    for (const spec of KINDS) visit(toJsonSchema(spec.schema(taxonomy)), spec.kind);
    expect(none).toEqual([]);
  });

  it('tells an id of the entry\'s own making from a reference', () => {
    expect(isOwnId(at(properties.steps!, 'items', 'properties', 'id'))).toBe(true);
    expect(isOwnId(properties.strand!)).toBe(false);
    expect(isOwnId(properties.title!)).toBe(false);
  });
});

describe('entriesWithParts', () => {
  it('finds the techniques whose action steps a sequence\'s steps may name, once each', () => {
    const sequence = schemaOf('sequences');
    const data = { title: 'T', steps: [{ technique: 'a', weeks: 1 }, { technique: 'b', step: 'x' }, { technique: 'a' }, { weeks: 2 }] };
    expect(entriesWithParts(sequence, data)).toEqual([
      { collection: 'techniques', id: 'a' },
      { collection: 'techniques', id: 'b' },
    ]);
    expect(entriesWithParts(technique, { title: 'T', related: ['a'] })).toEqual([]);
  });
});

describe('labels and help', () => {
  it('makes labels from field names', () => {
    expect(labelFor('lookFors')).toBe('Look-fors');
    expect(labelFor('evidencePrompt')).toBe('Evidence prompt');
    expect(labelFor('audience')).toBe('Audience');
  });
  it('gives a hint in a reader\'s words from the strings table, with the limits the schema sets, never the schema\'s own description', () => {
    expect(hintFor(['lookFors'], { type: 'array', minItems: 1, description: 'An id from content/x.yaml.' })).toBe('What an observer sees or hears when it works. At least one.');
    expect(hintFor(['steps'], { type: 'array', minItems: 3, maxItems: 7 })).toBe('In order. From 3 to 7.');
    expect(hintFor(['steps', 1, 'weeks'], { type: 'integer', minimum: 1, maximum: 52 })).toBe('How many weeks it lasts. A whole number from 1 to 52.');
    // A field inside another has the hint named after both, where the table has one.
    expect(hintFor(['evidence', 0, 'note'], { type: 'string' })).toBe('What the source shows about it, in a sentence.');
    expect(hintFor(['note'], { type: 'string' })).toBe('What the work is, for a reader deciding whether to read it.');
    expect(hintFor(['title'], { type: 'string', description: 'The technique\'s name.' })).toBe('');
    expect(hintFor(['scale', 0, 'value'], { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 })).toBe('The score. A whole number.');
  });
  it('lists every field name, and which are lists', () => {
    const keys = fieldKeysOf(technique);
    expect(keys.get('steps')).toEqual({ list: true });
    expect(keys.get('detail')).toEqual({ list: false });
  });
});

describe('dataInSchemaOrder', () => {
  it('puts fields in the schema\'s order, nested lists too, and keeps fields the schema lacks at the end', () => {
    const ordered = dataInSchemaOrder({ extra: 1, steps: [{ detail: 'D', title: 'T' }], title: 'X' }, technique);
    expect(Object.keys(ordered)).toEqual(['title', 'steps', 'extra']);
    expect(Object.keys((ordered.steps as Record<string, unknown>[])[0]!)).toEqual(['title', 'detail']);
  });
});

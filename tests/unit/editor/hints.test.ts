/**
 * The editor hints in the collections' schemas (src/schemas/editor-hints.ts) agree with the
 * collections' definitions: every field the content check reads as a reference (a definition's
 * `references`) is hinted as a reference into the same collection, and no other field is. An
 * entry with every field filled in is asked of the check's own reference table, as the editor once
 * did in the browser; now the schema says it, and this test keeps the two honest.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, schemaOf } from '../../../src/collections/index.ts';
import { referencesFrom } from '../../../src/engine/links.ts';
import { toJsonSchema, withoutEditorHints, yamlSchemaFiles, type JsonSchema } from '../../../src/engine/scaffold/json-schemas.ts';
import { controlFor } from '../../../src/engine/editor/form-schema.ts';

const taxonomy = { phases: ['primary'], subjects: ['maths'], components: ['c'] };

/** Data with every field the schema names filled in, each text unique. */
function probe(schema: JsonSchema, counter: { n: number }): unknown {
  const control = controlFor(schema);
  switch (control.kind) {
    case 'group':
      return Object.fromEntries(control.properties.map(([name, value]) => [name, probe(value, counter)]));
    case 'list':
      return [probe(control.item, counter)];
    case 'choices':
      return [control.values[0]];
    case 'choice':
      return control.values[0];
    case 'number':
    case 'year':
      return 1;
    case 'boolean':
      return false;
    case 'per-item':
      return {};
    default:
      return `probe-${++counter.n}`;
  }
}

const pattern = (path: readonly (string | number)[]) => path.map((key) => (typeof key === 'number' ? '*' : key)).join('/');

/** The fields the schema hints as references, as "path pattern -> collection". */
function hinted(schema: JsonSchema, path: string[] = [], found: string[] = []): string[] {
  const control = controlFor(schema);
  if (control.kind === 'reference') found.push(`${path.join('/')} -> ${control.collection}`);
  if (control.kind === 'group') for (const [name, field] of control.properties) hinted(field, [...path, name], found);
  if (control.kind === 'list') hinted(control.item, [...path, '*'], found);
  return found;
}

describe('editor hints', () => {
  it.each(COLLECTIONS.map((definition) => [definition.name, definition] as const))('%s: the hinted references are the references the check reads', (name, definition) => {
    const schema = toJsonSchema(schemaOf(definition, taxonomy));
    const data = probe(schema, { n: 0 });
    const read = referencesFrom({ collection: name, id: 'probe', data: Object.fromEntries(Object.entries(data as object)) }).map((reference) => `${pattern(reference.path)} -> ${reference.target}`);
    expect([...new Set(hinted(schema))].sort()).toEqual([...new Set(read)].sort());
  });

  it('finds references in most collections (the probe fills them in)', () => {
    const withReferences = COLLECTIONS.filter((definition) => hinted(toJsonSchema(schemaOf(definition, taxonomy))).length > 0);
    expect(withReferences.length).toBeGreaterThanOrEqual(8);
  });

  it('are left out of the published schemas/ files, which are for YAML editors', () => {
    const hint = /"editor":\{"control"/;
    expect(JSON.stringify(toJsonSchema(schemaOf(COLLECTIONS[0], taxonomy)))).toMatch(hint);
    expect(JSON.stringify(yamlSchemaFiles().map((file) => file.schema))).not.toMatch(hint);
    // And only the hints: a field called "editor" would stay.
    expect(withoutEditorHints({ properties: { editor: { type: 'string', editor: { control: 'long-text' } } } })).toEqual({ properties: { editor: { type: 'string' } } });
  });
});

/** The strings table's `fields` area names every field of every schema the editor edits, and every hint in it belongs to a field. */
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../../src/engine/scaffold/json-schemas.ts';
import { KINDS } from '../../../src/engine/editor/kinds.ts';
import { fieldKeysOf, itemNounFor, labelFor } from '../../../src/engine/editor/form-schema.ts';
import { fields } from '../../../src/strings/en/fields.ts';

const taxonomy = { phases: ['primary', 'secondary'], subjects: ['maths', 'art'], components: ['c', 'd'] };

/** Every field of every collection's schema and of playbook.yaml's, with whether it is a list. */
function allFields(): Map<string, { list: boolean; kinds: string[] }> {
  const all = new Map<string, { list: boolean; kinds: string[] }>();
  for (const kind of KINDS) {
    for (const [key, { list }] of fieldKeysOf(toJsonSchema(kind.schema(taxonomy)))) {
      const seen = all.get(key);
      all.set(key, { list: list || (seen?.list ?? false), kinds: [...(seen?.kinds ?? []), kind.kind] });
    }
  }
  return all;
}

describe('the fields area', () => {
  const all = allFields();

  it('finds the fields of every kind, nested ones too', () => {
    expect(all.size).toBeGreaterThan(50);
    for (const key of ['title', 'lookFors', 'evidencePrompt', 'descriptors', 'repository', 'branch']) expect(all.has(key), key).toBe(true);
    expect(all.get('steps')?.list).toBe(true);
  });

  it('has a label for every field of every schema, and a name for the items of every list', () => {
    const missing = [...all].flatMap(([key, { list, kinds }]) => [
      ...(typeof (fields as Record<string, unknown>)[key] === 'string' ? [] : [`${key} (in ${kinds.join(', ')})`]),
      ...(list && typeof (fields as Record<string, unknown>)[`${key}Item`] !== 'string' ? [`${key}Item (in ${kinds.join(', ')})`] : []),
    ]);
    expect(missing, 'add these keys to src/strings/en/fields.ts').toEqual([]);
  });

  it('holds nothing but those labels, item names and hints for fields that exist', () => {
    const expected = new Set([...all].flatMap(([key, { list }]) => (list ? [key, `${key}Item`] : [key])));
    const hints = Object.keys(fields).filter((key) => key.endsWith('Hint'));
    expect(Object.keys(fields).filter((key) => !expected.has(key) && !key.endsWith('Hint'))).toEqual([]);
    // A hint is `<key>Hint`, or `<parent><Key>Hint` for a field inside another: both names must be fields.
    const names = [...all.keys()];
    const isField = (hint: string) => {
      const name = hint.slice(0, -'Hint'.length);
      return all.has(name) || names.some((parent) => name.startsWith(parent) && all.has(name.charAt(parent.length).toLowerCase() + name.slice(parent.length + 1)));
    };
    expect(hints.filter((hint) => !isField(hint))).toEqual([]);
  });

  it('says nothing of files, commands or code in its hints', () => {
    for (const [key, value] of Object.entries(fields)) expect(String(value), key).not.toMatch(/content\/|\.ya?ml|\.mdx|npm |`/);
  });

  it('gives the labels and item names the editor shows', () => {
    expect(labelFor('lookFors')).toBe('Look-fors');
    expect(labelFor('url')).toBe('Web address');
    expect(labelFor('componentsModel')).toBe('Components model');
    expect(itemNounFor('lookFors', 'Look-fors')).toBe('look-for');
    expect(itemNounFor('evidence', 'Evidence')).toBe('source of evidence');
    expect(itemNounFor(undefined, 'Activities')).toBe('activity');
  });
});

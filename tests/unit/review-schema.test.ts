/**
 * src/schemas/review.ts: the engine-wide `review` field. Every collection's full schema
 * (`schemaOf`) has it without its folder declaring it; dates are YYYY-MM-DD and real; and an
 * unquoted date in YAML reaches the schema as text, since the reader has no timestamp type.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, schemaOf } from '../../src/collections/index.ts';
import { parseYaml } from '../../src/engine/read.node.ts';
import type { Taxonomy } from '../../src/schemas/common.ts';
import { engineFields } from '../../src/schemas/review.ts';
import { MINIMAL } from './minimal-entries.ts';

/** The taxonomy the minimal entries are written for. */
const taxonomy: Taxonomy = { phases: ['primary', 'secondary'], subjects: ['maths'], components: ['develop-expertise'] };

describe.each(COLLECTIONS.map((definition) => [definition.name, definition] as const))('%s: the review field', (name, definition) => {
  const schema = schemaOf(definition, taxonomy);
  const base = MINIMAL[name];

  it('is not in the collection\'s own schema, only in its full one', () => {
    const own = definition.schema(taxonomy);
    expect(own.safeParse({ ...base, review: { due: '2027-09-01' } }).success).toBe(false);
    expect(schema.safeParse(base).error?.issues).toBeUndefined();
  });

  it('accepts a due date and a note, and leaves an entry without one as it is', () => {
    const parsed = schema.safeParse({ ...base, review: { due: '2027-09-01', note: 'Check the new framework.' } });
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.review).toEqual({ due: '2027-09-01', note: 'Check the new framework.' });
    expect(schema.parse(base).review).toBeUndefined();
  });

  it('rejects a date in another form, a day that does not exist, and unknown fields', () => {
    for (const due of ['1/9/2027', '2027-9-1', '2027-02-30', 'next year']) {
      const issues = schema.safeParse({ ...base, review: { due } }).error?.issues ?? [];
      expect(issues.map((issue) => [issue.path.join('.'), issue.message]), due).toEqual([['review.due', 'a date written YYYY-MM-DD, like 2027-09-01']]);
    }
    expect(schema.safeParse({ ...base, review: { due: '2027-09-01', by: 'me' } }).success).toBe(false);
    expect(schema.safeParse({ ...base, review: {} }).success).toBe(false);
  });
});

describe('engine-wide fields', () => {
  it('describe their meaning, format and default', () => {
    const review = engineFields().review;
    expect(review.description).toMatch(/YYYY-MM-DD/);
    expect(review.description).toMatch(/Default: no review date/);
  });

  it('an unquoted YAML date reaches the schema as text', () => {
    const { data, problems } = parseYaml('review:\n  due: 2027-09-01\n', 'content/techniques/x.mdx');
    expect(problems).toEqual([]);
    expect(data).toEqual({ review: { due: '2027-09-01' } });
  });
});

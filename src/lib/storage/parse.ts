/**
 * The parse of a browser file's `zod/mini` schema, for a versioned format (versioned.ts): zod's
 * `safeParse` with `PARSE_OPTIONS`, so problems are said in plain words and nothing is built with
 * eval. A module of its own, so that code whose schemas are full zod (the editor's drafts) reads
 * versioned documents without loading `zod/mini`'s copy of zod's core as well.
 */
import { safeParse, type output } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { PARSE_OPTIONS } from './issues.ts';
import type { Parse } from './versioned.ts';

/** `parseWith(schema)(value)`: the value as the schema outputs it, or the problems found. */
export function parseWith<Schema extends $ZodType>(schema: Schema): Parse<output<Schema>> {
  return (value) => safeParse(schema, value, PARSE_OPTIONS);
}

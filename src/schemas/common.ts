/**
 * Building blocks shared by every collection schema.
 *
 * Every schema is a factory that takes the playbook's taxonomy (phases, subjects and
 * improvement-model components from `content/playbook.yaml`), because those lists are the
 * playbook's own: a fork that adds a phase gets it accepted everywhere, and an entry naming a
 * phase the playbook does not have is an error.
 */
import { z } from 'astro/zod';
import { longText, referenceTo } from './editor-hints.ts';
import { ID_PATTERN } from './id-pattern.ts';

export { ID_PATTERN };

/** Text that must have something in it once surrounding spaces are trimmed. */
export const text = () => z.string().trim().min(1);

/** An id: lower-case words joined by hyphens. */
export const id = () => z.string().regex(ID_PATTERN, 'an id in lower-case words joined by hyphens, like "cold-call"');

/**
 * A reference to an entry of `collection` (its name in the registry) by its id; whether it exists
 * is checked after every entry is read. The editor offers that collection's entries to choose from.
 */
export const ref = (what: string, collection: string) => id().meta(referenceTo(collection)).describe(`The id of ${what}.`);

/** A list of references to entries of `collection`, empty by default. */
export const refs = (what: string, collection: string) => z.array(ref(what, collection)).default([]).describe(`Ids of ${what}. Default: none.`);

/** Values that one of the playbook's taxonomies allows, by id. */
export function oneOf(values: readonly string[], what: string) {
  if (values.length === 0) {
    // z.enum needs at least one value; an empty taxonomy accepts nothing.
    return z.never().describe(`${what}: the playbook defines none`);
  }
  return z.enum(values as [string, ...string[]]).describe(`One of the ${what} in content/playbook.yaml: ${values.join(', ')}.`);
}

/** The lists of allowed values that come from `content/playbook.yaml`. */
export interface Taxonomy {
  /** Phase ids, such as `primary`. */
  phases: readonly string[];
  /** Subject ids, such as `maths`. */
  subjects: readonly string[];
  /** Improvement-model component ids, such as `develop-expertise`. */
  components: readonly string[];
}

/** A citation: a source id from `content/sources.yaml` and what it supports. */
export const evidence = () =>
  z
    .object({
      source: ref('a source in content/sources.yaml', 'sources'),
      note: text().meta(longText).describe('What the source shows about this entry, in a sentence.'),
    })
    .strict();

/** Source ids an entry draws on; at least one. */
export const sources = () =>
  z.array(ref('a source in content/sources.yaml', 'sources')).min(1).describe('Ids of the sources this entry draws on, from content/sources.yaml. At least one.');

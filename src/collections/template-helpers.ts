/**
 * Helpers for the collections' scaffold templates (`src/collections/<name>/template.ts`): every
 * required field of a new entry is filled with a placeholder that passes the content check: text
 * says what to write (and starts with "TODO" so an author can find it), references name an entry
 * that exists, and lists have the fewest items the schema allows.
 */
import type { ScaffoldContext } from './define.ts';

/** A new entry cannot be made yet, because the playbook lacks something it must name. */
export class ScaffoldError extends Error {}

/** The text of every placeholder starts with this, so `grep -rn TODO content/` finds them. */
export const TODO = 'TODO';

/** A short list of ids for a note: the first few, then how many more. */
export function idList(ids: readonly string[], limit = 12): string {
  const shown = ids.slice(0, limit).join(', ');
  return ids.length > limit ? `${shown} and ${ids.length - limit} more` : shown;
}

/** The first entry of a collection, which a new entry names as a placeholder; a ScaffoldError when there is none. */
export function first(context: ScaffoldContext, collection: string, singular: string, needs: string, route: string): string {
  const id = context.ids[collection]?.[0];
  if (id === undefined) {
    throw new ScaffoldError(`${needs}, and the playbook has no ${singular} yet. Add one first: npm run new -- ${route} "Its title"`);
  }
  return id;
}

/** The first source: every entry that cites names one. */
export function firstSource(context: ScaffoldContext, needs: string): string {
  return first(context, 'sources', 'source', needs, 'sources');
}

export function sourceNote(context: ScaffoldContext): string {
  return `Placeholder: change it to the source you draw on. Sources in this playbook: ${idList(context.ids.sources ?? [])}. Add one with: npm run new -- sources "Its title"`;
}

export function termsNote(what: string, ids: readonly string[]): string {
  return ids.length > 0 ? `${what} in this playbook: ${idList(ids, 20)}.` : `This playbook has no ${what.toLowerCase()} yet: add them to content/playbook.yaml.`;
}

/** The body of a new MDX entry that has no required body. */
export const MDX_BODY = (singular: string) =>
  `{/* Optional: more about this ${singular}, in Markdown, shown on its page below the fields. Delete this line if there is nothing to add. */}\n`;

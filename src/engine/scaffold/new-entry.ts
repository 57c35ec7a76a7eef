/**
 * The pure part of `npm run new -- <collection> "<title>"`: which collection an argument names,
 * the id a title makes, and the text to write. scripts/new-entry.ts does the reading and writing.
 */
import { isSeq, parseDocument } from 'yaml';
import { ID_PATTERN } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../collections/index.ts';
import type { AnyDefinition } from '../../collections/define.ts';
import { slugify } from '../../lib/content/step-id.ts';
import { entryJsonSchema } from './json-schemas.ts';
import { renderScaffold } from './render.ts';
import { scaffold, ScaffoldError, type ScaffoldContext } from './templates.ts';

function kebab(text: string): string {
  return text
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

/**
 * The collection an argument names. Accepts its route (`case-studies`), its name (`caseStudies`),
 * or its singular (`case-study`, `technique`), in any case.
 */
export function resolveCollection(argument: string): AnyDefinition | undefined {
  const wanted = kebab(argument);
  if (wanted === '') return undefined;
  return COLLECTIONS.find((spec: AnyDefinition) => [spec.route, kebab(spec.name), kebab(spec.labels.singular), kebab(spec.labels.plural)].includes(wanted));
}

/** The collections `npm run new` takes, as written on its command line. */
export const COLLECTION_ARGUMENTS = COLLECTIONS.map((spec) => spec.route);

/** The id a title makes: lower-case words joined by hyphens. Throws ScaffoldError when there is none. */
export function idFromTitle(title: string): string {
  const id = slugify(title);
  if (!ID_PATTERN.test(id)) {
    throw new ScaffoldError(`The title ${JSON.stringify(title)} has no letters or digits to make an id from. Give a title in words, like "Cold call".`);
  }
  return id;
}

/** Where a new entry goes, relative to the content folder: `techniques/cold-call.mdx`, or the list file. */
export function entryFile(spec: AnyDefinition, id: string): string {
  if (spec.format === 'yaml-list') return spec.path;
  return `${spec.path}/${id}.${spec.format === 'mdx' ? 'mdx' : 'yaml'}`;
}

function heading(spec: AnyDefinition, title: string): string[] {
  const lines = [
    `A new ${spec.labels.singular}: ${JSON.stringify(title)}.`,
    'Replace every TODO, change the placeholders, then run `npm run check`.',
    'Each field is described above it; every field of every collection is in docs/frontmatter.md.',
  ];
  if (spec.format === 'mdx') lines.push('The file name is the id: rename the file to change it.');
  if (spec.format === 'yaml') lines.push('The file name is the id.');
  return lines;
}

/** The text of a new entry (for a list collection, the item to append) titled `title`. */
export function newEntryText(spec: AnyDefinition, title: string, id: string, context: ScaffoldContext): string {
  const made = scaffold(spec.name, title, id, context);
  return renderScaffold(made, { format: spec.format, schema: entryJsonSchema(spec.name, context.taxonomy), heading: heading(spec, title) });
}

/**
 * A list file with `item` added at its end. `existing` is the file's text, or undefined when it
 * does not exist yet. Comments and formatting already in the file are kept as they are.
 */
export function appendToList(existing: string | undefined, item: string, file: string): string {
  if (existing === undefined || existing.trim() === '') return item;
  const doc = parseDocument(existing);
  if (doc.errors.length > 0) throw new ScaffoldError(`${file} is not valid YAML: run \`npm run check\` to see where, and fix it first.`);
  const contents = doc.contents;
  if (contents === null) return `${existing.trimEnd()}\n\n${item}`;
  if (!isSeq(contents)) throw new ScaffoldError(`${file} should be a YAML list ("- id: …" items), and it is not: fix it first.`);
  if (contents.flow) {
    if (contents.items.length === 0) return `${existing.replace(/\[\s*\]\s*$/, '').trimEnd()}\n\n${item}`.trimStart();
    throw new ScaffoldError(`${file} is written as a list in brackets ([…]). Write it with one "- " item a line, then run this again.`);
  }
  return `${existing.trimEnd()}\n\n${item}`;
}

/** The ids in a list file's text, for refusing to add one that is there already. */
export function idsInList(existing: string | undefined): string[] {
  if (existing === undefined) return [];
  const data: unknown = parseDocument(existing).toJS();
  if (!Array.isArray(data)) return [];
  return data.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined)).filter((id): id is string => typeof id === 'string');
}

/**
 * The guard on a body's HTML: the sanitiser (hast-util-sanitize, with safe-html-schema.ts) makes
 * the body safe, and each element, attribute or address it removed becomes one problem, naming
 * the line and what is allowed. The sanitiser alone decides what goes; this module only compares
 * the body before and after, element by element (each keeps its place in the file), and puts the
 * difference into words. The check reports the problems and the renderer publishes the safe tree.
 */
import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { SAFE_HTML_SCHEMA } from './safe-html-schema.ts';
import { SITE_FILE_EXPECTED } from './site-file.ts';

/** Something the sanitiser took out of a body: a whole element, or one attribute of an element it kept. */
export interface Removal {
  /** The body line (from 1) the element starts on. */
  line: number;
  /** The element, as `<iframe>`, or its attribute, as `<a>.href`. */
  what: string;
  expected: string;
  found: string;
}

export interface Guarded {
  /** The body as the sanitiser left it. */
  safe: Root;
  removals: Removal[];
}

type Definition = NonNullable<Schema['attributes']>[string][number];
type Value = Element['properties'][string];

/** The place of an element in the file, which the sanitiser keeps: the same place is the same element. */
function placeOf(element: Element): string | undefined {
  const { start, end } = element.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? undefined : `${element.tagName}@${start.offset}-${end.offset}`;
}

/** The attribute as an author writes it: `onerror`, `srcset`, `class`. */
function attributeName(property: string): string {
  return find(html, property).attribute;
}

function listWords(items: readonly string[], last = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function definitionOf(schema: Schema, tagName: string, property: string): Definition | undefined {
  const named = (definitions: readonly Definition[] | undefined) => definitions?.find((definition) => (typeof definition === 'string' ? definition : definition[0]) === property);
  return named(schema.attributes?.[tagName]) ?? named(schema.attributes?.['*']);
}

/** An attribute's value as written, quoted so a tab or a line break shows: `="java\tscript:x"`. */
function valueWords(value: Value): string {
  if (value === true) return '';
  const text = JSON.stringify(Array.isArray(value) ? value.join(' ') : String(value));
  return `=${text.length > 80 ? `${text.slice(0, 76)}..."` : text}`;
}

/** What the elements authors most often paste would do, to say why a body cannot have them. */
const WHY_NOT: Record<string, string> = {
  script: 'which would run code on the page',
  style: 'which would restyle the page: a body takes its look from the playbook',
  iframe: 'which would show another site in the page: link to it instead, like [the video](https://...)',
};
for (const tagName of ['video', 'audio', 'object', 'embed', 'picture', 'source']) {
  WHY_NOT[tagName] = 'which would load from another host or run a plugin: link to it instead, like [the video](https://...)';
}

/** What an element may be, when the sanitiser removed it. */
function elementExpected(schema: Schema, tagName: string): { expected: string; found: string } {
  const ancestors = schema.ancestors?.[tagName];
  if (schema.tagNames?.includes(tagName) && ancestors) {
    return { expected: `<${tagName}> inside ${listWords(ancestors.map((name) => `<${name}>`))}`, found: `<${tagName}> outside it` };
  }
  const why = Object.hasOwn(WHY_NOT, tagName) ? `, ${WHY_NOT[tagName]}` : '';
  return { expected: 'Markdown, <Example> or an HTML element bodies allow (the list is in README.md, "HTML in bodies")', found: `<${tagName}>${why}` };
}

/** The HTML elements bodies allow, as README.md lists them: `<a>`, `<abbr>`... */
export function allowedElements(schema: Schema = SAFE_HTML_SCHEMA): string[] {
  return [...(schema.tagNames ?? [])].sort().map((name) => `<${name}>`);
}

/** What an attribute may be, when the sanitiser removed it (or some of its values). */
function attributeExpected(schema: Schema, tagName: string, property: string): string {
  const attribute = attributeName(property);
  if (/^on[A-Z]/.test(property)) return 'no event-handler attribute (bodies run no script)';
  if (property === 'style') return 'no style attribute (a body takes its look from the playbook, and a style can load from another host)';
  if (property === 'srcSet') return 'no srcset: an image is one file in public/, given in src as an address starting with "/" (pages load nothing from another host)';
  const definition = definitionOf(schema, tagName, property);
  if (tagName === 'img' && property === 'src') return SITE_FILE_EXPECTED;
  const protocols = schema.protocols?.[property];
  if (definition && protocols?.length) {
    return `an address on this site, like "/techniques/" or "#steps", or one starting ${listWords(protocols.map((protocol) => `${protocol}:`))} (no script or data address)`;
  }
  if (typeof definition === 'object' && definition.length > 1) {
    return `${attribute} ${listWords(definition.slice(1).map((value) => (value instanceof RegExp ? `matching ${String(value)}` : JSON.stringify(value))))}`;
  }
  const own = (schema.attributes?.[tagName] ?? []).map((definition) => attributeName(typeof definition === 'string' ? definition : definition[0]));
  const common = ['id', 'title', 'lang', 'dir', 'width', 'height'];
  return `an attribute <${tagName}> may have: ${own.length > 0 ? `${own.join(', ')}, or ` : ''}one any element may have, such as ${listWords(common)}`;
}

/**
 * What the sanitiser dropped of an attribute's value: all of it, or the items of a list (like
 * class) it did not keep. A value it only prefixed (an id, against clobbering) is kept.
 */
function droppedValue(before: Value, after: Value, prefix: string): Value | undefined {
  const same = (value: unknown, kept: unknown) => kept === value || kept === `${prefix}${String(value)}`;
  if (after === undefined || after === null) return before;
  if (!Array.isArray(before)) return same(before, after) ? undefined : before;
  const kept = Array.isArray(after) ? after : [after];
  const dropped = before.filter((item) => !kept.some((candidate) => same(item, candidate)));
  return dropped.length > 0 ? dropped : undefined;
}

/**
 * Sanitises a body's tree and lists what went. Elements the renderer made without a place in the
 * file (a table's body, a footnote list) are not the author's writing and are not compared.
 */
export function guardHtml(tree: Root, schema: Schema = SAFE_HTML_SCHEMA): Guarded {
  const safe = sanitize(tree, schema) as Root;
  const kept = new Map<string, Element>();
  visit(safe, 'element', (element: Element) => {
    const place = placeOf(element);
    if (place) kept.set(place, element);
  });
  const removals: Removal[] = [];
  visit(tree, 'element', (element: Element) => {
    const place = placeOf(element);
    if (!place) return;
    const line = element.position!.start.line;
    const { tagName } = element;
    const after = kept.get(place);
    if (!after) {
      removals.push({ line, what: `<${tagName}>`, ...elementExpected(schema, tagName) });
      // A stripped element goes with everything in it: one mistake, one problem.
      return schema.strip?.includes(tagName) ? SKIP : undefined;
    }
    for (const [property, value] of Object.entries(element.properties)) {
      const dropped = droppedValue(value, after.properties[property], schema.clobberPrefix ?? '');
      if (dropped === undefined) continue;
      const attribute = attributeName(property);
      removals.push({ line, what: `<${tagName}>.${attribute}`, expected: attributeExpected(schema, tagName, property), found: `${attribute}${valueWords(dropped)}` });
    }
    return undefined;
  });
  return { safe, removals };
}

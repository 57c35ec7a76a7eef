/**
 * What HTML an entry's body may hold, as a schema for the sanitiser hast-util-sanitize (the one
 * rehype-sanitize runs). It starts from the library's `defaultSchema`, which follows how GitHub
 * cleans the Markdown people write in issues and READMEs: no script, no event handlers, no
 * styles, no frames, media or objects, and links only to http:, https:, mailto:, irc:, ircs:
 * and xmpp: addresses or to this site. Our changes, each because a page here must load nothing
 * from another host or because the engine renders it:
 *
 * - `<img src>` must be a file of this site (site-file.ts), where GitHub allows any http(s) image;
 * - `<picture>` and `<source>` are left out: their `srcset` would load from another host;
 * - `<section class="example" data-phase data-subject>` is how the engine renders an `<Example>`;
 * - `<caption>` (inside a table) is how a "Table:" paragraph becomes a table's caption;
 * - `<abbr title>` spells out an abbreviation (ECT, ITT) for readers and screen readers;
 * - `<style>` is dropped with its text, as `<script>` is, since the text is CSS, not words.
 *
 * The content check reports each element, attribute or address this schema removes
 * (safe-html.ts), and the renderer applies it to every body as a second guard.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { SITE_FILE_ADDRESS } from './site-file.ts';

type Definition = NonNullable<Schema['attributes']>[string][number];

const github = {
  tagNames: defaultSchema.tagNames ?? [],
  attributes: defaultSchema.attributes ?? {},
  ancestors: defaultSchema.ancestors ?? {},
  strip: defaultSchema.strip ?? [],
};

/** The attribute's name in a schema entry: "href", or the first item of ["className", "footnotes"]. */
function nameOf(definition: Definition): string {
  return typeof definition === 'string' ? definition : definition[0];
}

/** GitHub's attributes for one element, with `replaced` put in place of those of the same name. */
function attributesOf(tagName: string, replaced: readonly Definition[], removed: readonly string[] = []): Definition[] {
  const names = new Set([...replaced.map(nameOf), ...removed]);
  return [...(github.attributes[tagName] ?? []).filter((definition) => !names.has(nameOf(definition))), ...replaced];
}

const LEFT_OUT = new Set(['picture', 'source']);

export const SAFE_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...github.tagNames.filter((tagName) => !LEFT_OUT.has(tagName)), 'caption', 'abbr'],
  ancestors: { ...github.ancestors, caption: ['table'] },
  attributes: {
    ...Object.fromEntries(Object.entries(github.attributes).filter(([tagName]) => !LEFT_OUT.has(tagName))),
    // longDesc is a second address for the image, which nothing here needs.
    img: attributesOf('img', [['src', SITE_FILE_ADDRESS]], ['longDesc']),
    section: attributesOf('section', [['className', 'footnotes', 'example'], 'dataPhase', 'dataSubject']),
  },
  strip: [...github.strip, 'style'],
};

/**
 * Long prose from the strings table, with its inline markup: a tiny, safe formatter for the few
 * marks a paragraph of the guide or the accessibility statement needs. A string never holds HTML;
 * it holds these marks, and this module writes the HTML, escaping every character of the text:
 *
 *   `npm run check`        code:        <code>npm run check</code> (taken as it is, but {name}s are filled in)
 *   **Commit changes**     strong:      <strong>Commit changes</strong>
 *   "Edit this page"       a quotation: <q>Edit this page</q> (the browser gives the language's own quotation marks)
 *   [the editor]{editor}   a link:      <a href="…">the editor</a>, to the address the code gives as `links.editor`
 *   [Commit changes]{lang=en}  words in another language: <span lang="en">Commit changes</span>, so
 *                          a screen reader says them in that language (a French guide naming GitHub's English buttons)
 *   {name}                 a value the code fills in, as text (or as HTML the code itself made)
 *
 * Strong, quotations and link texts may hold the other marks. A mark that is not closed is text. A
 * link or value the code does not give is left as the text it holds (a link) or as written (a
 * value), so a mistake shows on the page instead of breaking it. `{link}` names are placeholders, so
 * the content check makes a translation keep them.
 */
import { formatNumber } from './format.ts';

export interface InlineValues {
  /** Values written as text, escaped: `{name}` → "Oak Trust". Numbers are written in the playbook's language. */
  values?: Record<string, string | number>;
  /** Values that are HTML the code made (never text from a string or a file): `{page}` → `<span class="pageNumber"></span>`. */
  html?: Record<string, string>;
  /** The address of each link: `[the editor]{editor}` → `links.editor`. */
  links?: Record<string, string>;
}

/** Text as HTML: every character that could be markup escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CODE = /^`([^`]+)`/;
const STRONG = /^\*\*([\s\S]+?)\*\*/;
const QUOTE = /^"([^"]+)"/;
const LINK = /^\[([^\]]+)\]\{(\w+)\}/;
const VALUE = /^\{(\w+)\}/;
const OTHER_LANGUAGE = /^\[([^\]]+)\]\{lang=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/;

function value(name: string, given: InlineValues): string {
  const html = given.html?.[name];
  if (html !== undefined) return html;
  const text = given.values?.[name];
  if (text === undefined) return escapeHtml(`{${name}}`);
  return escapeHtml(typeof text === 'number' ? formatNumber(text) : text);
}

/** The text of a code mark: literal, except for the values filled in. */
function codeText(text: string, given: InlineValues): string {
  return text.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? value(part.slice(1, -1), given) : escapeHtml(part))).join('');
}

/** The template as HTML (see the module comment for its marks). */
export function inline(template: string, given: InlineValues = {}): string {
  let out = '';
  let plain = '';
  const flush = () => {
    out += escapeHtml(plain);
    plain = '';
  };
  let rest = template;
  while (rest.length > 0) {
    let match: RegExpExecArray | null;
    if ((match = CODE.exec(rest))) {
      flush();
      out += `<code>${codeText(match[1]!, given)}</code>`;
    } else if ((match = STRONG.exec(rest))) {
      flush();
      out += `<strong>${inline(match[1]!, given)}</strong>`;
    } else if ((match = QUOTE.exec(rest))) {
      flush();
      out += `<q>${inline(match[1]!, given)}</q>`;
    } else if ((match = OTHER_LANGUAGE.exec(rest))) {
      flush();
      out += `<span lang="${escapeHtml(match[2]!)}">${inline(match[1]!, given)}</span>`;
    } else if ((match = LINK.exec(rest))) {
      flush();
      const href = given.links?.[match[2]!];
      const text = inline(match[1]!, given);
      out += href === undefined ? text : `<a href="${escapeHtml(href)}">${text}</a>`;
    } else if ((match = VALUE.exec(rest))) {
      flush();
      out += value(match[1]!, given);
    } else {
      plain += rest[0];
      rest = rest.slice(1);
      continue;
    }
    rest = rest.slice(match[0].length);
  }
  flush();
  return out;
}

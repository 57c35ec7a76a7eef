/**
 * A strings-table sentence cut at its placeholders, for code that puts an element (a link, a
 * <time>, a <kbd>) where a placeholder is: "Last changed {date}" gives ["Last changed ", {name:
 * "date"}, ""]. The text parts are filled in with `values` as `format` does, so one sentence can
 * hold both elements and plain values, in whatever order a translation puts them.
 */
import { format } from '../strings/index.ts';
import type { Values } from '../strings/format.ts';

export type TemplatePart = string | { name: string };

/**
 * The sentence as text parts and the named placeholders (`names`, or every placeholder when not
 * given) between them; other placeholders are filled in from `values`.
 */
export function templateParts(template: string, names?: readonly string[], values: Values = {}): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let rest = template;
  const pattern = new RegExp(`\\{(${names ? names.join('|') : '\\w+'})\\}`);
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    parts.push(format(rest.slice(0, match.index), values), { name: match[1]! });
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(format(rest, values));
  return parts;
}

/**
 * A string of the table split around its placeholders, so that a page can put an element (a link,
 * a piece of code) where a placeholder stands and a translation can still order the sentence.
 */
export type TemplatePart = { text: string } | { name: string };

/** "Open {file} here" → [{ text: "Open " }, { name: "file" }, { text: " here" }]; empty texts are left out. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * A technique's worked examples, as the editor's sub-forms see them: its MDX body is a run of
 * `<Example phase="…" subject="…" title="…">` blocks, each holding Markdown. A body is edited as
 * examples only when writing the examples back gives exactly the same text; any other body is
 * edited as Markdown, so nothing an author wrote is ever lost.
 */
export interface WorkedExample {
  phase: string;
  /** "" for none. */
  subject: string;
  title: string;
  /** Markdown. */
  text: string;
}

const BLOCK = /<Example((?:\s+[a-z]+=(?:"[^"]*"|'[^']*'))*)\s*>\n\n([\s\S]*?)\n\n<\/Example>/g;
const ATTRIBUTE = /([a-z]+)=(?:"([^"]*)"|'([^']*)')/g;

/** An attribute value in quotes MDX can read: double quotes, or single where the value has a double quote. */
function quote(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/"/g, '”')}"`;
}

export function exampleBlock(example: WorkedExample): string {
  const subject = example.subject ? ` subject=${quote(example.subject)}` : '';
  return `<Example phase=${quote(example.phase)}${subject} title=${quote(example.title)}>\n\n${example.text.trim()}\n\n</Example>`;
}

/** The body for a list of examples, laid out as the playbook's files are. */
export function bodyFromExamples(examples: readonly WorkedExample[]): string {
  if (examples.length === 0) return '';
  return `\n${examples.map(exampleBlock).join('\n\n')}\n`;
}

/** The examples in a body, or undefined when the body is more than examples (then edit it as Markdown). */
export function examplesFromBody(body: string): WorkedExample[] | undefined {
  if (body.trim() === '') return [];
  const examples: WorkedExample[] = [];
  for (const match of body.matchAll(BLOCK)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(ATTRIBUTE)) attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? '';
    examples.push({ phase: attributes.phase ?? '', subject: attributes.subject ?? '', title: attributes.title ?? '', text: match[2] ?? '' });
  }
  return bodyFromExamples(examples) === body ? examples : undefined;
}

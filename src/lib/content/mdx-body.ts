/**
 * Checks the body of an MDX entry: that it parses as MDX, and that its components are used
 * with values the playbook allows (an `<Example>` names a phase and subject from the taxonomy).
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Taxonomy } from '../../schemas/common.ts';
import { describeFound, type Problem } from './problem.ts';

/** A worked example found in a body: `<Example phase="primary" subject="maths" title="…">`. */
export interface ExampleUse {
  phase?: string;
  subject?: string;
  title?: string;
  line: number;
}

/** The components an entry body may use, with the attributes each requires. */
export const BODY_COMPONENTS = {
  Example: { required: ['phase', 'title'], optional: ['subject'] },
} as const;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number } };
}

function attributeText(node: JsxNode, name: string): string | undefined {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Parses an MDX body. `file` names it in problems; `bodyLine` is the file line the body starts on,
 * so that line numbers match the file an author has open.
 */
export function checkMdxBody(body: string, file: string, bodyLine: number, taxonomy: Taxonomy | undefined): { problems: Problem[]; examples: ExampleUse[] } {
  const problems: Problem[] = [];
  const examples: ExampleUse[] = [];
  let tree;
  try {
    tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body);
  } catch (error) {
    const message = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = message.reason ?? message.message ?? '';
    // Some errors (an unclosed tag) carry their position only in the text: "(5:1-5:20)".
    const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const bodyLineOfError = message.line ?? (place ? Number(place[1]) : 1);
    const column = message.column ?? (place ? Number(place[2]) : undefined);
    const line = bodyLineOfError + bodyLine - 1;
    const where = column ? `line ${line}, column ${column}` : `line ${line}`;
    problems.push({ file, field: `body (${where})`, expected: 'valid MDX (close every tag; write a literal "<" or "{" as "\\<" or "\\{")', found: JSON.stringify(reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '') || 'a syntax error') });
    return { problems, examples };
  }
  visit(tree, (node) => {
    const jsx = node as unknown as JsxNode;
    if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return;
    const line = (jsx.position?.start.line ?? 1) + bodyLine - 1;
    const name = jsx.name ?? '';
    if (!/^[A-Z]/.test(name)) return; // plain HTML elements are fine
    if (!(name in BODY_COMPONENTS)) {
      problems.push({ file, field: `body (line ${line})`, expected: `one of the components ${Object.keys(BODY_COMPONENTS).map((known) => `<${known}>`).join(', ')}`, found: `<${name}>` });
      return;
    }
    const example: ExampleUse = { phase: attributeText(jsx, 'phase'), subject: attributeText(jsx, 'subject'), title: attributeText(jsx, 'title'), line };
    examples.push(example);
    const field = `body (line ${line}) <Example>`;
    if (!example.title?.trim()) problems.push({ file, field: `${field}.title`, expected: 'text', found: describeFound(example.title) });
    if (!example.phase) problems.push({ file, field: `${field}.phase`, expected: 'a phase id from content/playbook.yaml', found: 'nothing' });
    else if (taxonomy && !taxonomy.phases.includes(example.phase)) {
      problems.push({ file, field: `${field}.phase`, expected: `one of ${taxonomy.phases.map((phase) => JSON.stringify(phase)).join(', ')}`, found: JSON.stringify(example.phase) });
    }
    if (example.subject && taxonomy && !taxonomy.subjects.includes(example.subject)) {
      problems.push({ file, field: `${field}.subject`, expected: `one of ${taxonomy.subjects.map((subject) => JSON.stringify(subject)).join(', ')}`, found: JSON.stringify(example.subject) });
    }
  });
  return { problems, examples };
}

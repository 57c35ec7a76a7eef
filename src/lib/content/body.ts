/**
 * An entry's body: Markdown (with GitHub's tables and lists) and `<Example>` blocks, in an `.mdx`
 * file. It is parsed once, here: the content check reads the problems, and the build takes the
 * HTML, so no body is compiled twice and none becomes a JavaScript module.
 *
 * The body language is MDX's syntax without its JavaScript: the components in BODY_COMPONENTS and
 * the safe subset of HTML that safe-html-schema.ts allows (GitHub's); `import`, `export` and
 * `{expressions}` are reported, since nothing would run them, and so is each element, attribute
 * or address the sanitiser removes. The HTML the build publishes is the sanitiser's output.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, Root as MdastRoot, Table } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describeFound, placeProblem, type Problem } from '../../core/problem.ts';
import { typeset } from './typography.ts';
import type { ExampleUse } from './examples-metadata.ts';
import { guardHtml } from './safe-html.ts';
import { isSiteFileAddress } from './site-file.ts';

const CAPTION = /^Table:\s*/;

/**
 * A paragraph that starts "Table:" just before a table is that table's caption (the convention
 * Pandoc uses), so a Markdown table can say what it shows, as every data table should.
 */
function captionTables(tree: MdastRoot): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children;
    for (let i = children.length - 2; i >= 0; i--) {
      const paragraph = children[i]!;
      const table = children[i + 1]!;
      if (paragraph.type !== 'paragraph' || table.type !== 'table') continue;
      const first = paragraph.children[0];
      if (first?.type !== 'text' || !CAPTION.test(first.value)) continue;
      captions.set(table, { ...paragraph, children: [{ ...first, value: first.value.replace(CAPTION, '') }, ...paragraph.children.slice(1)] });
      children.splice(i, 1);
    }
  });
}

/** The caption of each table found by captionTables: the paragraph, without its "Table:". */
const captions = new WeakMap<Table, Paragraph>();

/** A table, with its caption first when it has one. */
function tableWithCaption(state: State, node: Table): Element {
  const table = defaultHandlers.table(state, node);
  const caption = captions.get(node);
  if (caption) table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: state.all(caption) });
  return table;
}

/** The components an entry body may use, with the attributes each requires. */
export const BODY_COMPONENTS = {
  Example: { required: ['phase', 'title'], optional: ['subject'] },
} as const;

/** What a body needs to know of the playbook: the ids it may use, and the words to show for them. */
export interface BodyTerms {
  phases: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, string>;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A file a body shows (an image), by the address written, and the file line it is on. */
export interface FileUse {
  url: string;
  line: number;
}

export interface BodyResult {
  problems: Problem[];
  examples: ExampleUse[];
  /** The images it shows; the check makes sure each is a file in public/. */
  files: FileUse[];
  /** The body as HTML; empty when it could not be parsed. */
  html: string;
  headings: Heading[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
// GitHub's tables and autolinks never make a body invalid or hide an <Example>, so the check alone parses without them.
const checker = unified().use(remarkParse).use(remarkMdx).freeze();

// An expression that holds only a comment, as MDX writes a note to authors.
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attributeText(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function plainText(children: readonly ElementContent[]): string {
  return children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? plainText(child.children) : '')).join('');
}

/** The problem for a body that does not parse, with the line and column in the file. */
function syntaxProblem(error: unknown, file: string, bodyLine: number): Problem {
  const message = error as { line?: number; column?: number; reason?: string; message?: string };
  const reason = message.reason ?? message.message ?? '';
  // Some errors (an unclosed tag) carry their position only in the text: "(5:1-5:20)".
  const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const line = (message.line ?? (place ? Number(place[1]) : 1)) + bodyLine - 1;
  const column = message.column ?? (place ? Number(place[2]) : undefined);
  const where = column ? `line ${line}, column ${column}` : `line ${line}`;
  return placeProblem(file, `body (${where})`, 'valid MDX (close every tag; write a literal "<" or "{" as "\\<" or "\\{")', JSON.stringify(reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '') || 'a syntax error'), line, { rule: 'markup' });
}

/** The attributes of an HTML element written in a body, as hast properties (`class` as `className`, `onerror` as `onError`). */
function propertiesOf(node: JsxElement): Properties {
  const attributes: [string, string | boolean][] = [];
  for (const attribute of node.attributes) {
    // An attribute in {braces} is already a problem; it has no value to keep.
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) continue;
    attributes.push([attribute.name, attribute.value ?? true]);
  }
  return h('div', Object.fromEntries(attributes)).properties;
}

/** The start of a node in the body, which the elements made from it keep through the sanitiser. */
function offsetOf(node: { position?: { start: { offset?: number } } }): number | undefined {
  return node.position?.start.offset;
}

/** The worked example's setting, title and anchor, added to the section the sanitiser kept for it. */
function decorateExample(section: Element, example: ExampleUse, terms: BodyTerms | undefined): void {
  const setting = [terms?.phases.get(example.phase!) ?? example.phase, example.subject ? (terms?.subjects.get(example.subject) ?? example.subject) : undefined].filter(Boolean).join(' · ');
  const { className, ...rest } = section.properties;
  section.properties = { className, id: example.anchor, ...rest };
  section.children.unshift(
    { type: 'element', tagName: 'p', properties: { className: ['eyebrow'] }, children: [{ type: 'text', value: `Worked example · ${setting}` }] },
    { type: 'element', tagName: 'h3', properties: { id: `${example.anchor}-title` }, children: [{ type: 'text', value: example.title ?? '' }] },
  );
}

/**
 * The sanitiser puts "user-content-" before an id an author wrote (so that no id can stand for
 * one of the page's own), as GitHub does; a link in the body to "#that-id" follows it there.
 */
function followPrefixedIds(tree: HastRoot): void {
  const ids = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  visit(tree, 'element', (element: Element) => {
    const href = element.properties.href;
    if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = href.slice(1);
    if (!ids.has(target) && ids.has(`user-content-${target}`)) element.properties.href = `#user-content-${target}`;
  });
}

/**
 * Parses a body, checks it and (unless `render` is false, as for `npm run check`) renders it.
 * `file` names it in problems; `bodyLine` is the file line the body starts on, so line numbers
 * match the file an author has open. Without `terms` (the playbook's taxonomy could not be read)
 * phases and subjects are not checked.
 */
export function renderBody(body: string, file: string, bodyLine: number, terms: BodyTerms | undefined, render = true): BodyResult {
  const problems: Problem[] = [];
  const examples: ExampleUse[] = [];
  const files: FileUse[] = [];
  const headings: Heading[] = [];
  let tree: MdastRoot;
  try {
    tree = (render ? parser : checker).parse(body);
  } catch (error) {
    return { problems: [syntaxProblem(error, file, bodyLine)], examples, files, html: '', headings };
  }
  const fileLine = (line: number) => line + bodyLine - 1;
  const lineOf = (node: { position?: { start: { line: number } } }) => fileLine(node.position?.start.line ?? 1);
  const slugger = new GithubSlugger();
  // Each <Example> by where it starts in the body, to find its section again after the sanitiser.
  const examplesAt = new Map<number, ExampleUse>();

  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      problems.push(placeProblem(file, `body (line ${lineOf(node)})`, 'Markdown and <Example> blocks: no import or export is needed', JSON.stringify(node.value.split('\n')[0]), lineOf(node), { rule: 'markup' }));
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (COMMENT.test(node.value)) return; // {/* a comment */} is how MDX writes a note to authors
      problems.push(placeProblem(file, `body (line ${lineOf(node)})`, 'text (write a literal "{" as "\\{")', `an expression {${node.value}}`, lineOf(node), { rule: 'markup' }));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const line = lineOf(node);
      if (node.attributes.some((attribute: MdxJsxAttribute | MdxJsxExpressionAttribute) => attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))) {
        problems.push(placeProblem(file, `body (line ${line}) <${name}>`, 'attributes written as name="text"', 'an attribute in {braces}', line, { rule: 'markup' }));
      }
      if (!/^[A-Z]/.test(name)) return; // plain HTML elements are judged by the sanitiser, below
      if (!(name in BODY_COMPONENTS)) {
        problems.push(placeProblem(file, `body (line ${line})`, `one of the components ${Object.keys(BODY_COMPONENTS).map((known) => `<${known}>`).join(', ')}`, `<${name}>`, line, { rule: 'markup' }));
        return;
      }
      const title = attributeText(node, 'title');
      const example: ExampleUse = { phase: attributeText(node, 'phase'), subject: attributeText(node, 'subject'), title, line, anchor: `example-${slugger.slug(title ?? 'example')}` };
      examples.push(example);
      const start = offsetOf(node);
      if (start !== undefined) examplesAt.set(start, example);
      const field = `body (line ${line}) <Example>`;
      if (!example.title?.trim()) problems.push(placeProblem(file, `${field}.title`, 'text', describeFound(example.title), line, { rule: 'example', attribute: 'title', problem: 'missing' }));
      if (!example.phase) problems.push(placeProblem(file, `${field}.phase`, 'a phase id from content/playbook.yaml', 'nothing', line, { rule: 'example', attribute: 'phase', problem: 'missing' }));
      else if (terms && !terms.phases.has(example.phase)) {
        problems.push(placeProblem(file, `${field}.phase`, `one of ${[...terms.phases.keys()].map((phase) => JSON.stringify(phase)).join(', ')}`, JSON.stringify(example.phase), line, { rule: 'example', attribute: 'phase', problem: 'not-allowed' }));
      }
      if (example.subject && terms && !terms.subjects.has(example.subject)) {
        problems.push(placeProblem(file, `${field}.subject`, `one of ${[...terms.subjects.keys()].map((subject) => JSON.stringify(subject)).join(', ')}`, JSON.stringify(example.subject), line, { rule: 'example', attribute: 'subject', problem: 'not-allowed' }));
      }
    }
  });
  if (render) {
    typeset(tree); // curly quotes, dashes and ellipses, as Astro's Markdown has them
    captionTables(tree);
  }

  const jsx = (state: State, node: JsxElement): Element | ElementContent[] => {
    const children = state.all(node);
    const name = node.name ?? '';
    let element: Element;
    if (name === 'Example') {
      const example = examplesAt.get(offsetOf(node) ?? -1);
      const properties: Properties = { className: ['example'], dataPhase: example?.phase };
      if (example?.subject) properties.dataSubject = example.subject;
      element = { type: 'element', tagName: 'section', properties, children };
    } else if (/^[A-Z]/.test(name) || name === '') {
      return children; // an unknown component (or a fragment) is already a problem; its words stay
    } else {
      element = { type: 'element', tagName: name, properties: propertiesOf(node), children };
    }
    state.patch(node, element);
    return element;
  };
  const nothing = () => undefined;
  const unsafe = toHast(tree, {
    handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx, mdxFlowExpression: nothing, mdxTextExpression: nothing, table: tableWithCaption },
    allowDangerousHtml: false,
    // The sanitiser gives ids their prefix, footnotes' too; followPrefixedIds points links at them.
    clobberPrefix: '',
  }) as HastRoot;
  const { safe, removals } = guardHtml(unsafe);
  for (const removal of removals) {
    const line = fileLine(removal.line);
    problems.push(placeProblem(file, `body (line ${line}) ${removal.what}`, removal.expected, removal.found, line, { rule: 'markup' }));
  }
  // The images it shows, as the sanitiser kept them: each must be a file in public/.
  visit(safe, 'element', (element: Element) => {
    const src = element.properties.src;
    if (element.tagName === 'img' && typeof src === 'string' && isSiteFileAddress(src)) files.push({ url: src, line: lineOf(element) });
  });
  if (problems.length > 0 || !render) return { problems, examples, files, html: '', headings };

  visit(safe, 'element', (element: Element) => {
    const example = element.tagName === 'section' ? examplesAt.get(offsetOf(element) ?? -1) : undefined;
    if (example) decorateExample(element, example, terms);
  });
  visit(safe, 'element', (element: Element) => {
    if (!/^h[1-6]$/.test(element.tagName) || element.properties.id) return;
    const text = plainText(element.children);
    const slug = slugger.slug(text);
    element.properties.id = slug;
    headings.push({ depth: Number(element.tagName[1]), slug, text });
  });
  followPrefixedIds(safe);
  return { problems, examples, files, html: toHtml(safe), headings };
}

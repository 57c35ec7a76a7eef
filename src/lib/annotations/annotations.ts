/**
 * The content check's problems as annotations for a pull request: one `::error file=…,line=…::…`
 * line a problem, so the author sees each beside the line it is about in the web interface. The
 * line comes from the same YAML and MDX positions the check parses: the yaml library's node ranges
 * (with a LineCounter) for fields, and the line the check already names for syntax and body problems.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { formatProblem, type Problem } from '../../core/problem.ts';

export interface Located {
  /** 1-based line in the file. */
  line: number;
  /**
   * How the line was found: `named` when the problem names it, `field` when the field (or the
   * entry or list holding a missing field) was found in the file, `file` for a problem about the
   * whole file, which points at its first line.
   */
  how: 'named' | 'field' | 'file';
}

/** Splits an MDX file's frontmatter off, with the line it starts on (the line after "---"). */
function frontmatterOf(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

/** The line of the deepest node on the path that exists: the key of a field, the start of a list item. */
function lineOf(yaml: string, keys: readonly (string | number)[]): { line: number; exact: boolean } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  if (doc.errors.length > 0 || !doc.contents) return undefined;
  let node: Node | null = doc.contents as Node;
  let place: number | undefined = node.range?.[0];
  let exact = true;
  for (const key of keys) {
    if (isMap(node)) {
      const pair: Pair<unknown, unknown> | undefined = node.items.find((item: Pair<unknown, unknown>) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) {
        exact = false;
        break;
      }
      place = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? place;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      place = node.range?.[0] ?? place;
    } else {
      exact = false;
      break;
    }
    if (node === null) break;
  }
  if (place === undefined) return undefined;
  return { line: counter.linePos(place).line, exact };
}

/** Where a problem is in its file's text; the file is read by the caller (undefined when it cannot be read). */
export function locateProblem(problem: Problem, text: string | undefined): Located {
  if (problem.line !== undefined) return { line: problem.line, how: 'named' };
  if (problem.path === undefined || text === undefined) return { line: 1, how: 'file' };
  const keys = problem.path;
  const front = problem.file.endsWith('.mdx') ? frontmatterOf(text) : undefined;
  if (problem.file.endsWith('.mdx') && !front) return { line: 1, how: 'file' };
  const found = lineOf(front ? front.yaml : text, keys);
  if (!found) return { line: 1, how: 'file' };
  return { line: found.line + (front ? front.firstLine - 1 : 0), how: 'field' };
}

/** Escapes a workflow command's message: %, CR and LF. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as a message, plus ":" and ",". */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as a workflow command: `::error file=content/x.mdx,line=4,title=…::message`. */
export function formatAnnotation(problem: Problem, line: number): string {
  return `::error file=${escapeProperty(problem.file)},line=${line},title=${escapeProperty(`Content check: ${problem.field}`)}::${escapeData(formatProblem(problem))}`;
}

/** Every problem as an annotation; `read` gives a file's text by its path relative to the root. */
export function annotations(problems: readonly Problem[], read: (file: string) => string | undefined): string[] {
  return problems.map((problem) => formatAnnotation(problem, locateProblem(problem, read(problem.file)).line));
}

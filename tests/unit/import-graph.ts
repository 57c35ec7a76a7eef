/**
 * Reads the imports of every source file under src/, as TypeScript parses them: static imports and
 * re-exports (marked when they bring types only) and `import()` calls with a literal path. An
 * `.astro` file's frontmatter and its `<script>` blocks are read as TypeScript. Only imports of files
 * in the project are kept (those that start with `.`), resolved to paths relative to the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Import {
  /** The imported file, relative to the project root, like "src/lib/dates.ts". */
  to: string;
  /** True for `import type` and `export type`: erased when the code runs. */
  typeOnly: boolean;
  /** True for `import()`: loaded when it runs, not when the importer loads. */
  dynamic: boolean;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;

/** Every source file below a folder, relative to `root`. */
export function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((item) => {
    const relative = path.posix.join(folder, item.name);
    if (item.isDirectory()) return sourceFiles(root, relative);
    return SOURCE.test(item.name) ? [relative] : [];
  });
}

/** The TypeScript of a file: an `.astro` file's frontmatter and scripts, or the whole file. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The imports a file's text makes, with each path as written. */
export function importsIn(file: string, text: string): { specifier: string; typeOnly: boolean; dynamic: boolean }[] {
  const source = ts.createSourceFile(file, codeOf(file, text), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean; dynamic: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const namedTypesOnly = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: Boolean(clause?.phaseModifier === ts.SyntaxKind.TypeKeyword || namedTypesOnly), dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const namedTypesOnly = node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: Boolean(node.isTypeOnly || namedTypesOnly), dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file's imports of other project files, by file. */
export function importGraph(root: string, folder = 'src'): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  for (const file of sourceFiles(root, folder)) {
    const imports = importsIn(file, readFileSync(path.join(root, file), 'utf8'))
      .filter((item) => item.specifier.startsWith('.'))
      .map((item) => ({ to: path.posix.normalize(path.posix.join(path.posix.dirname(file), item.specifier.split('?')[0]!)), typeOnly: item.typeOnly, dynamic: item.dynamic }));
    graph.set(file, imports);
  }
  return graph;
}

/** The cycles among files, following imports that run (not types only), each as a list of files. */
export function cycles(graph: Map<string, Import[]>, follows: (item: Import) => boolean = (item) => !item.typeOnly): string[][] {
  // Tarjan's strongly connected components: every component of more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const connect = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const item of (graph.get(file) ?? []).filter(follows)) {
      if (!graph.has(item.to)) continue;
      if (!index.has(item.to)) {
        connect(item.to);
        low.set(file, Math.min(low.get(file)!, low.get(item.to)!));
      } else if (onStack.has(item.to)) low.set(file, Math.min(low.get(file)!, index.get(item.to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).some((item) => follows(item) && item.to === file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return found;
}

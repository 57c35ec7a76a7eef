/**
 * Reads the content folder from disk into raw entries: parsed YAML data (and, for MDX, the body)
 * with the file each came from. Reading never throws on bad content: a file that cannot be read
 * or parsed becomes a problem and the rest are still read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../collections/index.ts';
import type { AnyDefinition } from '../collections/define.ts';
import { PLAYBOOK_FILE } from '../schemas/playbook.ts';
import { STRINGS_FILE } from '../strings/overrides.ts';
import { describeFound, placeProblem, type Problem } from '../core/problem.ts';
import { ID_PATTERN } from '../schemas/common.ts';

export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name for one-file-an-entry collections, its `id` field in a list. */
  id: string;
  /** The file, relative to the project root. */
  file: string;
  /** Where the entry sits inside its file: [] for a whole file, [3] for the fourth item of a list. */
  pathInFile: (string | number)[];
  data: unknown;
  /** MDX only: the body below the frontmatter. */
  body?: string;
  /** MDX only: the file line the body starts on (1-based). */
  bodyLine?: number;
}

export interface ReadResult {
  playbook: { file: string; data: unknown } | undefined;
  /** The playbook's own words (strings.yaml), when it has them and they parse. */
  strings: { file: string; data: unknown } | undefined;
  entries: RawEntry[];
  problems: Problem[];
  /**
   * Entries that exist but could not be read (a file that does not parse), and collections whose
   * one file could not be read (id "*"): references to them are not reported as missing.
   */
  unreadable: { collection: CollectionName; id: string }[];
}

/**
 * Parses YAML text; a syntax error becomes a problem naming the line. Sound files take the fast
 * parser (js-yaml, with YAML 1.2's core schema, so dates stay text as they do in the `yaml`
 * library); a file it rejects is parsed again by `yaml`, whose messages name the line and column.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { data: unknown; problems: Problem[] } {
  try {
    return { data: loadYaml(text, { schema: CORE_SCHEMA }), problems: [] };
  } catch {
    // fall through to the parser that explains the problem
  }
  // prettyErrors fills in each error's line and column.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
      const column = error.linePos?.[0]?.col ?? 1;
      const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
      const key = keyAt(text, error.pos[0]);
      const place = `line ${line}, column ${column}`;
      if (error.code === 'DUPLICATE_KEY' && key) return placeProblem(file, `${key} (${place})`, `each field once: "${key}" is given twice`, 'a second one', line);
      return placeProblem(file, key ? `${key} (${place})` : place, 'valid YAML', reason, line);
    });
    return { data: undefined, problems };
  }
  return { data: doc.toJS(), problems: [] };
}

/** The key written on the line at `offset`, like "title" in "  title: x", when that line has one. */
function keyAt(text: string, offset: number): string | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end === -1 ? undefined : end);
  return /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { frontmatter, body: source.slice(match[0].length), bodyLine };
}

function relative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

function readList(spec: AnyDefinition & { name: CollectionName }, root: string, contentDir: string, result: ReadResult): void {
  const absolute = path.join(contentDir, spec.path);
  const file = relative(root, absolute);
  // A playbook without this file simply has none of these entries.
  if (!existsSync(absolute)) return;
  const parsed = parseYaml(readFileSync(absolute, 'utf8'), file);
  result.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) {
    result.unreadable.push({ collection: spec.name, id: '*' });
    return;
  }
  if (!Array.isArray(parsed.data)) {
    result.problems.push(placeProblem(file, '(the file)', `a YAML list of ${spec.labels.plural}`, describeFound(parsed.data)));
    result.unreadable.push({ collection: spec.name, id: '*' });
    return;
  }
  parsed.data.forEach((data: unknown, index: number) => {
    const rawId = data && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
    result.entries.push({
      collection: spec.name,
      id: typeof rawId === 'string' ? rawId : `#${index}`,
      file,
      pathInFile: [index],
      data,
    });
  });
}

function readFolder(spec: AnyDefinition & { name: CollectionName }, root: string, contentDir: string, result: ReadResult): void {
  const folder = path.join(contentDir, spec.path);
  // A playbook without this folder simply has none of these entries.
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) {
    result.problems.push(placeProblem(relative(root, folder), '(the folder)', `a folder of ${spec.labels.plural}`, 'a file'));
    result.unreadable.push({ collection: spec.name, id: '*' });
    return;
  }
  const extension = spec.format === 'mdx' ? '.mdx' : '.yaml';
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue; // hidden files, and drafts kept out of the build on purpose
    const absolute = path.join(folder, name);
    const file = relative(root, absolute);
    if (!statSync(absolute).isFile()) {
      result.problems.push(placeProblem(file, '(the folder)', `${spec.labels.plural} as files directly in ${spec.path}/ (folders inside it are not read; start the name with "_" to keep notes there)`, 'a folder'));
      continue;
    }
    if (!name.endsWith(extension)) {
      result.problems.push(placeProblem(file, '(the file name)', `a ${extension} file (other files here are not read; images and downloads belong in public/, and a name starting with "_" keeps a draft out)`, JSON.stringify(path.extname(name) || name)));
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!ID_PATTERN.test(id)) {
      result.problems.push(placeProblem(file, '(the file name)', 'lower-case words joined by hyphens, like "cold-call.mdx" (the file name is the id)', JSON.stringify(name)));
      continue;
    }
    const source = readFileSync(absolute, 'utf8');
    if (spec.format === 'yaml') {
      const parsed = parseYaml(source, file);
      result.problems.push(...parsed.problems);
      if (parsed.problems.length === 0) result.entries.push({ collection: spec.name, id, file, pathInFile: [], data: parsed.data });
      else result.unreadable.push({ collection: spec.name, id });
      continue;
    }
    const split = splitFrontmatter(source);
    if (!split) {
      result.problems.push(placeProblem(file, '(frontmatter)', 'YAML fields between two "---" lines at the top of the file', 'none'));
      result.unreadable.push({ collection: spec.name, id });
      continue;
    }
    const parsed = parseYaml(split.frontmatter, file, 1);
    result.problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      result.entries.push({ collection: spec.name, id, file, pathInFile: [], data: parsed.data ?? {}, body: split.body, bodyLine: split.bodyLine });
    } else {
      result.unreadable.push({ collection: spec.name, id });
    }
  }
}

/** Files and folders at the top of the content folder that no collection reads: each is reported, so nothing is ignored silently. */
function unknownPlaces(root: string, contentDir: string): Problem[] {
  if (!existsSync(contentDir)) return [];
  const known = new Set([PLAYBOOK_FILE, STRINGS_FILE, ...COLLECTIONS.map((spec) => spec.path)]);
  const places = COLLECTIONS.map((spec) => (spec.format === 'yaml-list' ? spec.path : `${spec.path}/`)).join(', ');
  return readdirSync(contentDir)
    .sort()
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && !known.has(name))
    .map((name) => ({
      file: relative(root, path.join(contentDir, name)),
      field: statSync(path.join(contentDir, name)).isDirectory() ? '(the folder)' : '(the file)',
      expected: `one of the places the playbook is read from: ${PLAYBOOK_FILE}, ${STRINGS_FILE}, ${places} (images and downloads belong in public/; a name starting with "_" keeps notes out)`,
      found: 'a name none of them has',
    }));
}

/**
 * Reads every collection under `contentDir`. `root` is the folder file names are shown relative to
 * (the project root).
 */
export function readContent(root: string, contentDir: string): ReadResult {
  const result: ReadResult = { playbook: undefined, strings: undefined, entries: [], problems: [], unreadable: [] };
  const playbookPath = path.join(contentDir, PLAYBOOK_FILE);
  const playbookFile = relative(root, playbookPath);
  if (!existsSync(playbookPath)) {
    result.problems.push(placeProblem(playbookFile, '(the file)', "the playbook's identity and taxonomies", 'no such file'));
  } else {
    const parsed = parseYaml(readFileSync(playbookPath, 'utf8'), playbookFile);
    result.problems.push(...parsed.problems);
    if (parsed.problems.length === 0) result.playbook = { file: playbookFile, data: parsed.data };
  }
  const stringsPath = path.join(contentDir, STRINGS_FILE);
  if (existsSync(stringsPath)) {
    const stringsFile = relative(root, stringsPath);
    const parsed = parseYaml(readFileSync(stringsPath, 'utf8'), stringsFile);
    result.problems.push(...parsed.problems);
    if (parsed.problems.length === 0) result.strings = { file: stringsFile, data: parsed.data };
  }
  for (const spec of COLLECTIONS) {
    if (spec.format === 'yaml-list') readList(spec, root, contentDir, result);
    else readFolder(spec, root, contentDir, result);
  }
  result.problems.push(...unknownPlaces(root, contentDir));
  return result;
}

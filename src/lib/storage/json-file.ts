/**
 * Reading a file a person loads (an exported self-audit, evidence, a group's files) as JSON, with
 * every check that needs no knowledge of what the file is for, made before any other work:
 *
 * 1. its size, from the file itself, before a byte is read: a file over the limit is refused unread;
 * 2. its text must be UTF-8, as every file this site writes is: a file saved in another encoding
 *    (Latin-1, Windows-1252) is refused with the line where that shows, never read with
 *    replacement characters;
 * 3. it must be JSON (a spreadsheet export is named as such), and no object in it may have the
 *    same key twice: JSON.parse would keep the last silently, so the file is refused with the key
 *    and its line. Nor may a key be "__proto__", which no file this site writes has and which
 *    schemas pass over without a word. The `jsonc-parser` library (the one VS Code uses) walks
 *    the text with lines and columns, for these keys and for where invalid JSON goes wrong.
 *
 * Nothing here knows what the file is for: `describeFileProblem` words each problem, and the
 * island puts the file's name before it.
 */
import { visit, type JSONPath } from 'jsonc-parser';
import { LIMITS } from './limits.ts';
import { formatIssuePath } from './issues.ts';
import { formatBytes } from './bytes.ts';
import { format, shared } from '../../strings/index.ts';

export type FileProblem =
  /** Over `limit` bytes: not read at all. */
  | { kind: 'too-big'; bytes: number; limit: number }
  /** Not UTF-8 text: the first line (from 1) with bytes that are not, shown with replacement characters. */
  | { kind: 'not-utf8'; line: number; text: string }
  /** Not JSON: the parser's own words, and where, when known. */
  | { kind: 'not-json'; error: string; line?: number; column?: number }
  /** A spreadsheet (CSV) file, such as the one the site exports for spreadsheets. */
  | { kind: 'spreadsheet' }
  /** The same key twice in one object: the key, the object's path and the line of the second. */
  | { kind: 'duplicate-key'; key: string; path: string; line: number }
  /** A key no file of this site has ("__proto__"), which a schema would pass over silently. */
  | { kind: 'forbidden-key'; key: string; path: string; line: number };

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: FileProblem };

/** What a file from a file picker or a drop offers (a browser `File`; a `Blob` with a name in tests). */
export interface LoadedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Reads a file as JSON: its size is checked before it is read. Never throws. */
export async function readJsonFile(file: LoadedFile, maxBytes: number = LIMITS.fileBytes): Promise<JsonRead> {
  if (file.size > maxBytes) return { ok: false, problem: { kind: 'too-big', bytes: file.size, limit: maxBytes } };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', error: error instanceof Error ? error.message : String(error) } };
  }
  return readJsonBytes(new Uint8Array(buffer), file.name, maxBytes);
}

/** Reads a file's bytes as JSON (see the module's note). */
export function readJsonBytes(bytes: Uint8Array, name: string, maxBytes: number = LIMITS.fileBytes): JsonRead {
  if (bytes.length > maxBytes) return { ok: false, problem: { kind: 'too-big', bytes: bytes.length, limit: maxBytes } };
  let text: string;
  try {
    // `fatal` refuses bytes that are not UTF-8 instead of replacing them; a byte-order mark is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: firstBadLine(bytes) };
  }
  const startsWithMark = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  return readJsonText(text, name, startsWithMark);
}

/**
 * Reads text already decoded as JSON. `marked` says the file began with a byte-order mark, as
 * the site's spreadsheet exports do (and its JSON never does).
 */
export function readJsonText(text: string, name = '', marked = false): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (/\.csv$/i.test(name) || (marked && !/^\s*[[{]/.test(text))) return { ok: false, problem: { kind: 'spreadsheet' } };
    return { ok: false, problem: { kind: 'not-json', error: error instanceof Error ? error.message : String(error), ...firstSyntaxError(text) } };
  }
  const problem = firstBadKey(text);
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** The first line with bytes that are not UTF-8. A line break (0x0A) is never part of a longer UTF-8 sequence, so each line can be checked on its own. */
function firstBadLine(bytes: Uint8Array): FileProblem {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const part = bytes.subarray(start, end);
    try {
      strict.decode(part);
    } catch {
      const shown = new TextDecoder('utf-8').decode(part).trim();
      return { kind: 'not-utf8', line, text: shown.length > 80 ? `${shown.slice(0, 80)}…` : shown };
    }
    start = end + 1;
    line++;
  }
  return { kind: 'not-utf8', line: 1, text: '' };
}

/** Where the first syntax error is, by line and column (from 1), when the parser can tell. */
function firstSyntaxError(text: string): { line?: number; column?: number } {
  let found: { line: number; column: number } | undefined;
  visit(text, { onError: (_error, _offset, _length, line, character) => void (found ??= { line: line + 1, column: character + 1 }) }, PARSE_OPTIONS);
  return found ?? {};
}

/** Keys that no file of this site has, and that would reach an object's prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/** The first key an object has twice, or a forbidden one, with where it is; undefined when there is none. */
function firstBadKey(text: string): FileProblem | undefined {
  const open: Set<string>[] = [];
  let found: FileProblem | undefined;
  visit(
    text,
    {
      onObjectBegin: () => void open.push(new Set()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (key, _offset, _length, line, _character, pathSupplier: () => JSONPath) => {
        const keys = open.at(-1);
        if (!keys) return;
        if (FORBIDDEN_KEYS.has(key)) found ??= { kind: 'forbidden-key', key, path: formatIssuePath(pathSupplier()), line: line + 1 };
        if (keys.has(key)) found ??= { kind: 'duplicate-key', key, path: formatIssuePath(pathSupplier()), line: line + 1 };
        keys.add(key);
      },
    },
    PARSE_OPTIONS,
  );
  return found;
}

/**
 * A file problem in words: `summary` for the person, `detail` for whoever helps them. The island
 * gives its own words for a file that is not JSON (`notJson`) and for a spreadsheet (`spreadsheet`),
 * since those name what it imports.
 */
export function describeFileProblem(problem: FileProblem, words: { notJson: string; spreadsheet: string }): { summary: string; detail?: string } {
  switch (problem.kind) {
    case 'too-big':
      return { summary: format(shared.fileTooBig, { size: formatBytes(problem.bytes), limit: formatBytes(problem.limit) }), detail: format(shared.detailTooBig, { bytes: problem.bytes, limit: problem.limit }) };
    case 'not-utf8':
      return { summary: format(shared.fileNotUtf8, { line: problem.line }), detail: format(shared.detailNotUtf8, { line: problem.line, text: problem.text }) };
    case 'spreadsheet':
      return { summary: words.spreadsheet };
    case 'duplicate-key':
      return { summary: format(shared.fileDuplicateKey, { key: problem.key, line: problem.line }), detail: format(shared.detailDuplicateKey, { key: problem.key, path: problem.path, line: problem.line }) };
    case 'forbidden-key':
      return { summary: format(shared.fileForbiddenKey, { key: problem.key, line: problem.line }), detail: format(shared.detailForbiddenKey, { key: problem.key, path: problem.path, line: problem.line }) };
    case 'not-json': {
      // The browser's own message often says where already ("… (line 1 column 6)").
      const where = problem.line === undefined || /\bline \d/.test(problem.error) ? '' : format(shared.detailWhere, { line: problem.line, column: problem.column ?? 1 });
      return { summary: words.notJson, detail: format(shared.detailNotJson, { error: `${problem.error}${where}` }) };
    }
  }
}

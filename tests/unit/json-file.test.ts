/**
 * Reading a file a person loads (src/lib/storage/json-file.ts): the size checked before a byte is
 * read, text that is not UTF-8 refused with its line, duplicate keys refused with the key and
 * its line, a spreadsheet named as one, and each problem in plain words.
 */
import { describe, expect, it } from 'vitest';
import { describeFileProblem, readJsonBytes, readJsonFile, readJsonText } from '../../src/lib/storage/json-file.ts';
import { formatBytes } from '../../src/lib/storage/bytes.ts';
import { LIMITS } from '../../src/lib/storage/limits.ts';

const words = { notJson: 'Not JSON.', spreadsheet: 'A spreadsheet.' };
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a file as JSON', () => {
  it('reads UTF-8 JSON, with or without a byte-order mark', () => {
    expect(readJsonBytes(utf8('{"name": "Zoë", "café": 1}'), 'a.json')).toEqual({ ok: true, value: { name: 'Zoë', café: 1 } });
    expect(readJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": 1}')]), 'a.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const file = { name: 'huge.json', size: LIMITS.fileBytes + 1, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await readJsonFile(file)).toEqual({ ok: false, problem: { kind: 'too-big', bytes: LIMITS.fileBytes + 1, limit: LIMITS.fileBytes } });
    expect(read).toBe(false);
    const small = new Blob(['{"a": [1, 2]}']);
    expect(await readJsonFile(Object.assign(small, { name: 'small.json' }))).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('refuses Latin-1 text with the line it is on, rather than reading it with replacement characters', () => {
    // "café" saved as Latin-1: é is the single byte 0xE9, which is not UTF-8.
    const latin1 = new Uint8Array([...utf8('{\n  "owner": "Zoë",\n  "label": "caf'), 0xe9, ...utf8('"\n}')]);
    const read = readJsonBytes(latin1, 'latin1.json');
    expect(read).toEqual({ ok: false, problem: { kind: 'not-utf8', line: 3, text: '"label": "caf\uFFFD"' } });
    if (read.ok) return;
    expect(describeFileProblem(read.problem, words)).toEqual({
      summary: expect.stringMatching(/not in UTF-8.*line 3 has characters in another encoding/),
      detail: 'line 3 is not UTF-8: "label": "caf\uFFFD"',
    });
  });

  it('refuses a key given twice in one object, naming the key, where it is and its line, whatever the depth', () => {
    const text = '{\n  "attempts": [\n    { "id": "a", "answers": { "a1": 1,\n      "a1": 4 } }\n  ]\n}';
    const read = readJsonText(text);
    expect(read).toEqual({ ok: false, problem: { kind: 'duplicate-key', key: 'a1', path: 'attempts[0].answers', line: 4 } });
    if (read.ok) return;
    expect(describeFileProblem(read.problem, words).summary).toMatch(/gives “a1” twice in one place \(line 4\)/);
    expect(readJsonText('{"format": "x", "format": "y"}')).toMatchObject({ ok: false, problem: { kind: 'duplicate-key', key: 'format', path: 'the file', line: 1 } });
    // The same key in two different objects is fine.
    expect(readJsonText('[{"id": 1}, {"id": 2}, {"a": {"id": 3}, "id": 4}]')).toMatchObject({ ok: true });
  });

  it('keeps "constructor" as plain data, and refuses "__proto__", which a schema would drop without a word', () => {
    const read = readJsonText('{"constructor": "x", "toString": 1}');
    expect(read.ok && Object.keys(read.value as object)).toEqual(['constructor', 'toString']);
    const proto = readJsonText('{"answers": {\n"a1": 1, "__proto__": {"polluted": true}}}');
    expect(proto).toEqual({ ok: false, problem: { kind: 'forbidden-key', key: '__proto__', path: 'answers', line: 2 } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (!proto.ok) expect(describeFileProblem(proto.problem, words).summary).toMatch(/a field named “__proto__” \(line 2\), which no file this site writes has/);
  });

  it('names a spreadsheet export as one: by its name, or by the byte-order mark the site puts before a CSV', () => {
    expect(readJsonText('Section,Item id,Item\r\n', 'answers.csv')).toEqual({ ok: false, problem: { kind: 'spreadsheet' } });
    expect(readJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Section,Item id\r\n')]), 'renamed.json')).toEqual({ ok: false, problem: { kind: 'spreadsheet' } });
    expect(describeFileProblem({ kind: 'spreadsheet' }, words)).toEqual({ summary: 'A spreadsheet.' });
  });

  it('says where invalid JSON goes wrong, in the detail', () => {
    const read = readJsonText('{\n  "a": 1,\n}');
    expect(read).toMatchObject({ ok: false, problem: { kind: 'not-json', line: 3 } });
    if (read.ok) return;
    expect(describeFileProblem(read.problem, words)).toEqual({ summary: 'Not JSON.', detail: expect.stringMatching(/^not valid JSON: .*line 3/) });
  });

  it('says sizes as a person reads them, and names the limit', () => {
    expect([812_000, 1_000, 15_200_000, 4_000_000, 50_000_000].map(formatBytes)).toEqual(['812 KB', '1 KB', '15 MB', '4 MB', '50 MB']);
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(describeFileProblem({ kind: 'too-big', bytes: 15_200_000, limit: 4_000_000 }, words).summary).toMatch(/^This file is 15 MB, and a file can be at most 4 MB here, so it was not read\./);
  });
});

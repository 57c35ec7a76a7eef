/** Exported files: JSON that round-trips, import checks, merging, and CSV. */
import { describe, expect, it } from 'vitest';
import { mergeAttempts } from '../../src/lib/audit/attempts.ts';
import { attemptsCsv } from '../../src/lib/audit/csv.ts';
import { csvCell } from '../../src/lib/csv.ts';
import { exportFileName, exportJson } from '../../src/lib/audit/exchange.ts';
import { parseExport, readExportFile } from '../../src/lib/audit/import-file.ts';
import { LIMITS, type Limits } from '../../src/lib/storage/limits.ts';
import { emptyDoc, type AuditDoc } from '../../src/lib/audit/schema.ts';
import { attempt, exportText, instrument } from './audit-fixtures.ts';

const doc: AuditDoc = {
  version: 4,
  instrument: { kind: 'audit', id: 'test-audit' },
  owner: 'Jo Smith',
  attempts: [
    { ...attempt('sept', { a1: 1, a2: 3 }, '2026-09-14T09:00:00.000Z', 'September 2026'), notes: { asking: 'Line one\nline "two", with a comma' } },
    attempt('july', { a1: 3, l2: 4 }, '2027-07-10T09:00:00.000Z', 'July 2027'),
  ],
};

describe('exporting and importing JSON', () => {
  it('round-trips exactly: importing an export and exporting again gives the same text', () => {
    const text = exportJson(instrument, doc);
    const parsed = parseExport(text, instrument);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    expect(parsed.file.owner).toBe('Jo Smith');
    const merged = mergeAttempts(emptyDoc('audit', 'test-audit'), parsed.file.attempts, parsed.file.owner);
    expect(merged.added).toBe(2);
    expect(merged.doc).toEqual(doc);
    expect(exportJson(instrument, merged.doc)).toBe(text);
  });

  it('names the file with the audit, whose answers they are and the day, so files do not collide', () => {
    const day = new Date('2026-09-14T10:00:00.000Z');
    expect(exportFileName(instrument, 'json', 'Jo Smith', day)).toBe('test-audit-self-audit-jo-smith-2026-09-14.json');
    expect(exportFileName(instrument, 'csv', 'Zoë O’Brien-Hart', day)).toBe('test-audit-self-audit-zoe-o-brien-hart-2026-09-14.csv');
    expect(exportFileName(instrument, 'json', '', day)).toBe('test-audit-self-audit-2026-09-14.json');
  });

  it('reads a version 1 file (before names were kept) with no name, and keeps a name already given here', () => {
    // A version 1 file has no "owner" (JSON drops the undefined value).
    const parsed = parseExport(exportText([attempt('a', { a1: 1 })], { version: 1, owner: undefined }), instrument);
    expect(parsed.ok && parsed.file).toMatchObject({ version: 3, owner: '' });
    const named = { ...emptyDoc('audit', 'test-audit'), owner: 'Sam' };
    expect(mergeAttempts(named, [], 'Jo').doc.owner).toBe('Sam');
    expect(mergeAttempts(emptyDoc('audit', 'test-audit'), [], 'Jo').doc.owner).toBe('Jo');
  });

  // [case, file text, the plain summary, the technical detail, problem]
  const cases: [string, string, RegExp, RegExp, string][] = [
    ['malformed JSON', '{"format": "playbook-self-audit", ', /could not be read as a saved audit: it may be damaged/, /not valid JSON: /, 'json'],
    ['an empty file', '', /could not be read as a saved audit/, /not valid JSON/, 'json'],
    ['JSON from something else', JSON.stringify({ hello: 'world' }), /not a file of answers exported from this playbook/, /expected "format": "playbook-self-audit", found nothing/, 'format'],
    ['a list', '[]', /not a file of answers exported/, /format/, 'format'],
    ['a file for another audit', exportText([], { instrument: { kind: 'audit', id: 'coaching-survey', title: 'Coaching survey' } }), /^This file is from another audit: “Coaching survey”, not “Test audit”\. Import it on that audit's page instead\.$/, /"coaching-survey"/, 'instrument'],
    ['a newer version', exportText([], { version: 4 }), /saved by a newer version of this site/, /file format version 4; this page reads up to version 3/, 'version'],
    ['no version', exportText([], { version: 'one' }), /changed since it was exported, or is damaged/, /expected "version": 3, found "one"/, 'version'],
    ['an attempt without answers', exportText([{ ...attempt('a', {}), answers: undefined } as never]), /changed since it was exported, or is damaged/, /^attempts\[0\]\.answers: missing \(expected an object\)$/, 'invalid'],
    ['a bad date', exportText([attempt('a', { a1: 1 }, 'yesterday')]), /damaged/, /attempts\[0\]\.createdAt: expected a date and time/, 'invalid'],
    ['a value that is not a number', exportText([{ ...attempt('a', {}), answers: { a1: 'high' } } as never]), /damaged/, /attempts\[0\]\.answers\.a1/, 'invalid'],
    ['two attempts with one id', exportText([attempt('a', {}), attempt('a', {})]), /damaged/, /two attempts share the id "a"/, 'invalid'],
    ['a value off the scale', exportText([attempt('a', { a1: 7, a2: 0 })]), /not on this audit's scale of 1 to 4/, /attempts\[0\]\.answers\.a1 is 7; attempts\[0\]\.answers\.a2 is 0/, 'scale'],
  ];
  for (const [name, text, summary, detail, problem] of cases) {
    it(`refuses ${name} in plain words, with the technical detail apart`, () => {
      const parsed = parseExport(text, instrument);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problem).toBe(problem);
      expect(parsed.summary).toMatch(summary);
      expect(parsed.detail).toMatch(detail);
      // The plain words carry no parser or schema jargon.
      expect(parsed.summary).not.toMatch(/valid JSON|expected|attempts\[|position|Unexpected|Unterminated/);
      expect(parsed.reason).toBe(`${parsed.summary} (${parsed.detail})`);
    });
  }

  it('keeps answers to items the audit no longer has, with a warning', () => {
    const parsed = parseExport(exportText([attempt('a', { a1: 1, retired: 2 })]), instrument);
    expect(parsed.ok && parsed.warnings).toEqual(['1 answer is for items this audit no longer has: kept, but not counted in results.']);
  });

  it('changes nothing already saved when importing: a known attempt keeps its saved answers', () => {
    const saved: AuditDoc = { ...emptyDoc('audit', 'test-audit'), attempts: [attempt('sept', { a1: 4 })] };
    const merged = mergeAttempts(saved, [attempt('sept', { a1: 1 }), attempt('new', { a2: 2 })]);
    expect(merged).toMatchObject({ added: 1, unchanged: 0, keptSaved: 1 });
    expect(merged.doc.attempts.map((a) => [a.id, a.answers])).toEqual([['sept', { a1: 4 }], ['new', { a2: 2 }]]);
    const again = mergeAttempts(merged.doc, merged.doc.attempts);
    expect(again).toMatchObject({ added: 0, unchanged: 2, keptSaved: 0 });
  });
});

describe('hostile files', () => {
  const refused = (text: string, limits: Limits = LIMITS) => {
    const parsed = parseExport(text, instrument, limits);
    if (parsed.ok) throw new Error('the file was imported');
    return parsed;
  };

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const big = Object.assign(new Blob(['x'.repeat(LIMITS.fileBytes + 1)]), { name: 'big.json' });
    expect(await readExportFile(big, instrument)).toMatchObject({ ok: false, problem: 'file', summary: expect.stringMatching(/^This file is 4 MB, and a file can be at most 4 MB here/) });
  });

  it('refuses more attempts, answers or notes than the limits, before the schema reads them', () => {
    const limits = { ...LIMITS, attempts: 3, answers: 2 };
    expect(refused(exportText([attempt('a', {}), attempt('b', {}), attempt('c', {}), attempt('d', {})]), limits)).toMatchObject({ problem: 'too-many', summary: 'This file holds 4 attempts, and a file can hold at most 3, so it was not imported. A file one person exports holds a few: check that this is the file you meant.', detail: 'attempts has 4 entries; the limit is 3' });
    expect(refused(exportText([attempt('a', { a1: 1, a2: 1, a3: 1 })]), limits)).toMatchObject({ problem: 'too-many', summary: expect.stringMatching(/^Attempt 1 in this file has 3 answers, and an attempt can have at most 2/), detail: 'attempts[0].answers has 3 entries; the limit is 2' });
    expect(refused(exportText([{ ...attempt('a', {}), notes: { a: 'x', b: 'y', c: 'z' } }]), limits)).toMatchObject({ summary: expect.stringMatching(/^Attempt 1 in this file has 3 notes/) });
    // Even a file of wrong types is counted only where it is a list or an object.
    expect(refused(exportText('many' as never, {}))).toMatchObject({ problem: 'invalid' });
  });

  it('refuses a duplicate key with the key and its line, so nothing is half-imported', () => {
    const text = exportText([attempt('a', { a1: 1 })]).replace('"a1":1', '"a1":1,\n"a1":4');
    expect(refused(text)).toMatchObject({ problem: 'file', summary: expect.stringMatching(/gives “a1” twice in one place \(line 2\)/), detail: 'duplicate key "a1" in attempts[0].answers, line 2' });
  });

  it('refuses prototype keys as data, never reading them as inherited properties', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const text = exportText([attempt('a', { a1: 1 })]).replace('"a1":1', `"a1":1,"${key}":2`);
      const parsed = parseExport(text, instrument);
      // "constructor" is a well-formed id: kept as an answer to an item this audit does not have.
      if (key === 'constructor') expect(parsed).toMatchObject({ ok: true, warnings: [expect.stringMatching(/^1 answer is for items/)] });
      else if (key === '__proto__') expect(parsed).toMatchObject({ ok: false, problem: 'file', detail: 'key "__proto__" in attempts[0].answers, line 1' });
      else expect(parsed).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringMatching(/expected an id in lower-case words/) });
    }
    expect(refused(exportText([], { instrument: { kind: 'audit', id: 'constructor' } }))).toMatchObject({ problem: 'instrument' });
    expect(refused('{"format": "playbook-self-audit", "__proto__": {"version": 3}}')).toMatchObject({ problem: 'file', summary: expect.stringMatching(/“__proto__”/) });
  });

  it('refuses the spreadsheet export, saying only the JSON export can be imported and naming the file to use', async () => {
    const csv = Object.assign(new Blob(['\uFEFFSection,Item id,Item\r\n']), { name: 'test-audit-self-audit-jo-2026-09-14.csv' });
    const parsed = await readExportFile(csv, instrument);
    expect(parsed).toMatchObject({ ok: false, problem: 'file' });
    if (parsed.ok) return;
    expect(parsed.summary).toBe('This is the spreadsheet (CSV) export, which is for reading in a spreadsheet and cannot be imported: only the JSON export can. Import the file “Export answers (JSON)” saves instead, named like “test-audit-self-audit-jo-2026-09-14.json”.');
    expect(parsed.summary).not.toMatch(/damaged/);
  });

  it('merges 10,000 attempts into 10,000 saved in one pass', () => {
    const many = (prefix: string) => Array.from({ length: 10_000 }, (_, index) => attempt(`${prefix}${index}`, { a1: 1 }));
    const saved = { ...emptyDoc('audit', 'test-audit'), attempts: many('s') };
    const started = performance.now();
    const merged = mergeAttempts(saved, [...many('s'), ...many('n')]);
    expect(merged).toMatchObject({ added: 10_000, unchanged: 10_000 });
    // Not a speed test (bench:import measures that): a pass that compared every pair would take minutes.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('CSV', () => {
  it('has one row per item and a column per attempt, oldest first, empty when unanswered, and each section\'s notes', () => {
    const csv = attemptsCsv(instrument, [doc.attempts[1]!, doc.attempts[0]!]);
    // A byte-order mark first, so Excel on Windows reads the text as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Section,Item id,Item,September 2026 (2026-09-14),July 2027 (2027-07-10)');
    expect(lines.slice(1, -1)).toEqual([
      'Asking,a1,I ask.,1,3',
      'Asking,a2,I probe.,3,',
      'Asking,a3,I vary.,,',
      // The September note has a line break, quotes and a comma: quoted, so it stays one cell.
      'Asking,,Notes,"Line one\nline ""two"", with a comma",',
      'Listening,l1,I listen.,,',
      'Listening,l2,I check.,,4',
      'Listening,,Notes,,',
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-1)).toBe('-1');
  });
});

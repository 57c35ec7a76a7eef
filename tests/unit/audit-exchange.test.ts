/** Exported files: JSON that round-trips, import checks, merging, and CSV. */
import { describe, expect, it } from 'vitest';
import { mergeAttempts } from '../../src/lib/audit/attempts.ts';
import { attemptsCsv, csvCell } from '../../src/lib/audit/csv.ts';
import { exportFileName, exportJson, parseExport } from '../../src/lib/audit/exchange.ts';
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

describe('CSV', () => {
  it('has one row per item and a column per attempt, oldest first, empty when unanswered, and each section\'s notes', () => {
    const csv = attemptsCsv(instrument, [doc.attempts[1]!, doc.attempts[0]!]);
    const lines = csv.split('\r\n');
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

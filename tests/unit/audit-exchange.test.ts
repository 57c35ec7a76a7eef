/** Exported files: JSON that round-trips, import checks, merging, and CSV. */
import { describe, expect, it } from 'vitest';
import { mergeAttempts } from '../../src/lib/audit/attempts.ts';
import { attemptsCsv, csvCell } from '../../src/lib/audit/csv.ts';
import { exportFileName, exportJson, parseExport } from '../../src/lib/audit/exchange.ts';
import { emptyDoc, type AuditDoc } from '../../src/lib/audit/schema.ts';
import { attempt, exportText, instrument } from './audit-fixtures.ts';

const doc: AuditDoc = {
  version: 2,
  instrument: { kind: 'audit', id: 'test-audit' },
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
    const merged = mergeAttempts(emptyDoc('audit', 'test-audit'), parsed.file.attempts);
    expect(merged.added).toBe(2);
    expect(merged.doc).toEqual(doc);
    expect(exportJson(instrument, merged.doc)).toBe(text);
    expect(exportFileName(instrument, 'json')).toBe('test-audit-self-audit.json');
  });

  const cases: [string, string, RegExp, string][] = [
    ['malformed JSON', '{"format": "playbook-self-audit", ', /not a valid JSON file/, 'json'],
    ['an empty file', '', /not a valid JSON file/, 'json'],
    ['JSON from something else', JSON.stringify({ hello: 'world' }), /not a self-audit file exported from this playbook/, 'format'],
    ['a list', '[]', /not a self-audit file/, 'format'],
    ['a file for another audit', exportText([], { instrument: { kind: 'audit', id: 'coaching-survey', title: 'Coaching survey' } }), /answers to “Coaching survey” \("coaching-survey"\), not to “Test audit”/, 'instrument'],
    ['a newer version', exportText([], { version: 2 }), /newer version of this site \(file format version 2\)/, 'version'],
    ['no version', exportText([], { version: 'one' }), /expected "version": 1, found "one"/, 'version'],
    ['an attempt without answers', exportText([{ ...attempt('a', {}), answers: undefined } as never]), /damaged or was edited by hand: attempts\[0\]\.answers/, 'invalid'],
    ['a bad date', exportText([attempt('a', { a1: 1 }, 'yesterday')]), /attempts\[0\]\.createdAt: expected a date and time/, 'invalid'],
    ['a value that is not a number', exportText([{ ...attempt('a', {}), answers: { a1: 'high' } } as never]), /attempts\[0\]\.answers\.a1/, 'invalid'],
    ['two attempts with one id', exportText([attempt('a', {}), attempt('a', {})]), /two attempts share the id "a"/, 'invalid'],
    ['a value off the scale', exportText([attempt('a', { a1: 7, a2: 0 })]), /not on this audit's scale \(1 to 4\): attempts\[0\]\.answers\.a1 is 7; attempts\[0\]\.answers\.a2 is 0/, 'scale'],
  ];
  for (const [name, text, message, problem] of cases) {
    it(`refuses ${name} with a clear reason`, () => {
      const parsed = parseExport(text, instrument);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problem).toBe(problem);
      expect(parsed.reason).toMatch(message);
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
  it('has one row per item and a column per attempt, oldest first, empty when unanswered', () => {
    const csv = attemptsCsv(instrument, [doc.attempts[1]!, doc.attempts[0]!]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Section,Item id,Item,September 2026 (2026-09-14),July 2027 (2027-07-10)');
    expect(lines.slice(1, -1)).toEqual([
      'Asking,a1,I ask.,1,3',
      'Asking,a2,I probe.,3,',
      'Asking,a3,I vary.,,',
      'Listening,l1,I listen.,,',
      'Listening,l2,I check.,,4',
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

/** The record as a spreadsheet: a row per drop-in, formulas neutralised, a byte-order mark. */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText, looksLikeFormula, recordsCsv } from '../../src/lib/coaching/csv.ts';
import { catalogue, cycle, fields, PAUSE, record } from './coaching-fixtures.ts';

describe('cells a spreadsheet could run', () => {
  // Each would start a formula in some spreadsheet: the ASCII signs, after spaces or line breaks, and their full-width and small forms.
  const formulas = ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', '  =HYPERLINK("x")', '\n\n=1', ' \u3000=1', '\u00a0@x', '＝1+1', '＋1', '－1', '＠x', '﹦1', '﹢1', '﹣1', '﹫x'];
  it.each(formulas)('neutralises %j with a leading apostrophe', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
  });

  const plain = ['Sam', 'Pause, then name', 'a=b', '3 - 2', '', 'É'];
  it.each(plain)('leaves %j as it is but for quoting', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(csvCell(text)).not.toMatch(/^"?'/);
  });

  it('writes numbers as they are, quotes what must be quoted, and starts with a byte-order mark', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('say "hi", then\nwait')).toBe('"say ""hi"", then\nwait"');
    expect(csvText([['a', 'b']])).toBe(`${BOM}a,b\r\n`);
  });
});

describe('the record as CSV', () => {
  it('has a row per drop-in, oldest first for each coachee, with the playbook\'s names', () => {
    const doc = record({ 'teacher-a': '=Sam' }, [
      ...cycle('anna', 'teacher-a', PAUSE, ['2026-09-07', '2026-09-21']),
      fields('anna-9', 'teacher-a', '2026-09-01', { technique: 'cold-call', phase: 'primary', subject: 'maths', wentWell: [{ lookFor: 'Every pupil looks up when the question is asked', note: 'All of them' }] }),
    ]);
    const lines = recordsCsv(doc, catalogue).replace(BOM, '').split('\r\n');
    expect(lines[0]).toBe('Coachee,School or group,Date,Class,Phase,Subject,Technique watched for,What went well,Notes,Last step,Action step,Follow-up');
    expect(lines[1]).toBe("'=Sam,,2026-09-01,,Primary,Maths,Cold call,Every pupil looks up when the question is asked: All of them,,,,");
    expect(lines[2]).toBe("'=Sam,,2026-09-07,,,,,,,,Cold call: Pause,");
    expect(lines[3]).toBe("'=Sam,,2026-09-21,,,,,,,Secure,,");
    expect(lines).toHaveLength(5);
  });
});

/**
 * The one CSV writer every export uses (src/lib/csv.ts): formulas neutralised however they are
 * disguised, quoting, and the byte-order mark that lets Excel on Windows read accents.
 */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText, looksLikeFormula } from '../../src/lib/csv.ts';
import { attemptsCsv } from '../../src/lib/audit/csv.ts';
import { groupReportCsv } from '../../src/lib/audit/group-report.ts';
import { summariseGroup } from '../../src/lib/audit/group.ts';
import { attempt, instrument } from './audit-fixtures.ts';

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

describe('every CSV export', () => {
  it('starts with the byte-order mark, so "café" and "Zoë" survive a spreadsheet on Windows, and neutralises formulas in notes and labels', () => {
    const sept = { ...attempt('sept', { a1: 1 }, '2026-09-14T09:00:00.000Z', '=HYPERLINK("x")'), notes: { asking: '\n  ＝1+1 café, Zoë' } };
    const audits = attemptsCsv(instrument, [sept]);
    const group = groupReportCsv(instrument, [{ name: '@September', summary: summariseGroup(instrument, []) }]);
    for (const text of [audits, group]) {
      expect(text.startsWith(BOM)).toBe(true);
      expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text.slice(1));
    }
    expect(audits).toContain(`'=HYPERLINK(""x"") (2026-09-14)`);
    expect(audits).toContain(`"'\n  ＝1+1 café, Zoë"`);
    expect(group).toContain("'@September: mean");
  });
});

/** The record as a spreadsheet: a row per drop-in, formulas neutralised, a byte-order mark (the cells themselves: csv.test.ts). */
import { describe, expect, it } from 'vitest';
import { recordsCsv } from '../../src/lib/coaching/csv.ts';
import { BOM } from '../../src/lib/csv.ts';
import { catalogue, cycle, fields, PAUSE, record } from './coaching-fixtures.ts';

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

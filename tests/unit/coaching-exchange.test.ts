/** Exported coaching records: JSON that imports again and merges without duplicates, and files of the wrong kind refused with a reason. */
import { describe, expect, it } from 'vitest';
import { coachingFileName, jsonText, parseCoachingFile, toExportFile } from '../../src/lib/coaching/exchange.ts';
import { mergeRecords } from '../../src/lib/coaching/merge.ts';
import { emptyDoc, saveDropIn } from '../../src/lib/coaching/record.ts';
import { toTrendsFile, WITHOUT_NOTES_OR_LABELS } from '../../src/lib/coaching/trend-export.ts';
import { teacherFile } from '../../src/lib/coaching/teacher-copy.ts';
import { at, cycle, fields, PAUSE, record } from './coaching-fixtures.ts';

const now = new Date('2026-10-10T12:00:00.000Z');
const doc = record({ 'teacher-a': 'AB', 'teacher-b': 'Zoë' }, [...cycle('anna', 'teacher-a', PAUSE, ['2026-09-07', '2026-09-21']), fields('bill00', 'teacher-b', '2026-09-08', { notes: 'Line one\nline "two", with a comma' })]);

describe('exporting and importing', () => {
  it('round-trips: an export imported on a fresh device gives the same record, and exports the same text', () => {
    const text = jsonText(toExportFile(doc, now));
    const read = parseCoachingFile(text, 'records');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const merged = mergeRecords(emptyDoc('fresh-device'), read.file);
    expect(merged.ok && merged.doc).toEqual(doc);
    expect(merged.ok && jsonText(toExportFile(merged.doc, now))).toBe(text);
  });

  it('imports the same file twice without duplicating anything', () => {
    const file = toExportFile(doc, now);
    const once = mergeRecords(emptyDoc('device'), file);
    if (!once.ok) throw new Error('merge failed');
    const twice = mergeRecords(once.doc, file);
    expect(twice.ok && twice.doc).toEqual(once.doc);
    expect(twice.ok && twice.dropIns).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(twice.ok && twice.coachees).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });

  it('keeps the copy changed last, and adds what only the file has', () => {
    const changedHere = saveDropIn(doc, fields('bill00', 'teacher-b', '2026-09-08', { notes: 'Changed here later' }), at('2026-10-01'));
    const older = toExportFile(doc, now);
    const withNew = { ...older, dropIns: [...older.dropIns, { ...fields('new000', 'teacher-b', '2026-10-02'), createdAt: at('2026-10-02'), updatedAt: at('2026-10-02') }] };
    const merged = mergeRecords(changedHere, withNew);
    expect(merged.ok && merged.dropIns).toEqual({ added: 1, updated: 0, unchanged: 3 });
    expect(merged.ok && merged.doc.dropIns.find((item) => item.id === 'bill00')?.notes).toBe('Changed here later');
    // And the other way: the file's later copy replaces the older one held.
    const back = mergeRecords(doc, toExportFile(changedHere, now));
    expect(back.ok && back.dropIns.updated).toBe(1);
  });

  it('keeps its own coach id once it holds records, and takes the file\'s on a device with none', () => {
    const file = toExportFile(doc, now);
    expect(mergeRecords(emptyDoc('fresh-device'), file).ok && mergeRecords(emptyDoc('fresh-device'), file)).toMatchObject({ doc: { coach: 'coach-one' } });
    const other = record({ 'teacher-z': 'ZZ' }, [], 'other-coach');
    expect(mergeRecords(other, file)).toMatchObject({ ok: true, doc: { coach: 'other-coach' } });
  });

  it('names files with the day, so they sort and do not collide', () => {
    expect(coachingFileName('records', 'json', now)).toBe('coaching-records-2026-10-10.json');
    expect(coachingFileName('follow-up', 'ics', now)).toBe('coaching-follow-up-2026-10-10.ics');
  });

  // [case, file text, the summary says, the detail says]
  const wrong: [string, string, RegExp, RegExp][] = [
    ['not JSON', '{"format": "playbook-coaching",', /not a coaching record/, /not valid JSON/],
    ['a self-audit file', JSON.stringify({ format: 'playbook-self-audit', version: 3 }), /not a coaching record/, /"format" is "playbook-self-audit"/],
    ['a trends file', jsonText(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, now)), /trends file, made for a PD lead, without notes/, /playbook-coaching-trends/],
    ['a teacher\'s copy', JSON.stringify(teacherFile({ technique: 'cold-call', step: 'pause', set: '2026-09-07' })), /teacher’s copy of one step/, /playbook-teacher-step/],
    ['a newer version', JSON.stringify({ ...toExportFile(doc, now), version: 9 }), /newer version of the site/, /format version 9/],
    ['a damaged file', JSON.stringify({ ...toExportFile(doc, now), dropIns: [{ ...doc.dropIns[0], date: 'last Tuesday' }] }), /changed or damaged/, /dropIns\[0\]\.date: expected a day/],
    ['a file too big', ' '.repeat(20_000_001), /too big/, /20,000,001 characters/],
  ];
  it.each(wrong)('refuses %s with a summary to act on and a detail for whoever helps', (_, text, summary, detail) => {
    const read = parseCoachingFile(text, 'records');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.summary).toMatch(summary);
    expect(read.detail).toMatch(detail);
  });
});

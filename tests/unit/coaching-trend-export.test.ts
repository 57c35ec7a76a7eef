/** The trends file a coach sends a PD lead: no notes, no class and no labels unless the coach includes them. */
import { describe, expect, it } from 'vitest';
import { jsonText, parseCoachingFile } from '../../src/lib/coaching/exchange.ts';
import { toTrendsFile, trendsFileHolds, WITHOUT_NOTES_OR_LABELS } from '../../src/lib/coaching/trend-export.ts';
import { fields, PAUSE, record } from './coaching-fixtures.ts';

const now = new Date('2026-10-10T12:00:00.000Z');
const doc = record({ 'teacher-a': 'Sam Jones' }, [
  fields('drop01', 'teacher-a', '2026-09-07', { className: '9X2', phase: 'primary', technique: 'cold-call', step: PAUSE, notes: 'Private note', followUp: '2026-09-21', wentWell: [{ lookFor: 'Every pupil looks up', note: 'Secret words' }] }),
]);

describe('the trends file', () => {
  it('holds no notes, no class and no labels by default: only ids, dates, look-fors and steps', () => {
    const text = jsonText(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, now));
    for (const secret of ['Private note', 'Secret words', '9X2', 'Sam Jones']) expect(text).not.toContain(secret);
    const file = toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, now);
    expect(file.includes).toEqual({ notes: false, labels: false });
    expect(file.coachees).toEqual([{ id: 'teacher-a', group: '' }]);
    expect(file.dropIns[0]).not.toHaveProperty('notes');
    expect(file.dropIns[0]).not.toHaveProperty('className');
    expect(file.dropIns[0]).not.toHaveProperty('wentWellNotes');
    expect(file.dropIns[0]).toMatchObject({ id: 'drop01', coachee: 'teacher-a', date: '2026-09-07', phase: 'primary', step: PAUSE, lookFors: ['Every pupil looks up'], followUp: '2026-09-21' });
  });

  it('holds notes and labels when the coach ticks to include them, and reads back as a trends file', () => {
    const file = toTrendsFile(doc, { notes: true, labels: true }, now);
    expect(file.coachees[0]?.label).toBe('Sam Jones');
    expect(file.dropIns[0]).toMatchObject({ notes: 'Private note', className: '9X2', wentWellNotes: ['Secret words'] });
    expect(parseCoachingFile(jsonText(file), 'trends')).toEqual({ ok: true, file });
  });

  it('says what it holds and what it leaves out before it is saved', () => {
    expect(trendsFileHolds(doc, WITHOUT_NOTES_OR_LABELS)).toEqual({
      holds: ['1 drop-in: its date, phase and subject, the look-fors seen and the step set', '1 coachee, as a random code that names no one, with their school or group', 'Whether each step became secure, was continued or refined, and the follow-up dates'],
      leavesOut: ['Coachees’ names or initials', 'Your notes, what went well in your words, and the class'],
    });
    expect(trendsFileHolds(doc, { notes: true, labels: false }).holds).toContain('Your notes, what went well in your words, and the class');
  });
});

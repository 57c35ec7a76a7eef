/** The teacher's copy of a step: a link and a file holding only the technique, the step and the dates. */
import { describe, expect, it } from 'vitest';
import { jsonText, parseCoachingFile, toExportFile } from '../../src/lib/coaching/exchange.ts';
import { coacheeRecord } from '../../src/lib/coaching/record.ts';
import { keepTeacherStep, readTeacherLink, removeTeacherStep, teacherCodec, teacherFile, teacherLink, teacherStepOf } from '../../src/lib/coaching/teacher-copy.ts';
import { cycle, fields, PAUSE, record } from './coaching-fixtures.ts';

const open = record({ 'teacher-a': 'Sam Jones' }, [fields('drop01', 'teacher-a', '2026-09-07', { step: PAUSE, notes: 'Private note', className: '9X2', followUp: '2026-09-21', wentWell: [{ lookFor: 'Every pupil looks up', note: 'Secret' }] })]);

describe('the teacher\'s copy', () => {
  it('holds the technique, the step, the day set and the follow-up, and nothing from the coach\'s notes', () => {
    const step = teacherStepOf(coacheeRecord(open, 'teacher-a').spans[0]!);
    expect(step).toEqual({ technique: 'cold-call', step: 'pause', set: '2026-09-07', followUp: '2026-09-21' });
    const link = teacherLink('https://playbook.example/coaching/my-step/', step);
    const file = jsonText(teacherFile(step));
    for (const text of [link, file]) for (const secret of ['Private', 'Secret', '9X2', 'Sam', 'teacher-a', 'drop01']) expect(text).not.toContain(secret);
  });

  it('puts the step after "#", which the browser never sends, and reads it back', () => {
    const step = { technique: 'cold-call', step: 'pause', set: '2026-09-07', followUp: '2026-09-21' };
    const link = teacherLink('https://playbook.example/coaching/my-step/?x=1#old', step);
    expect(link).toBe('https://playbook.example/coaching/my-step/?x=1#v=1&technique=cold-call&step=pause&set=2026-09-07&followUp=2026-09-21');
    expect(readTeacherLink(new URL(link).hash)).toEqual({ ok: true, doc: step });
  });

  it('gives the day it became secure, and no follow-up, once secure', () => {
    const secured = record({ 'teacher-a': 'AB' }, cycle('drop', 'teacher-a', PAUSE, ['2026-09-07', '2026-09-28']));
    expect(teacherStepOf(coacheeRecord(secured, 'teacher-a').spans[0]!)).toEqual({ technique: 'cold-call', step: 'pause', set: '2026-09-07', secured: '2026-09-28' });
  });

  // [case, the part after "#", what the reason says]
  const bad: [string, string, RegExp][] = [
    ['no version', '#technique=cold-call&step=pause&set=2026-09-07', /expected a whole-number "version", found nothing/],
    ['a newer version', '#v=2&technique=cold-call&step=pause&set=2026-09-07', /newer version/],
    ['a bad day', '#v=1&technique=cold-call&step=pause&set=07/09/2026', /set: expected a day written YYYY-MM-DD/],
    ['no step', '#v=1&technique=cold-call&set=2026-09-07', /step: missing \(expected text\)/],
    ['a script for an id', '#v=1&technique=%3Cscript%3E&step=pause&set=2026-09-07', /technique: expected an id in lower-case words/],
  ];
  it.each(bad)('refuses a link with %s', (_, hash, reason) => {
    const read = readTeacherLink(hash);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  it('reads the file back, and refuses a coach\'s full record in its place', () => {
    const step = { technique: 'cold-call', step: 'pause', set: '2026-09-07' };
    expect(parseCoachingFile(jsonText(teacherFile(step)), 'teacher')).toEqual({ ok: true, file: teacherFile(step) });
    const full = parseCoachingFile(jsonText(toExportFile(open, new Date())), 'teacher');
    expect(!full.ok && full.summary).toMatch(/not a copy of a step/);
  });

  it('keeps each step once in the teacher\'s own record, with its latest dates, and removes it', () => {
    const step = { technique: 'cold-call', step: 'pause', set: '2026-09-07', followUp: '2026-09-21' };
    let doc = keepTeacherStep(teacherCodec.empty(), step);
    doc = keepTeacherStep(doc, { ...step, followUp: '2026-09-28' });
    doc = keepTeacherStep(doc, { technique: 'cold-call', step: 'ask-first', set: '2026-08-31' });
    expect(doc.steps.map((item) => [item.step, item.followUp])).toEqual([
      ['ask-first', undefined],
      ['pause', '2026-09-28'],
    ]);
    expect(teacherCodec.read(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, doc });
    expect(removeTeacherStep(doc, step).steps).toHaveLength(1);
  });
});

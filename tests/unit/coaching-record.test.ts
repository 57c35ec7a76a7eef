/** The coach's record: reading it back, the changes a coach makes, and the next drop-in's form. */
import { describe, expect, it } from 'vitest';
import { coacheeRecord, coachingCodec, deleteCoachee, deleteDropIn, emptyDoc, integrityProblem, newDropIn, saveCoachee, saveDropIn, withOutcome } from '../../src/lib/coaching/record.ts';
import { CONTENT_ID } from '../../src/lib/coaching/schema.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { loadDoc, memoryStorage, updateDoc } from '../../src/lib/storage/store.ts';
import { ASK, at, cycle, fields, PAUSE, record } from './coaching-fixtures.ts';

const codec = coachingCodec(() => 'new-coach');

describe('the saved record', () => {
  it('keeps the content id pattern equal to the schemas\' own', () => {
    expect(CONTENT_ID.source).toBe(ID_PATTERN.source);
  });

  it('reads back what was saved, exactly', () => {
    const doc = record({ 'teacher-a': 'AB' }, [fields('drop01', 'teacher-a', '2026-09-07', { step: PAUSE, wentWell: [{ lookFor: 'Every pupil looks up', note: 'All eyes up' }], notes: 'Good start', followUp: '2026-09-21' })]);
    expect(codec.read(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, doc });
  });

  it('starts empty with a coach id made on this device', () => {
    expect(codec.empty()).toEqual({ version: 1, coach: 'new-coach', coachees: [], dropIns: [] });
  });

  // [case, change to a good record, what the reason says]
  const bad: [string, (doc: Record<string, unknown>) => unknown, RegExp][] = [
    ['a newer version', (doc) => ({ ...doc, version: 2 }), /newer version of this site \(format version 2; this page reads up to 1\)/],
    ['no version', (doc) => ({ ...doc, version: undefined }), /expected a whole-number "version", found nothing/],
    ['a list', () => [], /expected an object with a "version" number, found a list/],
    ['a day that is not a day', (doc) => ({ ...doc, dropIns: [{ ...(doc.dropIns as object[])[0], date: '2026-02-30' }] }), /dropIns\[0\]\.date: expected a day written YYYY-MM-DD/],
    ['a grade', (doc) => ({ ...doc, dropIns: [{ ...(doc.dropIns as object[])[0], grade: 3 }] }), /dropIns\[0\]: fields this format does not have: "grade"/],
    ['an outcome it does not know', (doc) => ({ ...doc, dropIns: [{ ...(doc.dropIns as object[])[0], review: { of: 'drop00', outcome: 'outstanding' } }] }), /dropIns\[0\]\.review\.outcome: expected one of "secured", "continued", "refined", found "outstanding"/],
    ['a label too long', (doc) => ({ ...doc, coachees: [{ ...(doc.coachees as object[])[0], label: 'x'.repeat(81) }] }), /coachees\[0\]\.label: expected at most 80 characters/],
    ['an empty label', (doc) => ({ ...doc, coachees: [{ ...(doc.coachees as object[])[0], label: '  ' }] }), /coachees\[0\]\.label: expected a name or initials/],
    ['a wrong type', (doc) => ({ ...doc, coachees: 'AB' }), /coachees: expected a list, found text/],
    ['a drop-in about no coachee', (doc) => ({ ...doc, dropIns: [{ ...(doc.dropIns as object[])[0], coachee: 'nobody' }] }), /dropIns\[0\]\.coachee: no coachee in the file has the id "nobody"/],
    ['two drop-ins with one id', (doc) => ({ ...doc, dropIns: [(doc.dropIns as object[])[0], (doc.dropIns as object[])[0]] }), /dropIns\[1\]\.id: the id "drop01" is used by two drop-ins/],
  ];
  it.each(bad)('refuses %s with a reason that names the place', (_, change, reason) => {
    const doc = JSON.parse(JSON.stringify(record({ 'teacher-a': 'AB' }, [fields('drop01', 'teacher-a', '2026-09-07', { step: PAUSE })])));
    const read = codec.read(change(doc));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  it('keeps unreadable saved data aside, never drops it, through the shared store', () => {
    const storage = memoryStorage({ 'playbook:/:coaching': '{"version":1,"coach":"x"}' });
    const loaded = loadDoc(storage, 'playbook:/:coaching', codec, () => new Date('2026-10-01T00:00:00Z'));
    expect(loaded.notice?.kind).toBe('backed-up');
    expect(storage.getItem('playbook:/:coaching:backup:2026-10-01T00:00:00.000Z')).toBe('{"version":1,"coach":"x"}');
  });

  it('keeps a second tab\'s coachee when this tab saves a drop-in', () => {
    const storage = memoryStorage();
    const key = 'playbook:/:coaching';
    updateDoc(storage, key, codec, (doc) => saveCoachee(doc, { id: 'teacher-a', label: 'AB', group: '' }, at('2026-09-01')));
    // Another tab adds a coachee; this tab then saves a drop-in from its own (older) copy.
    updateDoc(storage, key, codec, (doc) => saveCoachee(doc, { id: 'teacher-b', label: 'CD', group: '' }, at('2026-09-02')));
    const saved = updateDoc(storage, key, codec, (doc) => saveDropIn(doc, fields('drop01', 'teacher-a', '2026-09-07'), at('2026-09-07')));
    expect(saved.ok && saved.doc.coachees.map((coachee) => coachee.label)).toEqual(['AB', 'CD']);
  });
});

describe('changes a coach makes', () => {
  it('adds a coachee, then renames them without a second one', () => {
    let doc = saveCoachee(emptyDoc('coach-one'), { id: 'teacher-a', label: '  Sam ', group: 'North' }, at('2026-09-01'));
    doc = saveCoachee(doc, { id: 'teacher-a', label: 'SJ', group: 'North' }, at('2026-09-02'));
    expect(doc.coachees).toEqual([{ id: 'teacher-a', label: 'SJ', group: 'North', createdAt: at('2026-09-01'), updatedAt: at('2026-09-02') }]);
    expect(saveCoachee(doc, { id: 'teacher-a', label: 'SJ', group: 'North' }, at('2026-09-03'))).toBe(doc);
  });

  it('saves a drop-in again under its id, keeping when it was first recorded', () => {
    let doc = record({ 'teacher-a': 'AB' }, [fields('drop01', 'teacher-a', '2026-09-07')]);
    doc = saveDropIn(doc, fields('drop01', 'teacher-a', '2026-09-07', { notes: 'Later thought' }), at('2026-09-08'));
    expect(doc.dropIns).toHaveLength(1);
    expect(doc.dropIns[0]).toMatchObject({ notes: 'Later thought', createdAt: at('2026-09-07'), updatedAt: at('2026-09-08') });
  });

  it('deletes one drop-in, or one coachee with all their drop-ins', () => {
    const doc = record({ 'teacher-a': 'AB', 'teacher-b': 'CD' }, [fields('drop01', 'teacher-a', '2026-09-07'), fields('drop02', 'teacher-a', '2026-09-21'), fields('drop03', 'teacher-b', '2026-09-08')]);
    expect(deleteDropIn(doc, 'drop02').dropIns.map((item) => item.id)).toEqual(['drop01', 'drop03']);
    const without = deleteCoachee(doc, 'teacher-a');
    expect(without.coachees.map((item) => item.id)).toEqual(['teacher-b']);
    expect(without.dropIns.map((item) => item.id)).toEqual(['drop03']);
    expect(integrityProblem(without)).toBeUndefined();
  });
});

describe('the next drop-in', () => {
  const doc = record({ 'teacher-a': 'AB' }, [fields('drop01', 'teacher-a', '2026-09-07', { technique: 'cold-call', step: PAUSE, followUp: '2026-09-21' })]);

  it('starts from the technique of the open step, with nothing else filled in', () => {
    expect(newDropIn(doc, { id: 'drop02', coachee: 'teacher-a' }, '2026-09-21')).toEqual(fields('drop02', 'teacher-a', '2026-09-21', { technique: 'cold-call' }));
  });

  it('"continue" keeps the same step; "secure" and "refine" leave the next step to choose; no outcome takes the review away', () => {
    const { open } = coacheeRecord(doc, 'teacher-a');
    const form = newDropIn(doc, { id: 'drop02', coachee: 'teacher-a' }, '2026-09-21');
    expect(withOutcome(form, open, 'continued')).toMatchObject({ review: { of: 'drop01', outcome: 'continued' }, step: PAUSE });
    const secured = withOutcome(withOutcome(form, open, 'continued'), open, 'secured');
    expect(secured.review).toEqual({ of: 'drop01', outcome: 'secured' });
    expect(secured.step).toBeUndefined();
    expect(withOutcome({ ...form, step: ASK }, open, 'refined')).toMatchObject({ review: { outcome: 'refined' }, step: ASK });
    expect(withOutcome({ ...form, step: ASK }, open, undefined)).toEqual({ ...form, step: ASK });
  });

  it('shows a secured step in the coachee\'s record with its days, and no open step after it', () => {
    const secured = record({ 'teacher-a': 'AB' }, cycle('drop', 'teacher-a', PAUSE, ['2026-09-07', '2026-09-28']));
    const view = coacheeRecord(secured, 'teacher-a');
    expect(view.spans[0]?.daysToSecure).toBe(21);
    expect(view.open).toBeUndefined();
    expect(view.intervals.map((item) => item.days)).toEqual([21]);
  });
});

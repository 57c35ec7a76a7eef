/**
 * A note per criterion in a rubric used as a self-review (src/lib/audit/notes.ts), and the
 * migration that keeps the one note a self-review had before: in storage (format 3 to 4), in
 * exported files (format 2 to 3), in the answer CSV, and the rubric id the notes reserve.
 */
import { describe, expect, it } from 'vitest';
import { instrumentFromRubric, type RubricLike } from '../../src/lib/audit/instrument.ts';
import { moveWholeReviewNote, WHOLE_REVIEW_NOTE } from '../../src/lib/audit/notes.ts';
import { auditCodec, auditStorageKey } from '../../src/lib/audit/saved.ts';
import { setNote } from '../../src/lib/audit/attempts.ts';
import { exportJson, parseExport } from '../../src/lib/audit/exchange.ts';
import type { Attempt } from '../../src/lib/audit/schema.ts';
import { exportFormat } from '../../src/lib/audit/export-file.ts';
import { attemptsCsv } from '../../src/lib/audit/csv.ts';
import { readVersioned } from '../../src/lib/storage/versioned.ts';
import { loadDoc, memoryStorage, updateDoc } from '../../src/lib/storage/store.ts';
import { rubricSchema } from '../../src/collections/rubrics/schema.ts';

const rubric: RubricLike = {
  title: 'Effective PD rubric',
  levels: [
    { id: 'not-yet', label: 'Not yet in place' },
    { id: 'partly', label: 'Partly in place' },
    { id: 'fully', label: 'Fully in place' },
  ],
  criteria: [
    { id: 'pupil-outcomes', title: "Focus on pupils' outcomes", descriptors: { 'not-yet': 'a', partly: 'b', fully: 'c' } },
    { id: 'evidence-and-rationale', title: 'Robust evidence and an understood rationale', descriptors: { 'not-yet': 'd', partly: 'e', fully: 'f' } },
  ],
};
const review = instrumentFromRubric('effective-pd', rubric);
const key = auditStorageKey('/', 'rubric', 'effective-pd');
const codec = auditCodec('rubric', 'effective-pd');
const T1 = '2026-09-14T09:00:00.000Z';
const T2 = '2026-10-02T16:45:12.345Z';

/**
 * Exactly what the previous release saved for this self-review (stored format 3): attempts with
 * random hex ids, answers by criterion id and the one note under the single section, "criteria".
 */
const savedByOldRelease = JSON.stringify({
  version: 3,
  instrument: { kind: 'rubric', id: 'effective-pd' },
  owner: 'Jo Smith',
  attempts: [
    { id: '5f0c9a1be27d4c8f9a3b6e01', label: 'September 2026', createdAt: T1, updatedAt: T2, answers: { 'pupil-outcomes': 2, 'evidence-and-rationale': 1 }, notes: { criteria: 'Strong on outcomes.\nRationale is weak: plan a session on it.' } },
    { id: '9d2e7b40c1a35f68e0b4d2c7', label: 'Empty one', createdAt: T2, updatedAt: T2, answers: {}, notes: {} },
  ],
});

describe('a self-review keeps a note per criterion', () => {
  it('keeps notes by criterion id, and an audit keeps them by section', () => {
    expect(review.notesBy).toBe('item');
    expect(review.sections).toHaveLength(1);
    const storage = memoryStorage({ [key]: savedByOldRelease });
    updateDoc(storage, key, codec, (doc) => setNote(setNote(doc, '9d2e7b40c1a35f68e0b4d2c7', 'pupil-outcomes', 'Outcomes first.', new Date(T2)), '9d2e7b40c1a35f68e0b4d2c7', 'evidence-and-rationale', 'Read the review.', new Date(T2)));
    expect(loadDoc(storage, key, codec).doc.attempts[1]!.notes).toEqual({ 'pupil-outcomes': 'Outcomes first.', 'evidence-and-rationale': 'Read the review.' });
  });

  it('refuses a rubric whose criterion would take the whole-review note\'s key', () => {
    const clash = { ...rubric, criteria: [{ ...rubric.criteria[0]!, id: WHOLE_REVIEW_NOTE }] };
    expect(() => instrumentFromRubric('clash', clash)).toThrow(/cannot have the id "whole-review"/);
    const entry = { ...clash, summary: 'S.', purposes: ['self-review'], sources: [{ id: 'dfe-pd-standard' }] };
    const parsed = rubricSchema().safeParse(entry);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/kept for a self-review's note on the whole review/);
    expect(rubricSchema().safeParse({ ...entry, criteria: rubric.criteria }).error?.issues.some((issue) => issue.path.includes('criteria'))).not.toBe(true);
  });
});

describe('migrating the one note a self-review had before', () => {
  it('moves the note to the whole-review key and keeps everything else as saved (stored format 3 to 4)', () => {
    const storage = memoryStorage({ [key]: savedByOldRelease });
    const loaded = loadDoc(storage, key, codec);
    expect(loaded.migratedFrom).toBe(3);
    expect(loaded.notice).toBeUndefined();
    const old = JSON.parse(savedByOldRelease);
    expect(loaded.doc).toEqual({
      ...old,
      version: 4,
      attempts: [{ ...old.attempts[0], notes: { [WHOLE_REVIEW_NOTE]: 'Strong on outcomes.\nRationale is weak: plan a session on it.' } }, old.attempts[1]],
    });
    // The next write stores version 4 with the note where the page shows it; nothing else changes.
    updateDoc(storage, key, codec, (doc) => setNote(doc, '5f0c9a1be27d4c8f9a3b6e01', 'pupil-outcomes', 'Ask pupils.', new Date(T2)));
    const stored = JSON.parse(storage.getItem(key)!);
    expect(stored.version).toBe(4);
    expect(stored.attempts[0].notes).toEqual({ [WHOLE_REVIEW_NOTE]: 'Strong on outcomes.\nRationale is weak: plan a session on it.', 'pupil-outcomes': 'Ask pupils.' });
    expect(stored.attempts[0].answers).toEqual(old.attempts[0].answers);
    expect(loadDoc(storage, key, codec).migratedFrom).toBeUndefined();
  });

  it('brings versions 1 and 2 of a self-review through the same step', () => {
    const v1 = { version: 1, instrument: 'effective-pd', answers: { 'pupil-outcomes': 3 }, notes: { criteria: 'All good.' }, savedAt: T1 };
    expect(loadDoc(memoryStorage({ [key]: JSON.stringify(v1) }), key, codec).doc.attempts[0]!.notes).toEqual({ [WHOLE_REVIEW_NOTE]: 'All good.' });
    const v2 = { version: 2, instrument: { kind: 'rubric', id: 'effective-pd' }, attempts: JSON.parse(savedByOldRelease).attempts };
    expect(loadDoc(memoryStorage({ [key]: JSON.stringify(v2) }), key, codec).doc).toMatchObject({ version: 4, owner: '', attempts: [{ notes: { [WHOLE_REVIEW_NOTE]: /^Strong on outcomes/ } }, { notes: {} }] });
  });

  it('leaves an audit\'s notes alone, even on a section called "criteria"', () => {
    const auditKey = auditStorageKey('/', 'audit', 'test-audit');
    const auditDoc = { version: 3, instrument: { kind: 'audit', id: 'test-audit' }, owner: '', attempts: [{ id: 'x', label: 'x', createdAt: T1, updatedAt: T1, answers: {}, notes: { criteria: 'Section note.' } }] };
    const loaded = loadDoc(memoryStorage({ [auditKey]: JSON.stringify(auditDoc) }), auditKey, auditCodec('audit', 'test-audit'));
    expect(loaded.doc).toEqual({ ...auditDoc, version: 4 });
  });

  it('never drops text: a note already under the whole-review key is joined with the old one', () => {
    expect(moveWholeReviewNote({ criteria: 'Old.', [WHOLE_REVIEW_NOTE]: 'Kept.', 'pupil-outcomes': 'P.' })).toEqual({ [WHOLE_REVIEW_NOTE]: 'Kept.\n\nOld.', 'pupil-outcomes': 'P.' });
    expect(moveWholeReviewNote({ 'pupil-outcomes': 'P.' })).toEqual({ 'pupil-outcomes': 'P.' });
  });

  it('imports a file exported by the previous release (format 2) with the note moved, and a version 1 file the same way', () => {
    const old = JSON.parse(savedByOldRelease);
    const file = { format: 'playbook-self-audit', version: 2, instrument: { kind: 'rubric', id: 'effective-pd', title: 'Effective PD rubric' }, owner: old.owner, attempts: old.attempts };
    const parsed = parseExport(JSON.stringify(file), review);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.version).toBe(3);
    expect(parsed.file.attempts[0]!.notes).toEqual({ [WHOLE_REVIEW_NOTE]: 'Strong on outcomes.\nRationale is weak: plan a session on it.' });
    // And a version 1 file (no owner) the same way.
    const { owner: _owner, ...v1 } = { ...file, version: 1 };
    expect(readVersioned(v1, exportFormat)).toMatchObject({ ok: true, doc: { version: 3, owner: '', attempts: [{ notes: { [WHOLE_REVIEW_NOTE]: /^Strong/ } }, {}] } });
    // What is exported now is format 3 and reads back unchanged.
    const again = parseExport(exportJson(review, { version: 4, instrument: { kind: 'rubric', id: 'effective-pd' }, owner: parsed.file.owner, attempts: parsed.file.attempts }), review);
    expect(again.ok && again.file.attempts).toEqual(parsed.file.attempts);
  });
});

describe('the CSV of a self-review', () => {
  it('has a notes row after each criterion, and one for the whole review when an attempt has such a note', () => {
    const attempts: Attempt[] = [
      { id: 'a', label: 'September', createdAt: T1, updatedAt: T1, answers: { 'pupil-outcomes': 2 }, notes: { 'pupil-outcomes': 'Ask pupils, first.', [WHOLE_REVIEW_NOTE]: 'From before.' } },
      { id: 'b', label: 'July', createdAt: T2, updatedAt: T2, answers: { 'evidence-and-rationale': 3 }, notes: { 'evidence-and-rationale': 'Better.' } },
    ];
    expect(attemptsCsv(review, attempts).split('\r\n')).toEqual([
      'Section,Item id,Item,September (2026-09-14),July (2026-10-02)',
      "Criteria,pupil-outcomes,Focus on pupils' outcomes,2,",
      `Criteria,,Notes on Focus on pupils' outcomes,"Ask pupils, first.",`,
      'Criteria,evidence-and-rationale,Robust evidence and an understood rationale,,3',
      'Criteria,,Notes on Robust evidence and an understood rationale,,Better.',
      'Criteria,,Notes on the whole review,From before.,',
      '',
    ]);
    // Without a whole-review note, no row for it.
    expect(attemptsCsv(review, [attempts[1]!])).not.toMatch(/whole review/);
  });
});

/**
 * Drafts the retired sequence builder left in browser storage open in the editor's sequence form.
 * The saved texts below are in the exact shape the builder wrote (JSON.stringify of
 * `{ version: 1, savedAt, draft }`, keys in its order, weeks as typed text).
 */
import { describe, expect, it } from 'vitest';
import { editorDraftCodec, editorDraftKey } from '../../../src/engine/editor/draft.ts';
import { adoptOriginal, editorDraftFromOld, migrateOldBuilderDraft, oldBuilderDraftKey } from '../../../src/engine/editor/old-builder-draft.ts';
import { entryProblems } from '../../../src/engine/editor/validate.ts';
import { openEntry, saveEntry } from '../../../src/engine/editor/document.ts';
import { loadDoc, memoryStorage } from '../../../src/lib/storage/store.ts';
import { parse } from 'yaml';

const base = '/playbook/';
const oldKey = oldBuilderDraftKey(base);
const newKey = editorDraftKey(base, 'sequences');
const now = () => new Date('2026-11-26T12:00:00.000Z');

/** A half-built sequence, one step adapted with an action step, notes on two lines, weeks typed. */
const SAVED_FULL =
  '{"version":1,"savedAt":"2026-11-20T09:15:00.000Z","draft":{"id":"autumn-term","title":"Autumn term","audience":"Teachers new to the school","summary":"Two techniques, a few weeks each.","steps":[{"key":"step-3","technique":"cold-call","step":"","weeks":"2","notes":""},{"key":"step-4","technique":"exit-tickets","step":"write-the-question","weeks":"3","notes":"Film one lesson.\\nShare it at the clinic."}]}}';
/** SAVED_FULL's data as the sequence file holds it (and the old builder wrote it). */
const FULL_DATA = {
  title: 'Autumn term',
  audience: 'Teachers new to the school',
  summary: 'Two techniques, a few weeks each.',
  steps: [
    { technique: 'cold-call', weeks: 2 },
    { technique: 'exit-tickets', step: 'write-the-question', weeks: 3, notes: 'Film one lesson.\nShare it at the clinic.' },
  ],
};
/** Only a title typed: the file name followed it. */
const SAVED_TITLE_ONLY = '{"version":1,"savedAt":"2026-11-21T10:00:00.000Z","draft":{"id":"first-half-term","title":"First half term","audience":"","summary":"","steps":[]}}';
/** Weeks left blank on one step and mistyped on another, and a file name typed by hand. */
const SAVED_ODD_WEEKS = '{"version":1,"savedAt":"2026-11-22T10:00:00.000Z","draft":{"id":"my-plan","title":"Spring plan","audience":"ECTs","summary":"S","steps":[{"key":"step-1","technique":"cold-call","step":"","weeks":"","notes":"  "},{"key":"step-2","technique":"cold-call","step":"","weeks":"two","notes":""}]}}';
/** What a cleared form left behind. */
const SAVED_EMPTY = '{"version":1,"savedAt":"2026-11-23T10:00:00.000Z","draft":{"id":"","title":"","audience":"","summary":"","steps":[]}}';

describe('an old sequence builder draft', () => {
  it('opens in the editor with every field the builder kept, and the old key goes once it is saved', () => {
    const storage = memoryStorage({ [oldKey]: SAVED_FULL });
    const result = migrateOldBuilderDraft(storage, base, newKey, 'sequences', now);
    expect(result.kind).toBe('migrated');
    const expected = {
      kind: 'sequences',
      id: 'autumn-term',
      idEdited: false,
      data: FULL_DATA,
      body: '',
      examples: null,
      original: null,
      extras: [],
    };
    expect(result.kind === 'migrated' && result.draft).toEqual(expected);
    expect(result.kind === 'migrated' && result.savedAt).toBe('2026-11-20T09:15:00.000Z');
    const stored = loadDoc(storage, newKey, editorDraftCodec);
    expect(stored.doc.draft).toEqual(expected);
    expect(stored.doc.savedAt).toBe('2026-11-20T09:15:00.000Z');
    expect(storage.getItem(oldKey)).toBeNull();
  });

  it('saves as the same file the builder would have written', () => {
    const draft = editorDraftFromOld(JSON.parse(SAVED_FULL).draft, 'sequences')!;
    const text = saveEntry('sequences', { data: draft.data, body: '' });
    expect(parse(text)).toEqual(FULL_DATA);
  });

  it('keeps a title-only draft, with its file name still following the title', () => {
    const storage = memoryStorage({ [oldKey]: SAVED_TITLE_ONLY });
    const result = migrateOldBuilderDraft(storage, base, newKey, 'sequences', now);
    expect(result.kind === 'migrated' && result.draft).toMatchObject({ id: 'first-half-term', idEdited: false, data: { title: 'First half term' } });
  });

  it('keeps weeks as typed, so that the form shows the problem rather than dropping the step', () => {
    const draft = editorDraftFromOld(JSON.parse(SAVED_ODD_WEEKS).draft, 'sequences')!;
    expect(draft.idEdited).toBe(true);
    expect(draft.data.steps).toEqual([{ technique: 'cold-call' }, { technique: 'cold-call', weeks: 'two' }]);
    const problems = entryProblems(
      { kind: 'sequences', id: draft.id, file: 'content/sequences/my-plan.yaml', data: draft.data },
      { taxonomy: { phases: [], subjects: [], components: [] }, existing: [{ collection: 'techniques', id: 'cold-call' }], named: [] },
    );
    expect(problems.map((problem) => problem.place)).toEqual([
      { at: 'field', path: ['steps', 0, 'weeks'] },
      { at: 'field', path: ['steps', 1, 'weeks'] },
    ]);
  });

  it('that holds nothing is removed, and the editor starts afresh', () => {
    const storage = memoryStorage({ [oldKey]: SAVED_EMPTY });
    expect(migrateOldBuilderDraft(storage, base, newKey, 'sequences', now)).toEqual({ kind: 'none' });
    expect(storage.dump()).toEqual({});
  });

  it('that cannot be read is set aside under a backup key with a notice, never dropped', () => {
    const broken = '{"version": 1, "draft": "not a draft"';
    const storage = memoryStorage({ [oldKey]: broken });
    const result = migrateOldBuilderDraft(storage, base, newKey, 'sequences', now);
    expect(result.kind).toBe('unreadable');
    const backup = result.kind === 'unreadable' && result.notice.kind === 'backed-up' ? result.notice.backupKey : '';
    expect(backup).toBe(`${oldKey}:backup:2026-11-26T12:00:00.000Z`);
    expect(storage.getItem(backup)).toBe(broken);
    expect(storage.getItem(oldKey)).toBeNull();
    const wrongShape = memoryStorage({ [oldKey]: '{"version":1,"savedAt":"x","draft":{"title":3}}' });
    expect(migrateOldBuilderDraft(wrongShape, base, newKey, 'sequences', now).kind).toBe('unreadable');
  });

  it('waits while the editor has a draft of its own, and leaves both in place', () => {
    const current = JSON.stringify({ version: 1, savedAt: '2026-11-25T00:00:00Z', draft: { kind: 'sequences', id: 'x', idEdited: true, data: { title: 'X' }, body: '', examples: null, original: null } });
    const storage = memoryStorage({ [oldKey]: SAVED_FULL, [newKey]: current });
    expect(migrateOldBuilderDraft(storage, base, newKey, 'sequences', now)).toEqual({ kind: 'none' });
    expect(storage.dump()).toEqual({ [oldKey]: SAVED_FULL, [newKey]: current });
  });

  it('of another playbook on the same host is left alone', () => {
    const storage = memoryStorage({ [oldBuilderDraftKey('/')]: SAVED_FULL });
    expect(migrateOldBuilderDraft(storage, base, newKey, 'sequences', now)).toEqual({ kind: 'none' });
    expect(Object.keys(storage.dump())).toEqual([oldBuilderDraftKey('/')]);
  });
});

describe('an old draft that started from one of the playbook\'s sequences', () => {
  const source = {
    kind: 'sequences' as const,
    id: 'autumn-term',
    file: 'content/sequences/autumn-term.yaml',
    text: 'title: Autumn term\naudience: Everyone\nsummary: Old summary.\nserves:\n  - eef-pd-mechanisms/set-agree-goals\nsteps:\n  - technique: cold-call\n    weeks: 1\n',
  };
  it('becomes a change to it, keeping the fields the builder had no box for', () => {
    const draft = editorDraftFromOld(JSON.parse(SAVED_FULL).draft, 'sequences')!;
    const adopted = adoptOriginal(draft, source, openEntry(source).data);
    expect(adopted.original).toBe(source);
    expect(adopted.data).toEqual({ ...draft.data, serves: ['eef-pd-mechanisms/set-agree-goals'] });
    const text = saveEntry('sequences', { data: adopted.data, body: '' }, source);
    expect(parse(text)).toEqual({ ...draft.data, serves: ['eef-pd-mechanisms/set-agree-goals'] });
  });
  it('but not a field the builder had a box for and the user emptied', () => {
    const old = { ...JSON.parse(SAVED_FULL).draft, summary: '' };
    const adopted = adoptOriginal(editorDraftFromOld(old, 'sequences')!, source, openEntry(source).data);
    expect(adopted.data.summary).toBeUndefined();
  });
});

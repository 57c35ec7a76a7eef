/** Saved answers: versions and migration, backups of unreadable data, a full quota, two tabs. */
import { describe, expect, it } from 'vitest';
import { addAttempt, deleteAttempt, newAttempt, setAnswer, setNote, setOwner } from '../../src/lib/audit/attempts.ts';
import { auditCodec, auditStorageKey } from '../../src/lib/audit/saved.ts';
import { backupKeys, deleteDoc, isQuotaError, loadDoc, memoryStorage, QUOTA_MESSAGE, updateDoc, type StorageLike } from '../../src/lib/storage/store.ts';

const key = auditStorageKey('/', 'audit', 'test-audit');
const codec = auditCodec('audit', 'test-audit');
const at = (iso: string) => () => new Date(iso);
const T1 = '2026-09-14T09:00:00.000Z';

describe('reading saved answers', () => {
  it('starts empty when nothing is saved', () => {
    const loaded = loadDoc(memoryStorage(), key, codec);
    expect(loaded).toEqual({ doc: { version: 4, instrument: { kind: 'audit', id: 'test-audit' }, owner: '', attempts: [] }, writable: true });
  });

  it('reads what it wrote', () => {
    const storage = memoryStorage();
    updateDoc(storage, key, codec, (doc) => setAnswer(addAttempt(doc, newAttempt('x', 'September', new Date(T1))), 'x', 'a1', 3, new Date(T1)));
    const loaded = loadDoc(storage, key, codec);
    expect(loaded.doc.attempts[0]).toMatchObject({ id: 'x', label: 'September', answers: { a1: 3 } });
    expect(loaded.notice).toBeUndefined();
  });

  it('migrates version 1 (one unnamed set of answers) forward to an attempt', () => {
    const v1 = { version: 1, instrument: 'test-audit', answers: { a1: 2, l1: 4 }, notes: { asking: 'Hard' }, savedAt: T1 };
    const storage = memoryStorage({ [key]: JSON.stringify(v1) });
    const loaded = loadDoc(storage, key, codec);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.doc).toEqual({
      version: 4,
      instrument: { kind: 'audit', id: 'test-audit' },
      owner: '',
      attempts: [{ id: 'first', label: 'First attempt', createdAt: T1, updatedAt: T1, answers: { a1: 2, l1: 4 }, notes: { asking: 'Hard' } }],
    });
    // The next write stores the migrated document as the current version, keeping the answers.
    updateDoc(storage, key, codec, (doc) => setAnswer(doc, 'first', 'a2', 1, new Date(T1)));
    expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ version: 4, owner: '', attempts: [{ answers: { a1: 2, l1: 4, a2: 1 } }] });
  });

  it('migrates version 2 (attempts, no name) forward with an empty name, and keeps a name once given', () => {
    const attempts = [{ id: 'x', label: 'September', createdAt: T1, updatedAt: T1, answers: { a1: 2 }, notes: {} }];
    const storage = memoryStorage({ [key]: JSON.stringify({ version: 2, instrument: { kind: 'audit', id: 'test-audit' }, attempts }) });
    const loaded = loadDoc(storage, key, codec);
    expect(loaded.migratedFrom).toBe(2);
    expect(loaded.doc).toEqual({ version: 4, instrument: { kind: 'audit', id: 'test-audit' }, owner: '', attempts });
    updateDoc(storage, key, codec, (doc) => setOwner(doc, 'Jo Smith'));
    expect(loadDoc(storage, key, codec).doc).toMatchObject({ version: 4, owner: 'Jo Smith', attempts });
  });

  it('deletes one attempt and leaves the others', () => {
    const storage = memoryStorage();
    updateDoc(storage, key, codec, (doc) => addAttempt(addAttempt(doc, newAttempt('a', 'Empty one', new Date(T1))), newAttempt('b', 'Empty two', new Date(T1))));
    updateDoc(storage, key, codec, (doc) => deleteAttempt(doc, 'a'));
    expect(loadDoc(storage, key, codec).doc.attempts.map((attempt) => attempt.id)).toEqual(['b']);
  });

  for (const [name, raw, reason] of [
    ['text that is not JSON', '{"version": 2, "attem', /not valid JSON/],
    ['JSON of the wrong shape', JSON.stringify({ version: 2, instrument: { kind: 'audit', id: 'test-audit' }, attempts: 'lots' }), /attempts/],
    ['a newer version', JSON.stringify({ version: 7 }), /newer version/],
    ['no version', JSON.stringify({ answers: {} }), /version/],
    ['another audit\'s answers', JSON.stringify({ version: 2, instrument: { kind: 'audit', id: 'other' }, attempts: [] }), /"other"/],
  ] as const) {
    it(`backs up ${name} under a backup key, reports it and starts afresh`, () => {
      const storage = memoryStorage({ [key]: raw });
      const loaded = loadDoc(storage, key, codec, at('2026-10-01T12:00:00.000Z'));
      expect(loaded.notice?.kind).toBe('backed-up');
      expect(loaded.notice && 'reason' in loaded.notice && loaded.notice.reason).toMatch(reason);
      expect(loaded.doc.attempts).toEqual([]);
      expect(loaded.writable).toBe(true);
      const backup = `${key}:backup:2026-10-01T12:00:00.000Z`;
      expect(storage.getItem(backup)).toBe(raw);
      expect(storage.getItem(key)).toBeNull();
      expect(backupKeys(storage, key)).toEqual([backup]);
    });
  }

  it('leaves unreadable data in place and refuses to write when the backup cannot be made', () => {
    const storage = memoryStorage({ [key]: 'garbage' });
    const full: StorageLike = { ...storage, getItem: storage.getItem, removeItem: storage.removeItem, key: storage.key, get length() { return storage.length; }, setItem: () => { throw Object.assign(new Error('full'), { name: 'QuotaExceededError' }); } };
    const loaded = loadDoc(full, key, codec);
    expect(loaded.notice?.kind).toBe('backup-failed');
    expect(loaded.writable).toBe(false);
    const saved = updateDoc(full, key, codec, (doc) => addAttempt(doc, newAttempt('x', 'x', new Date(T1))));
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error).toBe('read-only');
    expect(storage.getItem(key)).toBe('garbage');
  });
});

describe('writing', () => {
  it('reports a full quota with a clear message and leaves the saved data as it was', () => {
    const storage = memoryStorage();
    updateDoc(storage, key, codec, (doc) => addAttempt(doc, newAttempt('x', 'x', new Date(T1))));
    const before = storage.getItem(key);
    const full: StorageLike = { getItem: storage.getItem, removeItem: storage.removeItem, key: storage.key, get length() { return storage.length; }, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    const saved = updateDoc(full, key, codec, (doc) => setAnswer(doc, 'x', 'a1', 2, new Date(T1)));
    expect(saved).toMatchObject({ ok: false, error: 'quota', message: QUOTA_MESSAGE });
    expect(QUOTA_MESSAGE).toMatch(/storage for this site is full/);
    expect(saved.doc.attempts[0]!.answers).toEqual({});
    expect(storage.getItem(key)).toBe(before);
  });

  it('recognises the quota errors browsers throw', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('does not overwrite a second tab: each change is applied to what is stored now', () => {
    const storage = memoryStorage();
    // Tab one starts an attempt and keeps its copy of the document.
    const first = updateDoc(storage, key, codec, (doc) => addAttempt(doc, newAttempt('one', 'September', new Date(T1))));
    const tabOneCopy = first.doc;
    // Tab two starts its own attempt and answers in it.
    updateDoc(storage, key, codec, (doc) => addAttempt(doc, newAttempt('two', 'July', new Date(T1))));
    updateDoc(storage, key, codec, (doc) => setAnswer(doc, 'two', 'a1', 4, new Date(T1)));
    // Tab one, still holding its old copy, answers in its attempt.
    expect(tabOneCopy.attempts).toHaveLength(1);
    const saved = updateDoc(storage, key, codec, (doc) => setNote(setAnswer(doc, 'one', 'a2', 1, new Date(T1)), 'one', 'asking', 'Work on it', new Date(T1)));
    expect(saved.ok).toBe(true);
    const stored = loadDoc(storage, key, codec).doc;
    expect(stored.attempts.map((attempt) => [attempt.id, attempt.answers])).toEqual([['one', { a2: 1 }], ['two', { a1: 4 }]]);
    expect(stored.attempts[0]!.notes).toEqual({ asking: 'Work on it' });
  });

  it('merges answers to different items of the same attempt from two tabs', () => {
    const storage = memoryStorage();
    updateDoc(storage, key, codec, (doc) => addAttempt(doc, newAttempt('one', 'x', new Date(T1))));
    updateDoc(storage, key, codec, (doc) => setAnswer(doc, 'one', 'a1', 1, new Date(T1)));
    updateDoc(storage, key, codec, (doc) => setAnswer(doc, 'one', 'l1', 3, new Date(T1)));
    expect(loadDoc(storage, key, codec).doc.attempts[0]!.answers).toEqual({ a1: 1, l1: 3 });
  });

  it('deletes the document and its backups', () => {
    const storage = memoryStorage({ [key]: 'garbage', other: 'kept' });
    loadDoc(storage, key, codec);
    updateDoc(storage, key, codec, (doc) => addAttempt(doc, newAttempt('x', 'x', new Date(T1))));
    expect(backupKeys(storage, key)).toHaveLength(1);
    deleteDoc(storage, key);
    expect(storage.dump()).toEqual({ other: 'kept' });
  });

  it('keys each playbook and instrument apart', () => {
    expect(auditStorageKey('/', 'audit', 'a')).not.toBe(auditStorageKey('/other/', 'audit', 'a'));
    expect(auditStorageKey('/', 'audit', 'a')).not.toBe(auditStorageKey('/', 'rubric', 'a'));
  });
});

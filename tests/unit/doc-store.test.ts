/**
 * The document store under every island's `usePersistentDoc` (src/lib/storage/doc-store.ts), on a
 * storage in memory: reading and migrating, backups of unreadable data listed for as long as they
 * are kept (a second store on the same storage is the next page load, or another tab), a failed
 * save reported with what it would have saved, and what a view watching it is told.
 */
import { describe, expect, it } from 'vitest';
import { createDocStore } from '../../src/lib/storage/doc-store.ts';
import { memoryStorage, type StorageLike } from '../../src/lib/storage/store.ts';
import { addAttempt, newAttempt, setAnswer, setOwner } from '../../src/lib/audit/attempts.ts';
import { auditCodec, auditStorageKey } from '../../src/lib/audit/saved.ts';

const key = auditStorageKey('/', 'audit', 'mentor-audit');
const codec = auditCodec('audit', 'mentor-audit');
const T1 = '2026-09-14T09:00:00.000Z';
const clock = (iso: string) => () => new Date(iso);
const open = (storage: StorageLike, persistent = true) => () => ({ storage, persistent });
const quotaFull = (storage: StorageLike): StorageLike => ({
  getItem: (k) => storage.getItem(k),
  removeItem: (k) => storage.removeItem(k),
  key: (i) => storage.key(i),
  get length() {
    return storage.length;
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
});

describe('the document store', () => {
  it('opens the storage only when first read, and starts from the empty document', () => {
    let opened = 0;
    const store = createDocStore(() => (opened++, { storage: memoryStorage(), persistent: true }), key, codec);
    expect(opened).toBe(0);
    expect(store.state()).toEqual({ doc: codec.empty(), persistent: true, backups: [] });
    expect(opened).toBe(1);
  });

  it('reads an older version forward and says which, and saves the current version', () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ version: 2, instrument: { kind: 'audit', id: 'mentor-audit' }, attempts: [] }) });
    const store = createDocStore(open(storage), key, codec);
    expect(store.state()).toMatchObject({ migratedFrom: 2, doc: { version: 4, owner: '' } });
    expect(store.update((doc) => setOwner(doc, 'Sam'))).toBe(true);
    expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ version: 4, owner: 'Sam' });
    expect(store.state().migratedFrom).toBe(2);
  });

  it('keeps offering a backup of unreadable data on every later load, until it is deleted', () => {
    const storage = memoryStorage({ [key]: '{"version": 4, "attempts": [ oops', other: 'kept' });
    const first = createDocStore(open(storage), key, codec, clock('2026-10-01T12:00:00.000Z'));
    const backupKey = `${key}:backup:2026-10-01T12:00:00.000Z`;
    expect(first.state()).toMatchObject({ doc: codec.empty(), backups: [{ key: backupKey, madeAt: '2026-10-01T12:00:00.000Z', reason: expect.stringMatching(/not valid JSON/) }] });
    expect(first.unreadableText(backupKey)).toBe('{"version": 4, "attempts": [ oops');
    // Answering saves normally beside the backup.
    first.update((doc) => addAttempt(doc, newAttempt('x', 'September', new Date(T1))));
    expect(first.state().backups).toHaveLength(1);
    // The next page load finds the backup still there, with its reason.
    const later = createDocStore(open(storage), key, codec);
    expect(later.state()).toMatchObject({ doc: { attempts: [{ id: 'x' }] }, backups: [{ key: backupKey, reason: expect.stringMatching(/not valid JSON/) }] });
    later.dropBackup(backupKey);
    expect(later.state().backups).toEqual([]);
    expect(storage.getItem(backupKey)).toBeNull();
    expect(createDocStore(open(storage), key, codec).state().backups).toEqual([]);
    expect(storage.getItem('other')).toBe('kept');
  });

  it('deletes only its own backups, and everything with clear', () => {
    const storage = memoryStorage({ [key]: 'garbage', 'someone-else:backup:2026': 'theirs' });
    const store = createDocStore(open(storage), key, codec);
    expect(store.state().backups).toHaveLength(1);
    store.dropBackup('someone-else:backup:2026');
    expect(storage.getItem('someone-else:backup:2026')).toBe('theirs');
    store.update((doc) => setOwner(doc, 'Sam'));
    store.clear();
    expect(store.state()).toEqual({ doc: codec.empty(), persistent: true, backups: [] });
    expect(storage.dump()).toEqual({ 'someone-else:backup:2026': 'theirs' });
  });

  it('leaves unreadable data in place when it cannot be set aside, writes nothing over it, and offers it for download', () => {
    const storage = memoryStorage({ [key]: 'garbage' });
    const store = createDocStore(open(quotaFull(storage)), key, codec);
    expect(store.state()).toMatchObject({ stuck: { reason: expect.stringMatching(/not valid JSON/) }, backups: [] });
    expect(store.update((doc) => setOwner(doc, 'Sam'))).toBe(false);
    expect(store.state()).toMatchObject({ stuck: {}, failure: { error: 'read-only' } });
    expect(store.unreadableText()).toBe('garbage');
    expect(storage.getItem(key)).toBe('garbage');
  });

  it('reports a failed save with what it would have saved, until a save succeeds', () => {
    const storage = memoryStorage();
    let full = false;
    const switchable: StorageLike = { ...storage, getItem: storage.getItem, key: storage.key, get length() { return storage.length; }, setItem: (k, v) => (full ? quotaFull(storage).setItem(k, v) : storage.setItem(k, v)) };
    const store = createDocStore(open(switchable), key, codec);
    store.update((doc) => addAttempt(doc, newAttempt('x', 'September', new Date(T1))));
    full = true;
    expect(store.update((doc) => setAnswer(doc, 'x', 'a1', 3, new Date(T1)))).toBe(false);
    const failure = store.state().failure!;
    expect(failure).toMatchObject({ error: 'quota', message: expect.stringMatching(/storage for this site is full/), serial: 1 });
    expect(failure.unsaved?.attempts[0]!.answers).toEqual({ a1: 3 });
    expect(store.state().doc.attempts[0]!.answers).toEqual({});
    expect(store.update((doc) => setAnswer(doc, 'x', 'a2', 1, new Date(T1)))).toBe(false);
    expect(store.state().failure?.serial).toBe(2);
    full = false;
    expect(store.update((doc) => setAnswer(doc, 'x', 'a2', 1, new Date(T1)))).toBe(true);
    expect(store.state().failure).toBeUndefined();
  });

  it('follows another tab: refresh reads what it wrote, and owns says which keys are this document\'s', () => {
    const storage = memoryStorage();
    const mine = createDocStore(open(storage), key, codec);
    const theirs = createDocStore(open(storage), key, codec);
    mine.update((doc) => addAttempt(doc, newAttempt('one', 'Tab one', new Date(T1))));
    theirs.update((doc) => addAttempt(doc, newAttempt('two', 'Tab two', new Date(T1))));
    expect(mine.state().doc.attempts).toHaveLength(1);
    mine.refresh();
    expect(mine.state().doc.attempts.map((attempt) => attempt.id)).toEqual(['one', 'two']);
    expect([key, `${key}:backup:2026`, null, `${key}-other`, 'playbook:/:self-audit:audit:other'].map((k) => mine.owns(k))).toEqual([true, true, true, false, false]);
  });

  it('gives the same state until something changes, and tells its listeners of each change', () => {
    const store = createDocStore(open(memoryStorage()), key, codec);
    const first = store.state();
    expect(store.state()).toBe(first);
    let told = 0;
    const stop = store.subscribe(() => told++);
    store.update((doc) => setOwner(doc, 'Sam'));
    expect(store.state()).not.toBe(first);
    expect(told).toBe(1);
    stop();
    store.refresh();
    expect(told).toBe(1);
  });

  it('says when the browser keeps nothing', () => {
    expect(createDocStore(open(memoryStorage(), false), key, codec).state().persistent).toBe(false);
  });
});

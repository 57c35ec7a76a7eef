/**
 * One document kept in the browser's storage, as an object a view can watch: what is stored
 * now, the copies of unreadable data set aside, and the last save that failed. It is the logic
 * under every island's `usePersistentDoc` hook, kept here without React or the DOM so it is
 * tested on a `StorageLike`.
 *
 * - The storage is opened, and the document read, on the first call of `state()`: unreadable
 *   data is then set aside as a backup (store.ts) and stays listed in `backups` for as long as
 *   it is kept, on every later page load too, until the person deletes it.
 * - `update(change)` applies one change to the freshest stored copy (so another tab's changes
 *   made in between are kept) and says whether it was saved.
 * - `refresh()` re-reads after another tab wrote; `owns(key)` says whether a changed storage key
 *   is this document's or one of its backups.
 * - `state()` returns the same object until something changes, as React's
 *   `useSyncExternalStore` needs; `subscribe` is told of every change.
 */
import { backupKeys, backupMadeAt, decode, deleteDoc, loadDoc, updateDoc, type DocCodec, type SaveError, type StorageLike } from './store.ts';
import { shared } from '../../strings/index.ts';

/** A copy of unreadable data, set aside under its own key. */
export interface Backup {
  key: string;
  /** When it was set aside (ISO 8601). */
  madeAt: string;
  /** Why it could not be read, in words for the person. */
  reason: string;
}

/** A save that did not happen. */
export interface SaveFailure<Doc> {
  error: SaveError;
  message: string;
  /** What the change made of the document, when it was made but could not be written. */
  unsaved?: Doc;
  /** Counts failures, so a view can tell a new one from one already dismissed. */
  serial: number;
}

export interface SavedState<Doc> {
  /** The document as stored now: the codec's empty document when nothing is. */
  doc: Doc;
  /** False when the browser refused its storage: changes last only while the page is open. */
  persistent: boolean;
  /** Unreadable data that could not be set aside, so it was left in place and nothing is written. */
  stuck?: { reason: string };
  /** Copies of unreadable data set aside, oldest first, for as long as they are kept. */
  backups: readonly Backup[];
  /** The last save that failed, until one succeeds. */
  failure?: SaveFailure<Doc>;
  /** The stored version the document was migrated from when this page first read it. */
  migratedFrom?: number;
}

export interface DocStore<Doc> {
  state(): SavedState<Doc>;
  /** Applies a change to what is stored now and writes it; false when it could not be written (`state().failure` says why). */
  update(change: (doc: Doc) => Doc): boolean;
  /** Re-reads what is stored, after another tab changed it. */
  refresh(): void;
  /** Deletes the document and every backup of it. */
  clear(): void;
  /** Deletes one backup. */
  dropBackup(backupKey: string): void;
  /** The text of a backup, or with no key the unreadable data left in place. */
  unreadableText(backupKey?: string): string | null;
  /** Whether a storage key (from another tab's change) is this document's or a backup's; null means storage was cleared. */
  owns(storageKey: string | null): boolean;
  subscribe(listener: () => void): () => void;
}

export interface OpenedStorage {
  storage: StorageLike;
  persistent: boolean;
}

/** A store for the document under `key`, read through `codec`; `open` gives the storage when it is first needed. */
export function createDocStore<Doc>(open: () => OpenedStorage, key: string, codec: DocCodec<Doc>, now: () => Date = () => new Date()): DocStore<Doc> {
  let opened: OpenedStorage | undefined;
  let current: SavedState<Doc> | undefined;
  let failure: SaveFailure<Doc> | undefined;
  let migratedFrom: number | undefined;
  let failures = 0;
  const listeners = new Set<() => void>();
  // A backup never changes once made, so why it cannot be read is worked out once.
  const reasons = new Map<string, string>();

  const storage = () => (opened ??= open()).storage;

  function backups(): Backup[] {
    return backupKeys(storage(), key).map((backup) => {
      let reason = reasons.get(backup);
      if (reason === undefined) {
        const decoded = decode(storage().getItem(backup) ?? '', codec);
        reason = decoded.ok ? shared.backupReadableNow : decoded.reason;
        reasons.set(backup, reason);
      }
      return { key: backup, madeAt: backupMadeAt(key, backup), reason };
    });
  }

  /** The state for a document just read or written; `stuck` is why unreadable data was left in place. */
  function build(doc: Doc, stuck: string | undefined): SavedState<Doc> {
    return {
      doc,
      persistent: opened!.persistent,
      ...(stuck !== undefined ? { stuck: { reason: stuck } } : {}),
      backups: backups(),
      ...(failure ? { failure } : {}),
      ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    };
  }

  /** Reads what is stored, setting unreadable data aside. */
  function read(): SavedState<Doc> {
    const loaded = loadDoc(storage(), key, codec, now);
    if (current === undefined) migratedFrom = loaded.migratedFrom;
    return build(loaded.doc, loaded.notice?.kind === 'backup-failed' ? loaded.notice.reason : undefined);
  }

  function changed(next: SavedState<Doc>) {
    current = next;
    for (const listener of listeners) listener();
  }

  return {
    state: () => (current ??= read()),
    update(change) {
      const result = updateDoc(storage(), key, codec, change, now);
      failure = result.ok ? undefined : { error: result.error, message: result.message, ...(result.unsaved !== undefined ? { unsaved: result.unsaved } : {}), serial: ++failures };
      changed(build(result.doc, result.notice?.kind === 'backup-failed' ? result.notice.reason : undefined));
      return result.ok;
    },
    refresh: () => changed(read()),
    clear() {
      deleteDoc(storage(), key);
      failure = undefined;
      reasons.clear();
      changed(read());
    },
    dropBackup(backupKey) {
      if (!backupKeys(storage(), key).includes(backupKey)) return;
      storage().removeItem(backupKey);
      reasons.delete(backupKey);
      changed(read());
    },
    unreadableText: (backupKey) => storage().getItem(backupKey ?? key),
    owns: (storageKey) => storageKey === null || storageKey === key || storageKey.startsWith(`${key}:backup:`),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

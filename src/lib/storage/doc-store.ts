/**
 * One document kept in the browser's storage, as an object a view can watch: what is stored
 * now with the person's changes not saved yet, the copies of unreadable data set aside, and the
 * last save that failed. It is the logic under every island's `usePersistentDoc` hook, kept here
 * without React or the DOM so it is tested on a `StorageLike`.
 *
 * - The storage is opened, and the document read, on the first call of `state()`: unreadable
 *   data is then set aside as a backup (store.ts) and stays listed in `backups` for as long as
 *   it is kept, on every later page load too, until the person deletes it.
 * - `update(change)` applies one change to the freshest stored copy (so another tab's changes
 *   made in between are kept) and writes it. A change that cannot be written (the storage is
 *   full, or refused) is never dropped: it stays in `doc`, so what the person typed or chose stays
 *   on screen, `failure.unsaved` holds it for a download, and every later change, or `retry()`,
 *   tries to write it again with the rest.
 * - `tryUpdate(change)` is for a change that must happen whole or not at all (an import, a new
 *   attempt): when it cannot be written nothing changes, and the caller is told why.
 * - `refresh()` re-reads after another tab wrote, keeping the changes not saved yet on top;
 *   `owns(key)` says whether a changed storage key is this document's or one of its backups.
 * - `state()` returns the same object until something changes, as React's
 *   `useSyncExternalStore` needs; `subscribe` is told of every change.
 *
 * The stored text last read or written is remembered with the document it holds, so a change
 * re-reads the storage but parses and checks the document again only when another tab changed it:
 * a click stays quick however many attempts are saved.
 */
import { backupKeys, backupMadeAt, decode, deleteDoc, loadDoc, writeDoc, READ_ONLY_MESSAGE, UNAVAILABLE_MESSAGE, type DocCodec, type SaveError, type StorageLike } from './store.ts';
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
  /** The document with every change not saved yet: what a download of the unsaved state saves. */
  unsaved?: Doc;
  /** Counts failures, so a view can tell a new one from one already dismissed. */
  serial: number;
  /** Where the person made the change that failed (the island's name for the control), when the island said. */
  place?: string;
}

export interface SavedState<Doc> {
  /** The document as the person sees it: what is stored, with any changes not saved yet (see `failure`); the codec's empty document when nothing is. */
  doc: Doc;
  /** False when the browser refused its storage: changes last only while the page is open. */
  persistent: boolean;
  /** Unreadable data that could not be set aside, so it was left in place and nothing is written. */
  stuck?: { reason: string };
  /** Copies of unreadable data set aside, oldest first, for as long as they are kept. */
  backups: readonly Backup[];
  /** The last save that failed, until a save succeeds: while it is here, `doc` holds changes that are not saved. */
  failure?: SaveFailure<Doc>;
  /** The stored version the document was migrated from when this page first read it. */
  migratedFrom?: number;
}

export interface UpdateOptions {
  /** Where the person made the change (a control's name in the island), so a failure is shown there. */
  place?: string;
}

/** What `tryUpdate` did: saved, or nothing changed and why. `size` is the length of the text that did not fit. */
export type TryResult<Doc> = { ok: true; doc: Doc } | { ok: false; error: SaveError; message: string; size?: number };

export interface DocStore<Doc> {
  state(): SavedState<Doc>;
  /** Applies a change to what is stored now and writes it; false when it could not be written, and then the change is kept to write later (`state().failure` says why). */
  update(change: (doc: Doc) => Doc, options?: UpdateOptions): boolean;
  /** Applies a change only if it can be written with every change not saved yet; otherwise nothing changes. */
  tryUpdate(change: (doc: Doc) => Doc): TryResult<Doc>;
  /** Tries again to write the changes not saved yet; true when nothing is left unsaved. */
  retry(): boolean;
  /** Re-reads what is stored, after another tab changed it. */
  refresh(): void;
  /** Deletes the document, every backup of it and every change not saved yet. */
  clear(): void;
  /** Deletes one backup (and, with the room that makes, tries again to write what is not saved). */
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

/** What is stored now: the document, or why nothing can be written over it. */
interface Stored<Doc> {
  doc: Doc;
  /** Why unreadable data was left in place (so nothing may be written); undefined when writing is safe. */
  stuck?: string;
  /** The storage could not be read at all. */
  unavailable?: boolean;
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
  // The text last read or written, and the document it holds: read again only when it changes.
  let known: { text: string | null; doc: Doc } | undefined;
  // Changes not written yet, oldest first, and what they made of the stored document last time.
  let pending: ((doc: Doc) => Doc)[] = [];
  let pendingResult: { base: Doc; doc: Doc } | undefined;

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

  /** Reads what is stored, setting unreadable data aside; parses it only when its text changed. */
  function stored(): Stored<Doc> {
    let text: string | null;
    try {
      text = storage().getItem(key);
    } catch {
      return { doc: known?.doc ?? codec.empty(), unavailable: true };
    }
    if (known && known.text === text) return { doc: known.doc };
    const loaded = loadDoc(storage(), key, codec, now);
    if (current === undefined && migratedFrom === undefined) migratedFrom = loaded.migratedFrom;
    if (!loaded.writable) {
      known = undefined;
      return { doc: loaded.doc, stuck: loaded.notice?.kind === 'backup-failed' ? loaded.notice.reason : '' };
    }
    // A backup just made removed the unreadable text: what is stored now is nothing.
    known = { text: loaded.notice?.kind === 'backed-up' ? null : text, doc: loaded.doc };
    return { doc: loaded.doc };
  }

  /** The stored document with the changes not written yet applied, reusing the last result while the stored one is the same. */
  function withPending(base: Doc, added?: (doc: Doc) => Doc): Doc {
    if (added && pendingResult && pendingResult.base === base) return added(pendingResult.doc);
    return pending.reduce((doc, change) => change(doc), base);
  }

  /** The state for a document as shown; `stuck` is why unreadable data was left in place. */
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

  function changed(next: SavedState<Doc>) {
    current = next;
    for (const listener of listeners) listener();
  }

  function fail(error: SaveError, message: string, unsaved: Doc, place: string | undefined) {
    failure = { error, message, unsaved, serial: ++failures, ...(place !== undefined ? { place } : {}) };
  }

  /** Writes the stored document with every pending change (`added` last); keeps them pending when it cannot. */
  function flush(added: ((doc: Doc) => Doc) | undefined, place: string | undefined): boolean {
    if (added) pending.push(added);
    const base = stored();
    const next = withPending(base.doc, added);
    if (base.unavailable || base.stuck !== undefined) {
      pendingResult = { base: base.doc, doc: next };
      fail(base.unavailable ? 'unavailable' : 'read-only', base.unavailable ? UNAVAILABLE_MESSAGE : READ_ONLY_MESSAGE, next, place ?? failure?.place);
      changed(build(next, base.stuck));
      return false;
    }
    const written = writeDoc(storage(), key, next);
    if (!written.ok) {
      pendingResult = { base: base.doc, doc: next };
      fail(written.error, written.message, next, place ?? failure?.place);
      changed(build(next, undefined));
      return false;
    }
    known = { text: written.text, doc: next };
    pending = [];
    pendingResult = undefined;
    failure = undefined;
    changed(build(next, undefined));
    return true;
  }

  return {
    state() {
      if (current === undefined) {
        const base = stored();
        current = build(base.doc, base.stuck);
      }
      return current;
    },
    update: (change, options) => flush(change, options?.place),
    tryUpdate(change) {
      const base = stored();
      if (base.unavailable) return { ok: false, error: 'unavailable', message: UNAVAILABLE_MESSAGE };
      if (base.stuck !== undefined) return { ok: false, error: 'read-only', message: READ_ONLY_MESSAGE };
      const next = change(withPending(base.doc));
      const written = writeDoc(storage(), key, next);
      if (!written.ok) return { ok: false, error: written.error, message: written.message, size: written.size };
      known = { text: written.text, doc: next };
      pending = [];
      pendingResult = undefined;
      failure = undefined;
      changed(build(next, undefined));
      return { ok: true, doc: next };
    },
    retry: () => (pending.length === 0 ? true : flush(undefined, undefined)),
    refresh() {
      const base = stored();
      const doc = pending.length > 0 ? withPending(base.doc) : base.doc;
      if (pending.length > 0) {
        pendingResult = { base: base.doc, doc };
        if (failure) failure = { ...failure, unsaved: doc };
      }
      changed(build(doc, base.stuck));
    },
    clear() {
      deleteDoc(storage(), key);
      failure = undefined;
      pending = [];
      pendingResult = undefined;
      known = undefined;
      reasons.clear();
      const base = stored();
      changed(build(base.doc, base.stuck));
    },
    dropBackup(backupKey) {
      if (!backupKeys(storage(), key).includes(backupKey)) return;
      storage().removeItem(backupKey);
      reasons.delete(backupKey);
      if (pending.length > 0) flush(undefined, undefined);
      else {
        const base = stored();
        changed(build(base.doc, base.stuck));
      }
    },
    unreadableText: (backupKey) => storage().getItem(backupKey ?? key),
    owns: (storageKey) => storageKey === null || storageKey === key || storageKey.startsWith(`${key}:backup:`),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * `usePersistentDoc(key, codec)`: one document saved in this browser, for any island. It is the
 * one way islands load, save, follow other tabs and report trouble with their data; the logic is
 * in lib/storage/doc-store.ts (tested without a browser), and `<SavedNotices>` shows its notices.
 *
 * ```tsx
 * const codec = useMemo(() => auditCodec(kind, id), [kind, id]); // stable: a new codec is a new store
 * const saved = usePersistentDoc(auditStorageKey(base, kind, id), codec);
 * saved.doc;                                               // what is stored now (the empty document until read)
 * saved.update((doc) => setOwner(doc, 'Sam'));             // true when saved; applied to the freshest copy
 * <SavedNotices saved={saved} words={...} fileStem={id} />  // unreadable data, full storage, no storage
 * ```
 *
 * - **Versioned**: the codec reads any stored version through its schema and migrates it forward
 *   (lib/storage/versioned.ts); the next save writes the current version.
 * - **Other tabs**: when another tab writes the document or its backups, it is read again and the
 *   island re-renders. Each change is a function of the stored document, applied to the freshest
 *   copy, so two tabs changing different things both keep theirs, and a value (a note, an answer)
 *   is replaced whole, never merged keystroke by keystroke.
 * - **Unreadable data** is set aside under a backup key, never dropped, and `backups` lists every
 *   backup for as long as it is kept, on every load, until the person deletes it (`dropBackup`) or
 *   all their data (`clear`). If it cannot be set aside it stays in place (`stuck`) and nothing is
 *   written over it.
 * - **A failed save** (storage full or refused) leaves what was stored; `failure` says why and
 *   holds what the change would have made (`unsaved`), until a save succeeds.
 * - `ready` is false during the server render and hydration, when nothing has been read yet.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { browserStorage, type DocCodec } from '../../lib/storage/store.ts';
import { createDocStore, type SavedState } from '../../lib/storage/doc-store.ts';

export interface PersistentDoc<Doc> extends SavedState<Doc> {
  /** True once the document has been read from this browser's storage. */
  ready: boolean;
  /** Applies a change to what is stored now and saves it; false when it could not be saved. */
  update(change: (doc: Doc) => Doc): boolean;
  /** Deletes the document and every backup of it. */
  clear(): void;
  /** Deletes one backup of unreadable data. */
  dropBackup(backupKey: string): void;
  /** A backup's text, or with no key the unreadable data left in place: what a download saves. */
  unreadableText(backupKey?: string): string | null;
}

export function usePersistentDoc<Doc>(key: string, codec: DocCodec<Doc>): PersistentDoc<Doc> {
  const store = useMemo(() => createDocStore(browserStorage, key, codec), [key, codec]);
  // Before hydration nothing is read: the empty document, with nothing to report.
  const unread = useMemo<SavedState<Doc>>(() => ({ doc: codec.empty(), persistent: true, backups: [] }), [codec]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const onStorage = (event: StorageEvent) => {
        if (store.owns(event.key)) store.refresh();
      };
      window.addEventListener('storage', onStorage);
      const unsubscribe = store.subscribe(listener);
      return () => {
        window.removeEventListener('storage', onStorage);
        unsubscribe();
      };
    },
    [store],
  );
  const state = useSyncExternalStore(subscribe, store.state, () => unread);
  return {
    ...state,
    ready: state !== unread,
    update: store.update,
    clear: store.clear,
    dropBackup: store.dropBackup,
    unreadableText: store.unreadableText,
  };
}

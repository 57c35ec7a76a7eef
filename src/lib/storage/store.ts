/**
 * Keeping a versioned document in the browser's storage without ever losing it.
 *
 * - Reading goes through a codec (a zod schema with forward migrations). Data that cannot be
 *   read is copied to a backup key first and only then cleared, and the caller gets a notice to
 *   show. If the copy cannot be made, nothing is cleared and the store refuses to write.
 * - Every write re-reads what is stored and applies one named change to it, so a second tab's
 *   changes made in between are kept rather than overwritten.
 * - A full storage quota is reported with a message the user can act on.
 *
 * The storage is passed in, so the logic runs in tests without a browser.
 */
import { format, shared } from '../../strings/index.ts';

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** Reads a parsed JSON value as the current document, or says why it cannot. */
export interface DocCodec<Doc> {
  read(value: unknown): { ok: true; doc: Doc; migratedFrom?: number } | { ok: false; reason: string };
  empty(): Doc;
}

export type StoreNotice =
  /** Unreadable data was copied to `backupKey` and cleared. */
  | { kind: 'backed-up'; backupKey: string; reason: string }
  /** Unreadable data could not be copied aside, so it was left in place and nothing will be saved. */
  | { kind: 'backup-failed'; reason: string };

export interface LoadResult<Doc> {
  doc: Doc;
  /** False when unreadable data could not be backed up: writing would destroy it. */
  writable: boolean;
  notice?: StoreNotice;
  /** The version the data was migrated from, when it was older. */
  migratedFrom?: number;
}

export type SaveError = 'quota' | 'read-only' | 'unavailable';

export type SaveResult<Doc> =
  | { ok: true; doc: Doc; notice?: StoreNotice }
  /** `unsaved` is what the change made of the stored document, when it was made but could not be written. */
  | { ok: false; doc: Doc; unsaved?: Doc; error: SaveError; message: string; notice?: StoreNotice };

export const QUOTA_MESSAGE = shared.storageFull;
export const READ_ONLY_MESSAGE = shared.storageReadOnly;
export const UNAVAILABLE_MESSAGE = shared.storageRefused;

/** Whether an error thrown by `setItem` means the storage quota is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error ? error.name : undefined;
  const code = 'code' in error ? error.code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The key a backup of `key` made at `now` is stored under. */
export function backupKey(key: string, now: Date): string {
  return `${key}:backup:${now.toISOString()}`;
}

/** The moment a backup was made, as its key says it (ISO 8601). */
export function backupMadeAt(key: string, backup: string): string {
  return backup.slice(`${key}:backup:`.length);
}

/** Keys of every backup made of `key`, oldest first. */
export function backupKeys(storage: StorageLike, key: string): string[] {
  const prefix = `${key}:backup:`;
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const candidate = storage.key(index);
    if (candidate?.startsWith(prefix)) keys.push(candidate);
  }
  return keys.sort();
}

/** Why a stored text cannot be read, or the document it holds. */
export function decode<Doc>(raw: string, codec: DocCodec<Doc>): { ok: true; doc: Doc; migratedFrom?: number } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: format(shared.notValidJson, { error: error instanceof Error ? error.message : String(error) }) };
  }
  return codec.read(value);
}

/** Reads the document under `key`; unreadable data is backed up and cleared, never dropped silently. */
export function loadDoc<Doc>(storage: StorageLike, key: string, codec: DocCodec<Doc>, now: () => Date = () => new Date()): LoadResult<Doc> {
  const raw = storage.getItem(key);
  if (raw === null) return { doc: codec.empty(), writable: true };
  const decoded = decode(raw, codec);
  if (decoded.ok) return { doc: decoded.doc, writable: true, ...(decoded.migratedFrom !== undefined ? { migratedFrom: decoded.migratedFrom } : {}) };
  const backup = backupKey(key, now());
  try {
    storage.setItem(backup, raw);
  } catch {
    return { doc: codec.empty(), writable: false, notice: { kind: 'backup-failed', reason: decoded.reason } };
  }
  storage.removeItem(key);
  return { doc: codec.empty(), writable: true, notice: { kind: 'backed-up', backupKey: backup, reason: decoded.reason } };
}

/**
 * Applies `change` to the freshest stored copy and writes it. On failure nothing is written and
 * `doc` is what storage still holds.
 */
export function updateDoc<Doc>(storage: StorageLike, key: string, codec: DocCodec<Doc>, change: (doc: Doc) => Doc, now: () => Date = () => new Date()): SaveResult<Doc> {
  let loaded: LoadResult<Doc>;
  try {
    loaded = loadDoc(storage, key, codec, now);
  } catch {
    return { ok: false, doc: codec.empty(), error: 'unavailable', message: UNAVAILABLE_MESSAGE };
  }
  const notice = loaded.notice ? { notice: loaded.notice } : {};
  if (!loaded.writable) return { ok: false, doc: loaded.doc, error: 'read-only', message: READ_ONLY_MESSAGE, ...notice };
  const next = change(loaded.doc);
  try {
    storage.setItem(key, JSON.stringify(next));
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, doc: loaded.doc, unsaved: next, error: 'quota', message: QUOTA_MESSAGE, ...notice };
    return { ok: false, doc: loaded.doc, unsaved: next, error: 'unavailable', message: UNAVAILABLE_MESSAGE, ...notice };
  }
  return { ok: true, doc: next, ...notice };
}

/** Removes the document and every backup of it. */
export function deleteDoc(storage: StorageLike, key: string): void {
  for (const backup of backupKeys(storage, key)) storage.removeItem(backup);
  storage.removeItem(key);
}

/** A storage kept in memory: for tests, and for browsers that refuse the real one. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    dump: () => Object.fromEntries(data),
  };
}

/**
 * The browser's localStorage, or a memory store (with `persistent: false`) when the browser
 * refuses it, as some do in private windows.
 */
export function browserStorage(): { storage: StorageLike; persistent: boolean } {
  try {
    const storage = globalThis.localStorage;
    const probe = '__playbook_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage, persistent: true };
  } catch (error) {
    // A full quota still allows reading what is saved.
    if (isQuotaError(error) && globalThis.localStorage) return { storage: globalThis.localStorage, persistent: true };
    return { storage: memoryStorage(), persistent: false };
  }
}

/** The editor's draft in browser storage: kept as typed, and an unreadable one set aside. */
import { describe, expect, it } from 'vitest';
import { loadDoc, memoryStorage, updateDoc } from '../../../src/lib/storage/store.ts';
import { editorDraftCodec, editorDraftKey } from '../../../src/engine/editor/draft.ts';

const key = editorDraftKey('/');
const draft = { kind: 'techniques' as const, id: 'a', idEdited: false, data: { title: 'A' }, body: '', examples: [], original: null, extras: [] };

describe('editor drafts', () => {
  it('are saved and read back', () => {
    const storage = memoryStorage();
    const saved = updateDoc(storage, key, editorDraftCodec, () => ({ version: 1 as const, savedAt: '2026-01-01T00:00:00Z', draft }));
    expect(saved.ok).toBe(true);
    expect(loadDoc(storage, key, editorDraftCodec).doc.draft).toEqual(draft);
  });
  it('kept before new entries in place existed are read with none', () => {
    const { extras: _none, ...older } = draft;
    const storage = memoryStorage({ [key]: JSON.stringify({ version: 1, savedAt: '', draft: older }) });
    expect(loadDoc(storage, key, editorDraftCodec).doc.draft).toEqual(draft);
  });
  it('that cannot be read are backed up, not dropped', () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ version: 1, savedAt: '', draft: { ...draft, kind: 'nonsense' } }) });
    const loaded = loadDoc(storage, key, editorDraftCodec);
    expect(loaded.notice?.kind).toBe('backed-up');
    expect(loaded.doc.draft).toBeNull();
    expect(Object.keys(storage.dump()).some((name) => name !== key && name.startsWith(key))).toBe(true);
  });
});

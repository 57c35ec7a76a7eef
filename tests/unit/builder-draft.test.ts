import { describe, expect, it } from 'vitest';
import { builderDraftCodec, builderDraftKey, hasWork } from '../../src/lib/scaffold/builder-draft.ts';
import { loadDoc, memoryStorage, updateDoc } from '../../src/lib/storage/store.ts';
import { emptyDraft } from '../../src/lib/scaffold/sequence-builder.ts';

const key = builderDraftKey('/');
const draft = { id: 'first-term', title: 'First term', audience: 'ECTs', summary: '', steps: [{ key: 's1', technique: 'cold-call', step: 'pause', weeks: '2', notes: 'Start here' }] };

describe('the sequence builder draft store', () => {
  it('keeps a draft and reads it back exactly', () => {
    const storage = memoryStorage();
    const saved = updateDoc(storage, key, builderDraftCodec, () => ({ version: 1, savedAt: '2026-11-23T10:00:00.000Z', draft }));
    expect(saved.ok).toBe(true);
    const loaded = loadDoc(storage, key, builderDraftCodec);
    expect(loaded.doc.draft).toEqual(draft);
    expect(loaded.notice).toBeUndefined();
  });

  it('starts empty when nothing is saved', () => {
    const loaded = loadDoc(memoryStorage(), key, builderDraftCodec);
    expect(loaded.doc.draft).toEqual(emptyDraft());
    expect(hasWork(loaded.doc.draft)).toBe(false);
  });

  it('backs up an unreadable draft instead of dropping it, and says why', () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ version: 1, savedAt: 'x', draft: { title: 3 } }) });
    const loaded = loadDoc(storage, key, builderDraftCodec, () => new Date('2026-11-23T10:00:00Z'));
    expect(loaded.notice?.kind).toBe('backed-up');
    const backups = Object.keys(storage.dump()).filter((name) => name !== key);
    expect(backups).toHaveLength(1);
    expect(storage.dump()[backups[0]!]).toContain('"title":3');
  });

  it('refuses a draft written by a newer version of the site', () => {
    const read = builderDraftCodec.read({ version: 2, savedAt: '', draft: {} });
    expect(read.ok).toBe(false);
  });

  it('keeps drafts of two playbooks on one host apart', () => {
    expect(builderDraftKey('/')).not.toBe(builderDraftKey('/playbook/'));
  });

  it('counts a title or a step as work worth keeping', () => {
    expect(hasWork({ ...emptyDraft(), title: 'x' })).toBe(true);
    expect(hasWork(draft)).toBe(true);
  });
});

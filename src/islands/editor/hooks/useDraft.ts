/**
 * The draft being edited, kept in this browser as it changes (engine/editor/draft.ts): restored
 * when the page opens (on the page that once hosted the sequence builder, a draft that builder
 * left is brought over once), saved on every change, replaced only once the author agrees to lose
 * unsaved work. What the address asks for (`?new=techniques`, `?open=techniques/exit-tickets`, or
 * on a one-kind page `?sequence=first-term`) is read once, when no draft is in the way.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { browserStorage, loadDoc, updateDoc, type StorageLike, type StoreNotice } from '../../../lib/storage/store.ts';
import { editorDraftCodec, editorDraftKey, type EditorDraft } from '../../../engine/editor/draft.ts';
import { isKind, kindSpec, type EditorKind } from '../../../engine/editor/kinds.ts';
import type { EntrySource } from '../../../engine/editor/document.ts';
import { examplesFromBody } from '../../../lib/editor/examples.ts';
import { adoptOriginal, migrateOldBuilderDraft } from '../../../engine/editor/old-builder-draft.ts';
import type { Notice } from '../../shared/Notices.tsx';
import { loadIndex, loadSource } from '../load.ts';
import { useNotices } from './useNotices.ts';
import { editor, format } from '../../../strings/index.ts';

const BASE = import.meta.env.BASE_URL;

export interface DraftOptions {
  /** One kind of entry to write and change (the sequence page's), with a draft of its own. */
  only?: EditorKind;
  /** Bring over a draft the retired sequence builder left in this browser. */
  oldBuilderDraft?: boolean;
}

/** Where the editor starts: the draft, the notices about it, and what the address asks for. */
interface Start {
  draft: EditorDraft | null;
  notices: Notice[];
  /** The entry the address names, as "kind/id", to choose in the start panel. */
  chosen?: string;
  /** Open that entry now: no draft is in the way. */
  open: boolean;
  /** The draft was brought over from the old builder. */
  migrated: boolean;
}

function unreadableNotice(notice: StoreNotice): Notice {
  return notice.kind === 'backed-up'
    ? { id: 'backed-up', tone: 'error', content: format(editor.draftBackedUp, { reason: notice.reason, backupKey: notice.backupKey }) }
    : { id: 'backup-failed', tone: 'error', content: format(editor.draftNotSetAside, { reason: notice.reason }) };
}

function restore(store: { storage: StorageLike; persistent: boolean }, key: string, { only, oldBuilderDraft }: DraftOptions): Omit<Start, 'chosen' | 'open'> {
  if (!store.persistent) return { draft: null, notices: [{ id: 'unsaved', tone: 'info', content: editor.draftNotKept }], migrated: false };
  if (oldBuilderDraft && only) {
    const migration = migrateOldBuilderDraft(store.storage, BASE, key, only);
    if (migration.kind === 'unreadable') return { draft: null, notices: [unreadableNotice(migration.notice)], migrated: false };
    if (migration.kind === 'migrated') return { draft: migration.draft, notices: [{ id: 'restored', tone: 'info', content: editor.draftFromBuilder }], migrated: true };
  }
  const loaded = loadDoc(store.storage, key, editorDraftCodec);
  // A draft of another kind cannot be under a one-kind page's key; if one is, it is left for the full editor.
  const draft = only && loaded.doc.draft && loaded.doc.draft.kind !== only ? null : loaded.doc.draft;
  const notice: Notice | null = loaded.notice ? unreadableNotice(loaded.notice) : draft ? { id: 'restored', tone: 'info', content: editor.draftRestored } : null;
  return { draft, notices: notice ? [notice] : [], migrated: false };
}

export function newDraft(kind: EditorKind): EditorDraft {
  return { kind, id: '', idEdited: false, data: {}, body: '', examples: kindSpec(kind).examplesBody ? [] : null, original: null, extras: [] };
}

/**
 * Reading an entry's file needs the YAML parser, which comes with the form (Workspace.tsx): both
 * load when an entry is opened, not with the start panel.
 */
const loadDocument = () => import('../../../engine/editor/document.ts');

async function draftFrom(source: EntrySource): Promise<EditorDraft> {
  const opened = (await loadDocument()).openEntry(source);
  const examples = kindSpec(source.kind).examplesBody ? (examplesFromBody(opened.body) ?? null) : null;
  return { kind: source.kind, id: source.kind === 'playbook' ? '' : source.id, idEdited: true, data: opened.data, body: opened.body, examples, original: source, extras: [] };
}

/** Whether a draft holds anything the author would lose. */
export function hasWork(draft: EditorDraft | null): boolean {
  return draft !== null && (draft.original !== null || Object.keys(draft.data).length > 0 || draft.body.trim() !== '' || (draft.examples?.length ?? 0) > 0);
}

/** The address's wishes, then the start they make with the restored draft. */
function startFrom(store: { storage: StorageLike; persistent: boolean }, key: string, options: DraftOptions): Start {
  const restored = restore(store, key, options);
  const params = new URLSearchParams(window.location.search);
  const { only } = options;
  // The parameter is the kind's name made singular ("sequence"), not its words, which a fork may change.
  const named = only ? params.get(only.replace(/ies$/, 'y').replace(/s$/, '')) : null;
  const wantNew = params.get('new');
  const chosen = (named !== null && only ? `${only}/${named}` : params.get('open')) ?? undefined;
  if (hasWork(restored.draft)) {
    const notices = wantNew || chosen ? [...restored.notices, { id: 'kept-draft', tone: 'info' as const, content: format(editor.draftStillOpen, { close: editor.closeEntry }) }] : restored.notices;
    return { ...restored, notices, chosen, open: false };
  }
  if (wantNew && isKind(wantNew) && (!only || wantNew === only)) return { ...restored, draft: newDraft(wantNew), chosen, open: false };
  return { ...restored, chosen, open: chosen !== undefined };
}

/** The draft, the ways to change and replace it, and the notices about it. */
export function useDraft(options: DraftOptions, focusLater: (id: string) => void) {
  const key = editorDraftKey(BASE, options.only);
  const [store] = useState(browserStorage);
  const [start] = useState(() => startFrom(store, key, options));
  const notices = useNotices(start.notices);
  const { notify } = notices;
  const [draft, setDraft] = useState<EditorDraft | null>(start.draft);
  // The draft as last changed, for changes made before the next render.
  const latest = useRef<EditorDraft | null>(start.draft);

  /** Makes `next` the draft and keeps it in this browser. */
  const commit = useCallback(
    (next: EditorDraft | null) => {
      latest.current = next;
      setDraft(next);
      if (!store.persistent) return;
      const saved = updateDoc(store.storage, key, editorDraftCodec, () => ({ version: 1, savedAt: new Date().toISOString(), draft: next }));
      if (!saved.ok) notify({ id: 'save-failed', tone: 'error', content: saved.error === 'quota' ? editor.draftStorageFull : editor.draftNotSaved });
    },
    [store, key, notify],
  );

  const update = useCallback((change: (current: EditorDraft) => EditorDraft) => {
    if (latest.current) commit(change(latest.current));
  }, [commit]);

  /** Puts another draft (or none) in place of this one, once the author agrees to lose its work; says whether it did. */
  const replace = (next: EditorDraft | null, focusId: string): boolean => {
    if (hasWork(latest.current) && !window.confirm(editor.confirmLeave)) return false;
    commit(next);
    focusLater(focusId);
    return true;
  };

  /** Opens an entry ("kind/id") in place of the draft; says whether it did. */
  const open = async (choice: string): Promise<boolean> => {
    const [kind, ...rest] = choice.split('/');
    if (!kind || !isKind(kind)) return false;
    try {
      return replace(await draftFrom(await loadSource(kind, rest.join('/'))), 'ed-heading');
    } catch (error) {
      notify({ id: 'open-failed', tone: 'error', content: format(editor.openFailed, { reason: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
  };

  // Once: open what the address asks for, and make a draft brought over from the old sequence
  // builder, which started from one of the playbook's sequences, the change to it that it was.
  const onStart = useEffectEvent(() => {
    if (start.open && start.chosen) void open(start.chosen);
    const brought = start.migrated ? start.draft : null;
    if (brought && !brought.original) {
      loadIndex()
        .then((index) => (index.entries.some((entry) => entry.kind === brought.kind && entry.id === brought.id) ? loadSource(brought.kind, brought.id) : Promise.reject(new Error('not in the playbook'))))
        .then(async (source) => {
          const { data } = (await loadDocument()).openEntry(source);
          update((current) => (!current.original && current.kind === source.kind && current.id === source.id ? adoptOriginal(current, source, data) : current));
        })
        .catch(() => undefined);
    }
  });
  useEffect(() => onStart(), []);

  return { draft, update, replace, open, chosen: start.chosen, notices };
}

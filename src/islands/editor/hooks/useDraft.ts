/**
 * The draft being edited, kept in this browser through the islands' one persistence hook
 * (usePersistentDoc): saved on every change, following other tabs, and a draft that cannot be
 * read set aside and offered for download (SavedNotices). On the page that once hosted the
 * sequence builder, a draft that builder left is brought over once. A draft of another kind
 * found under a one-kind page's key (the sequence page's) cannot be shown there: it is offered
 * for download, as its file, never dropped unasked.
 *
 * What the address asks for (`?new=techniques`, `?open=techniques/exit-tickets`, or on a one-kind
 * page `?sequence=first-term`) is read once, when no draft is in the way. A one-kind page opens
 * only its own kind, and only an entry the playbook has; anything else gets a plain sentence.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { browserStorage } from '../../../lib/storage/store.ts';
import { editorDraftCodec, editorDraftKey, type EditorDraft, type SavedEditorDraft } from '../../../engine/editor/draft.ts';
import { ID_PATTERN } from '../../../engine/editor/engine.ts';
import { entryFile, isKind, kindSpec, type EditorKind } from '../../../engine/editor/kinds.ts';
import type { EntrySource } from '../../../engine/editor/document.ts';
import { examplesFromBody } from '../../../lib/editor/examples.ts';
import { adoptOriginal, migrateOldBuilderDraft } from '../../../engine/editor/old-builder-draft.ts';
import type { Notice } from '../../shared/Notices.tsx';
import { usePersistentDoc } from '../../shared/usePersistentDoc.ts';
import { downloadText } from '../../shared/download.ts';
import { loadIndex, loadSource } from '../load.ts';
import { useNotices } from './useNotices.ts';
import { editor, format } from '../../../strings/index.ts';

const BASE = import.meta.env.BASE_URL;

export interface DraftOptions {
  /** One kind of entry to write and change (the sequence page's), with a draft of its own. */
  only?: EditorKind;
  /** Bring over a draft the retired sequence builder left in this browser. */
  oldBuilderDraft?: boolean;
  /** What the author chose in the start panel before the editor loaded: as the address would ask, and focus follows it. */
  intent?: { new?: string; open?: string } | undefined;
}

export function newDraft(kind: EditorKind): EditorDraft {
  return { kind, id: '', idEdited: false, data: {}, body: '', examples: kindSpec(kind).examplesBody ? [] : null, original: null, extras: [] };
}

/**
 * Reading an entry's file needs the YAML parser, which comes with the finished file (output.ts):
 * an entry's page gives its data already read (editor/<kind>/<id>.json), so opening one needs
 * none; a file without it is read with the parser, loaded then.
 */
async function draftFrom(source: EntrySource): Promise<EditorDraft> {
  const opened = source.opened ?? (await import('../../../engine/editor/document.ts')).openEntry(source);
  const examples = kindSpec(source.kind).examplesBody ? (examplesFromBody(opened.body) ?? null) : null;
  const { opened: _read, ...original } = source;
  return { kind: source.kind, id: source.kind === 'playbook' ? '' : source.id, idEdited: true, data: opened.data, body: opened.body, examples, original, extras: [] };
}

/** Whether a draft holds anything the author would lose. */
export function hasWork(draft: EditorDraft | null): boolean {
  return draft !== null && (draft.original !== null || Object.keys(draft.data).length > 0 || draft.body.trim() !== '' || (draft.examples?.length ?? 0) > 0);
}

/** Saves a draft as the file it would make, so that a draft this page cannot show is not lost. */
async function downloadDraft(draft: EditorDraft): Promise<void> {
  const { saveEntry } = await import('../../../engine/editor/document.ts');
  const file = draft.original?.file ?? entryFile(draft.kind, draft.id || 'draft', '');
  const text = saveEntry(draft.kind, { data: draft.data, body: draft.body }, draft.original ?? undefined);
  downloadText(file.split('/').at(-1)!, text, kindSpec(draft.kind).format === 'mdx' ? 'text/markdown' : 'text/yaml');
}

/** What the address (or the author's choice before the editor loaded) asks for: an entry to open ("kind/id"), checked to be one this page opens; a new draft's kind; or a plain sentence why not. */
function wishes(only: EditorKind | undefined, intent: DraftOptions['intent']): { chosen?: string; wantNew?: EditorKind; refused?: string } {
  const params = new URLSearchParams(window.location.search);
  if (intent?.new !== undefined) params.set('new', intent.new);
  if (intent?.open !== undefined) {
    if (only) params.set(only.replace(/ies$/, 'y').replace(/s$/, ''), intent.open.split('/').slice(1).join('/'));
    else params.set('open', intent.open);
  }
  const wantNew = params.get('new');
  const newKind = wantNew && isKind(wantNew) && (!only || wantNew === only) ? wantNew : undefined;
  if (only) {
    // The parameter is the kind's name made singular ("sequence"), not its words, which a fork may change.
    const named = params.get(only.replace(/ies$/, 'y').replace(/s$/, ''));
    if (named === null) return newKind ? { wantNew: newKind } : {};
    return ID_PATTERN.test(named) ? { chosen: `${only}/${named}` } : { refused: named };
  }
  const open = params.get('open');
  if (open === null) return newKind ? { wantNew: newKind } : {};
  const [kind = '', id = '', ...rest] = open.split('/');
  return isKind(kind) && (kind === 'playbook' || ID_PATTERN.test(id)) && rest.length === 0 ? { chosen: open } : { refused: open };
}

/** The draft, the ways to change and replace it, and the notices about it. */
export function useDraft(options: DraftOptions, focusLater: (id: string) => void) {
  const { only } = options;
  const key = editorDraftKey(BASE, only);
  // Once, before the draft is first read: a draft the old builder left becomes this page's draft.
  const [migrated] = useState(() => (options.oldBuilderDraft && only ? migrateOldBuilderDraft(browserStorage().storage, BASE, key, only) : { kind: 'none' as const }));
  const saved = usePersistentDoc<SavedEditorDraft>(key, editorDraftCodec);
  const stored = saved.doc.draft;
  // A draft of another kind under a one-kind page's key cannot be shown here.
  const foreign = only && stored && stored.kind !== only ? stored : null;
  const draft = foreign ? null : stored;

  const [start] = useState(() => {
    const wish = wishes(only, options.intent);
    const notices: Notice[] = [];
    if (migrated.kind === 'migrated') notices.push({ id: 'restored', tone: 'info', content: editor.draftFromBuilder });
    else if (migrated.kind === 'unreadable') notices.push({ id: 'old-unreadable', tone: 'error', content: format(editor.draftFromBuilderUnreadable, { reason: migrated.notice.reason }) });
    else if (hasWork(draft)) notices.push({ id: 'restored', tone: 'info', content: editor.draftRestored });
    if (wish.refused !== undefined) notices.push({ id: 'refused', tone: 'error', content: format(only ? editor.noSuchOf : editor.noSuchEntry, { ...(only ? kindSpec(only).labels : {}), name: wish.refused }) });
    if (hasWork(draft) && (wish.wantNew || wish.chosen)) notices.push({ id: 'kept-draft', tone: 'info', content: format(editor.draftStillOpen, { close: editor.closeEntry }) });
    return { ...wish, notices, open: !hasWork(draft) && wish.chosen !== undefined };
  });
  const notices = useNotices(start.notices);
  const { notify } = notices;

  const save = saved.update;
  /** Makes `next` the draft, in place of the one stored. */
  const commit = useCallback((next: EditorDraft | null) => save(() => ({ version: 1, savedAt: new Date().toISOString(), draft: next })), [save]);

  /** Changes the draft: applied to the freshest stored copy, so another tab's changes are kept. */
  const update = useCallback(
    (change: (current: EditorDraft) => EditorDraft) => {
      save((doc) => (doc.draft && (!only || doc.draft.kind === only) ? { version: 1, savedAt: new Date().toISOString(), draft: change(doc.draft) } : doc));
    },
    [save, only],
  );

  /** Puts another draft (or none) in place of this one, once the author agrees to lose its work; says whether it did. */
  const replace = (next: EditorDraft | null, focusId: string): boolean => {
    if (hasWork(draft) && !window.confirm(editor.confirmLeave)) return false;
    commit(next);
    focusLater(focusId);
    return true;
  };

  /** Opens an entry ("kind/id") in place of the draft, if the playbook has it and this page opens its kind; says whether it did. */
  const open = async (choice: string): Promise<boolean> => {
    const [kind = '', ...rest] = choice.split('/');
    const id = rest.join('/');
    const refuse = () => {
      notify({ id: 'refused', tone: 'error', content: format(only ? editor.noSuchOf : editor.noSuchEntry, { ...(only ? kindSpec(only).labels : {}), name: only ? id : choice }) });
      return false;
    };
    if (!isKind(kind) || (only && kind !== only)) return refuse();
    try {
      const index = await loadIndex();
      if (!index.entries.some((entry) => entry.kind === kind && entry.id === id)) return refuse();
      const source = await loadSource(kind, id);
      if (source.kind !== kind || source.id !== id) return refuse();
      return replace(await draftFrom(source), 'ed-heading');
    } catch (error) {
      notify({ id: 'open-failed', tone: 'error', content: format(editor.openFailed, { reason: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
  };

  // Once: open what the address asks for, start the new entry it asks for, and make a draft brought
  // over from the old sequence builder, which started from one of the playbook's sequences, the
  // change to it that it was.
  const onStart = useEffectEvent(() => {
    if (start.open && start.chosen) void open(start.chosen);
    else if (start.wantNew && !hasWork(draft)) {
      commit(newDraft(start.wantNew));
      // Chosen in the start panel: the form's heading takes focus, and the next Tab reaches its first field.
      if (options.intent) focusLater('ed-heading');
    }
    const brought = migrated.kind === 'migrated' ? migrated.draft : null;
    if (brought && !brought.original) {
      loadIndex()
        .then((index) => (index.entries.some((entry) => entry.kind === brought.kind && entry.id === brought.id) ? loadSource(brought.kind, brought.id) : Promise.reject(new Error('not in the playbook'))))
        .then(async (source) => {
          const { data } = source.opened ?? (await import('../../../engine/editor/document.ts')).openEntry(source);
          update((current) => (!current.original && current.kind === source.kind && current.id === source.id ? adoptOriginal(current, source, data) : current));
        })
        .catch(() => undefined);
    }
  });
  useEffect(() => onStart(), []);

  // A draft this page cannot show: offered for download, or to be let go, never lost unasked.
  const other = foreign
    ? {
        sentence: format(editor.draftOfOtherKind, { ...kindSpec(foreign.kind).labels, title: String(foreign.data[kindSpec(foreign.kind).titleField] ?? foreign.id) }),
        download: () => void downloadDraft(foreign),
        discard: () => {
          if (window.confirm(editor.confirmDiscardDraft)) commit(null);
        },
      }
    : null;

  return { draft, update, replace, open, chosen: start.chosen, notices, saved, other };
}

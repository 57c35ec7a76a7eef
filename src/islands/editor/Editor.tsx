/**
 * The entry editor: start a new entry of any collection (or playbook.yaml), or open one of the
 * playbook's entries, and change it in a form made from its collection's schema. Problems are
 * checked as you type with the content check's own rules and listed at the top, each linked to its
 * field; a file with problems is never offered as finished. The work is kept in this browser as a
 * draft. A finished file can be downloaded, copied, or proposed in the repository's web interface.
 *
 * The page gives only what does not grow with the playbook (its terms, the repository); the list
 * of entries, each kind's form and each entry's file are fetched when they are needed (load.ts).
 *
 * Props:
 * - data: the playbook's terms with their labels, its content folder and its repository.
 * - only: one kind of entry to write and change, for a page given to that kind (the sequence page
 *   gives "sequences"). Default: every kind. With it, `?<kind's singular>=<id>` opens that entry
 *   (`?sequence=first-term`), and the page keeps its own draft.
 * - oldBuilderDraft: bring over a draft the retired sequence builder left in this browser.
 * - intent: what the author chose in the start panel before the editor loaded (boot.ts).
 *
 * The page starts it (mount.tsx) when someone uses it, not when the page loads (boot.ts).
 */
import { Suspense, lazy, useMemo, useState, type ReactNode } from 'react';
import type { EditorKind } from '../../engine/editor/kinds.ts';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import type { EditorPageData } from '../../engine/editor/page-data.ts';
import { editor, format } from '../../strings/index.ts';
import { Notices, type Notice } from '../shared/Notices.tsx';
import { SavedNotices } from '../shared/SavedNotices.tsx';
import { loadForm, loadIndex } from './load.ts';
import { useDraft, newDraft } from './hooks/useDraft.ts';
import { useFocus } from './hooks/useFocus.ts';
import { useLoaded } from './hooks/useLoaded.ts';
import { StartPanel } from './StartPanel.tsx';

/**
 * The open entry's form, preview and file writer (with the YAML library) load when an entry is
 * opened: the start panel needs none of them.
 */
const Workspace = lazy(() => import('./Workspace.tsx').then((module) => ({ default: module.Workspace })));

const INDEX = 'entries';
const SAVED_WORDS = { setAside: editor.draftSetAside, leftInPlace: editor.draftLeftInPlace, notPersistent: editor.draftNotPersistent };
const FILE_STEM = 'editor-draft';

/** The notice about a draft of another kind that this page cannot show: download it, or let it go. */
function otherNotice(other: { sentence: string; download: () => void; discard: () => void }): Notice {
  return {
    id: 'other-kind',
    tone: 'info',
    content: (
      <>
        <p>{other.sentence}</p>
        <div className="island-buttons">
          <button type="button" className="island-button" onClick={other.download}>
            {editor.downloadDraft}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={other.discard}>
            {editor.discardDraft}
          </button>
        </div>
      </>
    ),
  };
}
const loadEntries = () => loadIndex().then((index) => index.entries);

/** A line where the form will be, while it loads, or why it did not. */
function Loading({ error }: { error?: string | undefined }): ReactNode {
  return (
    <p className="ed-loading" role="status">
      {error ? format(editor.openFailed, { reason: error }) : editor.loadingForm}
    </p>
  );
}

/** What the author chose before the editor started (in the start panel the server rendered): a new entry of a kind, or an entry ("kind/id") to open. */
export interface Intent {
  new?: string;
  open?: string;
}

export interface EditorProps {
  data: EditorPageData;
  only?: EditorKind;
  oldBuilderDraft?: boolean;
  intent?: Intent;
}

export default function Editor({ data, only, oldBuilderDraft = false, intent }: EditorProps): ReactNode {
  const { focusLater, flush: flushFocus } = useFocus();
  const { draft, update, replace, open, chosen, notices, saved, other } = useDraft({ only, oldBuilderDraft, intent }, focusLater);
  const entries = useLoaded(INDEX, loadEntries);
  const form = useLoaded(draft?.kind, loadForm);
  const [announcement, setAnnouncement] = useState('');
  const taxonomy = useMemo(() => ({ phases: data.terms.phases.map((t) => t.id), subjects: data.terms.subjects.map((t) => t.id), components: data.terms.components.map((t) => t.id) }), [data]);

  /** Puts another draft in place of this one; the notes about the one that was open go with it. */
  const start = (next: EditorDraft | null, focusId: string) => {
    if (replace(next, focusId)) notices.keepErrors();
  };

  return (
    <div className="island ed">
      <SavedNotices saved={saved} words={SAVED_WORDS} fileStem={FILE_STEM} />
      <Notices notices={other ? [...notices.notices, otherNotice(other)] : notices.notices} onDismiss={notices.dismiss} />
      {!draft && <StartPanel only={only} entries={entries} chosen={chosen} onNew={(kind) => start(newDraft(kind), 'ed-heading')} onOpen={(choice) => void open(choice).then((opened) => opened && notices.keepErrors())} />}
      {draft && !form.value && <Loading error={form.error} />}
      {draft && form.value && (
        <Suspense fallback={<Loading />}>
          <Workspace
            key={`${draft.kind}/${draft.original?.id ?? ''}`}
            draft={draft}
            schema={form.value.schema}
            page={data}
            taxonomy={taxonomy}
            entries={entries.value}
            update={update}
            close={() => start(null, 'ed-start-heading')}
            focusLater={focusLater}
            flushFocus={flushFocus}
            announce={setAnnouncement}
          />
        </Suspense>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

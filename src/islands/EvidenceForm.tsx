/**
 * Evidence form island for a set of mentor criteria: an answer to each criterion's evidence
 * prompt, saved in this browser as it is typed, printable (the application alone, with lines to
 * sign: evidence/PrintedApplication.tsx), and downloadable as a Word document (.docx, made by code
 * loaded when the button is pressed: lib/evidence/document.ts), as plain text, or as a file to
 * import again (JSON). Messages after an import or a delete appear beside that control and take focus.
 *
 * Props:
 * - set: the criteria set (id, title, role in words, criteria with their prompts).
 * - base: the site's base path; it keeps this playbook's saved data apart from another's.
 *
 * It renders nothing until hydrated; without JavaScript the page lists the criteria and prompts.
 * Saving goes through `usePersistentDoc`.
 */
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import '../styles/islands.css';
import { applicationText, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, setApplicant, setEvidence, type CriteriaSet, type EvidenceDoc } from '../lib/evidence/evidence.ts';
import { fileSlug } from '../lib/audit/format.ts';
import { own } from '../lib/storage/own.ts';
import { evidence as words, format, formatDate, formatPlural } from '../strings/index.ts';
import { useMounted } from './shared/useMounted.ts';
import { usePersistentDoc } from './shared/usePersistentDoc.ts';
import { downloadBlob, downloadText } from './shared/download.ts';
import { PrintedApplication } from './evidence/PrintedApplication.tsx';
import { SavedNotices } from './shared/SavedNotices.tsx';
import { UnsavedNotice } from './shared/UnsavedNotice.tsx';
import { EditedInput, EditedTextArea } from './shared/EditedText.tsx';
import { ConfirmDelete } from './shared/ConfirmDelete.tsx';
import { LocalNotice, useLocalNotices } from './shared/LocalNotice.tsx';

interface Props {
  set: CriteriaSet;
  base: string;
}

const SAVED_WORDS = { setAside: words.unreadableKept, leftInPlace: words.unreadableNotKept, notPersistent: words.notPersistent };

export default function EvidenceForm({ set, base }: Props) {
  const mounted = useMounted();
  const codec = useMemo(() => evidenceCodec(set.id), [set.id]);
  const saved = usePersistentDoc(evidenceStorageKey(base, set.id), codec);
  const { doc } = saved;
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [documentState, setDocumentState] = useState<'idle' | 'making' | 'failed'>('idle');
  const local = useLocalNotices<'import' | 'delete'>();
  const importInput = useRef<HTMLInputElement>(null);

  /** Saves a change made at a control (`place`); one that cannot be saved stays on screen, with a message beside that control. */
  function commit(change: (doc: EvidenceDoc) => EvidenceDoc, place: string): boolean {
    const ok = saved.update(change, { place });
    if (ok) setSavedAt(new Date());
    return ok;
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Loaded only to import: the file's checks, the JSON walker they use, and the merge.
    const { importEvidence } = await import('./evidence/import-evidence.ts');
    const outcome = await importEvidence(file, set, saved);
    if (!outcome.ok) {
      local.show('import', { tone: 'error', content: format(words.importRefused, { file: file.name, reason: outcome.reason }), ...(outcome.detail ? { detail: outcome.detail } : {}) });
      return;
    }
    setSavedAt(new Date());
    if (outcome.message) local.show('import', { tone: 'success', content: outcome.message });
  }

  /** What is not saved, as the file "Export to import later" saves: it imports again. */
  const unsavedFile = (unsaved: EvidenceDoc) => ({ name: fileName(words.fileEvidence, 'json', unsaved), text: evidenceJson(set, unsaved), type: 'application/json' });
  const unsavedNotice = (place: string) => <UnsavedNotice saved={saved} place={place} file={unsavedFile} />;

  if (!mounted) return null;
  const headingId = `ev-${set.id}`;
  const { answered, total } = evidenceProgress(set, doc);
  const today = formatDate(new Date(), { day: 'numeric', month: 'long', year: 'numeric' });
  /** "itt-mentor-criteria-application-jo-smith-2026-09-14.docx": the set, the applicant and the day. */
  function fileName(kind: string, extension: string, of: EvidenceDoc = doc) {
    const who = fileSlug(of.applicant.name);
    return `${set.id}-${fileSlug(kind)}${who ? `-${who}` : ''}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  }
  /** The application as a Word document: its code (the docx library) is loaded on the first press. */
  async function downloadDocument() {
    if (documentState === 'making') return;
    setDocumentState('making');
    try {
      const { applicationDocx, DOCX_TYPE } = await import('../lib/evidence/document.ts');
      const blob = await applicationDocx(set, doc, today);
      downloadBlob(fileName(words.fileApplication, 'docx'), new Blob([blob], { type: DOCX_TYPE }));
      setDocumentState('idle');
    } catch {
      setDocumentState('failed');
    }
  }
  return (
    <section className="island evidence" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <p>{words.intro}</p>
      <SavedNotices saved={saved} words={SAVED_WORDS} fileStem={set.id} />
      <div className="ev-form">
        <div className="island-inline island-controls">
          <p>
            <label htmlFor={`${headingId}-name`}>{words.nameLabel}</label>
            <EditedInput id={`${headingId}-name`} autoComplete="name" maxLength={200} value={doc.applicant.name} onSave={(text) => commit((stored) => setApplicant(stored, 'name', text), 'name')} />
          </p>
          <p>
            <label htmlFor={`${headingId}-school`}>{words.schoolLabel}</label>
            <EditedInput id={`${headingId}-school`} autoComplete="organization" maxLength={200} value={doc.applicant.school} onSave={(text) => commit((stored) => setApplicant(stored, 'school', text), 'school')} />
          </p>
        </div>
        {unsavedNotice('name')}
        {unsavedNotice('school')}
        <p className="sa-progress" role="status">
          {formatPlural(words.progress, answered, { total })}
        </p>
        {set.criteria.map((criterion, index) => (
          <div className="ev-criterion" key={criterion.id}>
            <label htmlFor={`${headingId}-${criterion.id}`}>{format(words.numbered, { number: index + 1, title: criterion.title })}</label>
            <p className="ev-prompt" id={`${headingId}-${criterion.id}-prompt`}>
              {criterion.evidencePrompt}
            </p>
            <EditedTextArea
              id={`${headingId}-${criterion.id}`}
              rows={6}
              aria-describedby={`${headingId}-${criterion.id}-prompt`}
              value={own(doc.answers, criterion.id) ?? ''}
              onSave={(text) => commit((stored) => setEvidence(stored, criterion.id, text), `answer-${criterion.id}`)}
            />
            {unsavedNotice(`answer-${criterion.id}`)}
          </div>
        ))}
        <p className="meta">{savedAt ? format(words.savedAt, { time: formatDate(savedAt, { hour: '2-digit', minute: '2-digit' }) }) : words.savedAsYouType}</p>
      </div>

      <PrintedApplication set={set} doc={doc} date={today} />

      <div className="island-part island-controls">
        <h3>{words.applicationHeading}</h3>
        <div className="island-buttons">
          <button type="button" className="island-button" onClick={() => window.print()}>
            {words.print}
          </button>
          <button type="button" className="island-button" onClick={downloadDocument} aria-disabled={documentState === 'making'}>
            {words.downloadDocument}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName(words.fileApplication, 'txt'), applicationText(set, doc, today), 'text/plain')}>
            {words.downloadText}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName(words.fileEvidence, 'json'), evidenceJson(set, doc), 'application/json')}>
            {words.exportJson}
          </button>
        </div>
        <p className="meta" role="status">
          {documentState === 'making' ? words.makingDocument : documentState === 'failed' ? words.documentFailed : ''}
        </p>
        <p className="meta">{words.downloadsNote}</p>
        <p>
          <label htmlFor={`${headingId}-import`}>{words.importLabel}</label>
          <input ref={importInput} id={`${headingId}-import`} type="file" accept=".json,application/json" onChange={importFile} />
        </p>
        <p className="meta">{words.importNote}</p>
        <LocalNotice
          id={`${headingId}-import-message`}
          message={local.messages.import}
          onDismiss={() => {
            local.clear('import');
            importInput.current?.focus();
          }}
        />
        <ConfirmDelete
          question={format(words.deleteQuestion, { title: set.title })}
          onConfirm={() => {
            saved.clear();
            setSavedAt(null);
            local.clear();
            local.show('delete', { tone: 'success', content: <>{words.deleted}</> });
          }}
        />
        <LocalNotice id={`${headingId}-delete-message`} message={local.messages.delete} onDismiss={() => local.clear('delete')} />
      </div>
    </section>
  );
}

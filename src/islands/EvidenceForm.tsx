/**
 * Evidence form island for a set of mentor criteria: an answer to each criterion's evidence
 * prompt, saved in this browser as it is typed, printable (the application alone), and
 * downloadable as an application document (HTML, which Word and any browser open), as plain
 * text, or as a file to import again (JSON). Messages after an import or a delete appear beside
 * that control and take focus.
 *
 * Props:
 * - set: the criteria set (id, title, role in words, criteria with their prompts).
 * - base: the site's base path; it keeps this playbook's saved data apart from another's.
 *
 * It renders nothing until hydrated; without JavaScript the page lists the criteria and prompts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import '../styles/islands.css';
import { applicationHtml, applicationText, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, parseEvidence, setApplicant, setEvidence, type CriteriaSet, type EvidenceDoc } from '../lib/evidence/evidence.ts';
import { browserStorage, deleteDoc, loadDoc, updateDoc, type StorageLike } from '../lib/storage/store.ts';
import { fileSlug, formatDate } from '../lib/audit/format.ts';
import { useMounted } from './shared/useMounted.ts';
import { downloadText, newId } from './shared/download.ts';
import { Notices, type Notice } from './shared/Notices.tsx';
import { ConfirmDelete } from './shared/ConfirmDelete.tsx';
import { LocalNotice, useLocalNotices } from './shared/LocalNotice.tsx';

interface Props {
  set: CriteriaSet;
  base: string;
}

export default function EvidenceForm({ set, base }: Props) {
  const mounted = useMounted();
  const key = evidenceStorageKey(base, set.id);
  const codec = useMemo(() => evidenceCodec(set.id), [set.id]);
  const storage = useRef<StorageLike | null>(null);
  const [doc, setDoc] = useState<EvidenceDoc>(() => codec.empty());
  const [notices, setNotices] = useState<Notice[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const local = useLocalNotices<'import' | 'delete'>();
  const importInput = useRef<HTMLInputElement>(null);

  const addNotice = useCallback((notice: Omit<Notice, 'id'>, id: string = newId()) => {
    setNotices((list) => [...list.filter((existing) => existing.id !== id), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: string) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);

  const reportUnreadable = useCallback(
    (reason: string, kept: boolean) =>
      addNotice(
        {
          tone: 'error',
          content: kept ? (
            <p>Your saved evidence could not be read ({reason}). It has been set aside in a backup in this browser, not thrown away, and the form starts empty.</p>
          ) : (
            <p>Your saved evidence could not be read ({reason}) and there was no room to set it aside, so it is left as it is and nothing new will be saved until you delete it.</p>
          ),
        },
        'unreadable',
      ),
    [addNotice],
  );

  useEffect(() => {
    if (!mounted) return;
    const { storage: store, persistent } = browserStorage();
    storage.current = store;
    if (!persistent) addNotice({ tone: 'error', content: <p>This browser is not letting the site save anything, so your evidence lasts only until you close this page. Download it to keep it.</p> });
    const loaded = loadDoc(store, key, codec);
    setDoc(loaded.doc);
    if (loaded.notice) reportUnreadable(loaded.notice.reason, loaded.notice.kind === 'backed-up');
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === key) setDoc(loadDoc(store, key, codec).doc);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [mounted, key, codec, addNotice, reportUnreadable]);

  function commit(change: (doc: EvidenceDoc) => EvidenceDoc): boolean {
    const store = storage.current;
    if (!store) return false;
    const result = updateDoc(store, key, codec, change);
    setDoc(result.doc);
    if (result.notice) reportUnreadable(result.notice.reason, result.notice.kind === 'backed-up');
    if (!result.ok) {
      addNotice({ tone: 'error', content: <p>{result.message}</p> }, 'save-error');
      return false;
    }
    dismiss('save-error');
    setSavedAt(new Date());
    return true;
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseEvidence(await file.text(), set);
    if (!parsed.ok) {
      local.show('import', { tone: 'error', content: <>“{file.name}” was not imported, and nothing saved has changed. {parsed.summary}</>, detail: parsed.detail });
      return;
    }
    // Fill in what is empty here; an answer already written is never overwritten.
    let filled = 0;
    let kept = 0;
    const saved = commit((stored) => {
      filled = 0;
      kept = 0;
      let next = stored;
      for (const [criterionId, answer] of Object.entries(parsed.doc.answers)) {
        const existing = next.answers[criterionId] ?? '';
        if (existing.trim() === '') {
          next = setEvidence(next, criterionId, answer);
          filled++;
        } else if (existing !== answer) kept++;
      }
      for (const field of ['name', 'school'] as const) if (!next.applicant[field] && parsed.doc.applicant[field]) next = setApplicant(next, field, parsed.doc.applicant[field]);
      return next;
    });
    if (saved) {
      const keptText = kept > 0 ? ` ${kept} answer${kept === 1 ? '' : 's'} already written here ${kept === 1 ? 'differs' : 'differ'} from the file and ${kept === 1 ? 'was' : 'were'} kept.` : '';
      local.show('import', { tone: 'success', content: <>Imported {filled} answer{filled === 1 ? '' : 's'} from “{file.name}”.{keptText}</> });
    }
  }

  if (!mounted) return null;
  const headingId = `ev-${set.id}`;
  const { answered, total } = evidenceProgress(set, doc);
  const today = formatDate(new Date().toISOString());
  /** "itt-mentor-criteria-application-jo-smith-2026-09-14.html": the set, the applicant and the day. */
  const fileName = (kind: string, extension: string) => {
    const who = fileSlug(doc.applicant.name);
    return `${set.id}-${kind}${who ? `-${who}` : ''}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  };
  return (
    <section className="island evidence" aria-labelledby={headingId}>
      <h2 id={headingId}>Your evidence</h2>
      <p>Answer each evidence prompt below. What you write is saved in this browser as you type and never leaves this device. Print it, or download it as an application.</p>
      <Notices notices={notices} onDismiss={dismiss} />
      <div className="ev-form">
        <div className="island-inline island-controls">
          <p>
            <label htmlFor={`${headingId}-name`}>Your name</label>
            <input id={`${headingId}-name`} type="text" autoComplete="name" maxLength={200} value={doc.applicant.name} onChange={(event) => commit((stored) => setApplicant(stored, 'name', event.target.value))} />
          </p>
          <p>
            <label htmlFor={`${headingId}-school`}>School</label>
            <input id={`${headingId}-school`} type="text" autoComplete="organization" maxLength={200} value={doc.applicant.school} onChange={(event) => commit((stored) => setApplicant(stored, 'school', event.target.value))} />
          </p>
        </div>
        <p className="sa-progress" role="status">
          {answered} of {total} criteria answered
        </p>
        {set.criteria.map((criterion, index) => (
          <div className="ev-criterion" key={criterion.id}>
            <label htmlFor={`${headingId}-${criterion.id}`}>
              {index + 1}. {criterion.title}
            </label>
            <p className="ev-prompt" id={`${headingId}-${criterion.id}-prompt`}>
              {criterion.evidencePrompt}
            </p>
            <textarea
              id={`${headingId}-${criterion.id}`}
              rows={6}
              aria-describedby={`${headingId}-${criterion.id}-prompt`}
              value={doc.answers[criterion.id] ?? ''}
              onChange={(event) => commit((stored) => setEvidence(stored, criterion.id, event.target.value))}
            />
          </div>
        ))}
        <p className="meta">{savedAt ? `Saved in this browser at ${savedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.` : 'Saved in this browser as you type.'}</p>
      </div>

      <div className="ev-print" aria-hidden="true">
        <h2>{set.title}</h2>
        <p>Application: {set.role}</p>
        <p>
          <strong>Name:</strong> {doc.applicant.name || '—'} · <strong>School:</strong> {doc.applicant.school || '—'} · <strong>Date:</strong> {today}
        </p>
        {set.criteria.map((criterion, index) => (
          <div key={criterion.id}>
            <h3>
              {index + 1}. {criterion.title}
            </h3>
            <p>{criterion.evidencePrompt}</p>
            <div className="ev-print__answer">{doc.answers[criterion.id] ?? ''}</div>
          </div>
        ))}
      </div>

      <div className="island-part island-controls">
        <h3>Your application</h3>
        <div className="island-buttons">
          <button type="button" className="island-button" onClick={() => window.print()}>
            Print the application (or save it as PDF)
          </button>
          <button type="button" className="island-button" onClick={() => downloadText(fileName('application', 'html'), applicationHtml(set, doc, today), 'text/html')}>
            Download as a document (opens in Word)
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName('application', 'txt'), applicationText(set, doc, today), 'text/plain')}>
            Download as plain text
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName('evidence', 'json'), evidenceJson(set, doc), 'application/json')}>
            Export to import later (JSON)
          </button>
        </div>
        <p className="meta">Printing gives the application alone, ready to sign or to save as a PDF. The document opens in Word, LibreOffice or a browser, so it can be edited and filed.</p>
        <p>
          <label htmlFor={`${headingId}-import`}>Import evidence from an exported file (JSON)</label>
          <input ref={importInput} id={`${headingId}-import`} type="file" accept=".json,application/json" onChange={importFile} />
        </p>
        <p className="meta">Importing fills in empty answers only; nothing you have already written is changed.</p>
        <LocalNotice
          id={`${headingId}-import-message`}
          message={local.messages.import}
          onDismiss={() => {
            local.clear('import');
            importInput.current?.focus();
          }}
        />
        <ConfirmDelete
          question={`Delete your evidence for “${set.title}” from this browser, with any backups? This cannot be undone: download it first if you want to keep it.`}
          onConfirm={() => {
            if (storage.current) deleteDoc(storage.current, key);
            setDoc(codec.empty());
            setSavedAt(null);
            setNotices([]);
            local.clear();
            local.show('delete', { tone: 'success', content: <>Your evidence for this set has been deleted from this browser.</> });
          }}
        />
        <LocalNotice id={`${headingId}-delete-message`} message={local.messages.delete} onDismiss={() => local.clear('delete')} />
      </div>
    </section>
  );
}

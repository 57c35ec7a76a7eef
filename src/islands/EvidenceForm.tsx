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
// First, before any schema is made: zod must not try Function(), which the pages' policy forbids.
import '../lib/zod-jitless.ts';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import '../styles/islands.css';
import { applicationHtml, applicationText, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, parseEvidence, setApplicant, setEvidence, type CriteriaSet, type EvidenceDoc } from '../lib/evidence/evidence.ts';
import { browserStorage, deleteDoc, loadDoc, updateDoc, type StorageLike } from '../lib/storage/store.ts';
import { fileSlug } from '../lib/audit/format.ts';
import { evidence as words, format, formatDate, formatPlural } from '../strings/index.ts';
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
          content: <p>{format(kept ? words.unreadableKept : words.unreadableNotKept, { reason })}</p>,
        },
        'unreadable',
      ),
    [addNotice],
  );

  useEffect(() => {
    if (!mounted) return;
    const { storage: store, persistent } = browserStorage();
    storage.current = store;
    if (!persistent) addNotice({ tone: 'error', content: <p>{words.notPersistent}</p> });
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
      local.show('import', { tone: 'error', content: <>{format(words.importRefused, { file: file.name, reason: parsed.summary })}</>, detail: parsed.detail });
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
      const importedText = formatPlural(words.imported, filled, { file: file.name });
      const keptText = kept > 0 ? ` ${formatPlural(words.importKept, kept)}` : '';
      local.show('import', { tone: 'success', content: <>{importedText}{keptText}</> });
    }
  }

  if (!mounted) return null;
  const headingId = `ev-${set.id}`;
  const { answered, total } = evidenceProgress(set, doc);
  const today = formatDate(new Date(), { day: 'numeric', month: 'long', year: 'numeric' });
  /** "itt-mentor-criteria-application-jo-smith-2026-09-14.html": the set, the applicant and the day. */
  const fileName = (kind: string, extension: string) => {
    const who = fileSlug(doc.applicant.name);
    return `${set.id}-${fileSlug(kind)}${who ? `-${who}` : ''}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  };
  return (
    <section className="island evidence" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <p>{words.intro}</p>
      <Notices notices={notices} onDismiss={dismiss} />
      <div className="ev-form">
        <div className="island-inline island-controls">
          <p>
            <label htmlFor={`${headingId}-name`}>{words.nameLabel}</label>
            <input id={`${headingId}-name`} type="text" autoComplete="name" maxLength={200} value={doc.applicant.name} onChange={(event) => commit((stored) => setApplicant(stored, 'name', event.target.value))} />
          </p>
          <p>
            <label htmlFor={`${headingId}-school`}>{words.schoolLabel}</label>
            <input id={`${headingId}-school`} type="text" autoComplete="organization" maxLength={200} value={doc.applicant.school} onChange={(event) => commit((stored) => setApplicant(stored, 'school', event.target.value))} />
          </p>
        </div>
        <p className="sa-progress" role="status">
          {formatPlural(words.progress, answered, { total })}
        </p>
        {set.criteria.map((criterion, index) => (
          <div className="ev-criterion" key={criterion.id}>
            <label htmlFor={`${headingId}-${criterion.id}`}>{format(words.numbered, { number: index + 1, title: criterion.title })}</label>
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
        <p className="meta">{savedAt ? format(words.savedAt, { time: formatDate(savedAt, { hour: '2-digit', minute: '2-digit' }) }) : words.savedAsYouType}</p>
      </div>

      <div className="ev-print" aria-hidden="true">
        <h2>{set.title}</h2>
        <p>{format(words.applicationFor, { role: set.role })}</p>
        <p>
          <strong>{format(words.fieldLabel, { label: words.name })}</strong> {doc.applicant.name || '—'} · <strong>{format(words.fieldLabel, { label: words.school })}</strong> {doc.applicant.school || '—'} · <strong>{format(words.fieldLabel, { label: words.date })}</strong> {today}
        </p>
        {set.criteria.map((criterion, index) => (
          <div key={criterion.id}>
            <h3>{format(words.numbered, { number: index + 1, title: criterion.title })}</h3>
            <p>{criterion.evidencePrompt}</p>
            <div className="ev-print__answer">{doc.answers[criterion.id] ?? ''}</div>
          </div>
        ))}
      </div>

      <div className="island-part island-controls">
        <h3>{words.applicationHeading}</h3>
        <div className="island-buttons">
          <button type="button" className="island-button" onClick={() => window.print()}>
            {words.print}
          </button>
          <button type="button" className="island-button" onClick={() => downloadText(fileName(words.fileApplication, 'html'), applicationHtml(set, doc, today), 'text/html')}>
            {words.downloadDocument}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName(words.fileApplication, 'txt'), applicationText(set, doc, today), 'text/plain')}>
            {words.downloadText}
          </button>
          <button type="button" className="island-button island-button--quiet" onClick={() => downloadText(fileName(words.fileEvidence, 'json'), evidenceJson(set, doc), 'application/json')}>
            {words.exportJson}
          </button>
        </div>
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
            if (storage.current) deleteDoc(storage.current, key);
            setDoc(codec.empty());
            setSavedAt(null);
            setNotices([]);
            local.clear();
            local.show('delete', { tone: 'success', content: <>{words.deleted}</> });
          }}
        />
        <LocalNotice id={`${headingId}-delete-message`} message={local.messages.delete} onDismiss={() => local.clear('delete')} />
      </div>
    </section>
  );
}

/**
 * Self-audit island: answer an audit (or a rubric used as a self-review), see results, keep
 * several named attempts and compare them, export, import, print and delete. Everything is kept
 * in this browser's storage and never sent anywhere.
 *
 * Props:
 * - instrument: the audit or rubric as the engine sees it, develop-next links already resolved.
 * - base: the site's base path; it keeps this playbook's saved data apart from another's.
 * - paperFormId: optional id of the page's printable paper form, hidden once the island runs.
 * - groupResultsHref: optional link to the group results page.
 *
 * It renders nothing until hydrated, so without JavaScript the page is its own paper form.
 */
// First, before any schema is made: zod must not try Function(), which the pages' policy forbids.
import '../lib/zod-jitless.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import '../styles/islands.css';
import { thisInstrument, type Instrument } from '../lib/audit/instrument.ts';
import { addAttempt, defaultLabel, deleteAttempt, latestChanged, mergeAttempts, newAttempt, renameAttempt, setAnswer, setNote, setOwner, type AuditDoc } from '../lib/audit/attempts.ts';
import { auditCodec, auditStorageKey } from '../lib/audit/saved.ts';
import { browserStorage, deleteDoc, loadDoc, updateDoc, type StorageLike, type StoreNotice } from '../lib/storage/store.ts';
import { exportFileName, exportJson, parseExport } from '../lib/audit/exchange.ts';
import { attemptsCsv } from '../lib/audit/csv.ts';
import { audit, format, formatPlural, shared } from '../strings/index.ts';
import { fillNodes } from './shared/fill.tsx';
import { useMounted } from './shared/useMounted.ts';
import { downloadText, newId } from './shared/download.ts';
import { Notices, type Notice } from './shared/Notices.tsx';
import { useLocalNotices } from './shared/LocalNotice.tsx';
import { AnswerForm } from './self-audit/AnswerForm.tsx';
import { Results } from './self-audit/Results.tsx';
import { History } from './self-audit/History.tsx';
import { DataPanel } from './self-audit/DataPanel.tsx';

interface Props {
  instrument: Instrument;
  base: string;
  paperFormId?: string;
  groupResultsHref?: string;
}

export default function SelfAudit({ instrument, base, paperFormId, groupResultsHref }: Props) {
  const mounted = useMounted();
  const key = auditStorageKey(base, instrument.kind, instrument.id);
  const codec = useMemo(() => auditCodec(instrument.kind, instrument.id), [instrument.kind, instrument.id]);
  const storage = useRef<StorageLike | null>(null);
  const [doc, setDoc] = useState<AuditDoc>(() => codec.empty());
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  // Messages about an action, shown beside the control that caused it.
  const local = useLocalNotices<'attempt' | 'import' | 'delete'>();

  const addNotice = useCallback((notice: Omit<Notice, 'id'>, replaces?: string) => {
    const id = replaces ?? newId();
    setNotices((list) => [...list.filter((existing) => existing.id !== id), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: string) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);

  const downloadUnreadable = useCallback(
    (backup?: string) => {
      const store = storage.current;
      if (!store) return;
      const text = store.getItem(backup ?? key) ?? '';
      downloadText(`${instrument.id}-${audit.fileUnreadableData}.txt`, text, 'text/plain');
    },
    [key, instrument.id],
  );

  const showStoreNotice = useCallback(
    (notice: StoreNotice) => {
      const download = (backup?: string) => (
        <button type="button" className="island-button island-button--quiet" onClick={() => downloadUnreadable(backup)}>
          {audit.downloadUnreadable}
        </button>
      );
      const values = { this: thisInstrument(instrument), reason: notice.reason };
      const content =
        notice.kind === 'backed-up' ? (
          <p>
            {format(audit.storedSetAside, values)} {download(notice.backupKey)}
          </p>
        ) : (
          <p>{fillNodes(audit.storedLeftInPlace, { ...values, download: download(), delete: shared.deleteMyData })}</p>
        );
      addNotice({ tone: 'error', content });
    },
    [addNotice, downloadUnreadable, instrument],
  );

  // Load once hydrated, and again whenever another tab changes this instrument's data.
  useEffect(() => {
    if (!mounted) return;
    const { storage: store, persistent } = browserStorage();
    storage.current = store;
    if (!persistent) {
      addNotice({ tone: 'error', content: <p>{audit.notPersistent}</p> });
    }
    const raw = store.getItem(key);
    const loaded = loadDoc(store, key, codec);
    // Nothing saved: the empty document already shown stands, so the whole form is not rendered twice.
    if (raw !== null) {
      setDoc(loaded.doc);
      setCurrentId(latestChanged(loaded.doc.attempts)?.id ?? null);
    }
    if (loaded.notice) showStoreNotice(loaded.notice);
    if (paperFormId) document.getElementById(paperFormId)?.setAttribute('hidden', '');
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== key) return;
      const fresh = loadDoc(store, key, codec);
      setDoc(fresh.doc);
      setCurrentId((id) => (id && fresh.doc.attempts.some((attempt) => attempt.id === id) ? id : latestChanged(fresh.doc.attempts)?.id ?? null));
      if (fresh.notice) showStoreNotice(fresh.notice);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [mounted, key, codec, paperFormId, addNotice, showStoreNotice]);

  /** Applies one change to what is stored now and shows the result; a failure is reported. */
  const commit = useCallback(
    (change: (doc: AuditDoc) => AuditDoc): boolean => {
      const store = storage.current;
      if (!store) return false;
      const result = updateDoc(store, key, codec, change);
      setDoc(result.doc);
      if (result.notice) showStoreNotice(result.notice);
      if (!result.ok) {
        addNotice({ tone: 'error', content: <p>{result.message}</p> }, 'save-error');
        return false;
      }
      dismiss('save-error');
      return true;
    },
    [key, codec, addNotice, dismiss, showStoreNotice],
  );

  const current = doc.attempts.find((attempt) => attempt.id === currentId);

  /** The attempt to write to: the current one, or a new one named for today if there is none. */
  function withAttempt(change: (doc: AuditDoc, attemptId: string) => AuditDoc) {
    const now = new Date();
    if (current) return commit((stored) => change(stored, current.id));
    const fresh = newAttempt(newId(), defaultLabel(now), now);
    if (commit((stored) => change(addAttempt(stored, fresh), fresh.id))) setCurrentId(fresh.id);
  }

  const actions = {
    answer: (itemId: string, value: number | null) => withAttempt((stored, id) => setAnswer(stored, id, itemId, value, new Date())),
    note: (sectionId: string, text: string) => withAttempt((stored, id) => setNote(stored, id, sectionId, text, new Date())),
    rename: (label: string) => current && commit((stored) => renameAttempt(stored, current.id, label, new Date())),
    owner: (name: string) => commit((stored) => setOwner(stored, name)),
    select: (id: string) => setCurrentId(id),
    start: (label: string) => {
      const now = new Date();
      const fresh = newAttempt(newId(), label.trim() || defaultLabel(now), now);
      if (commit((stored) => addAttempt(stored, fresh))) {
        setCurrentId(fresh.id);
        local.show('attempt', { tone: 'success', content: format(audit.attemptStarted, { label: fresh.label }) });
      }
    },
    remove: () => {
      if (!current) return;
      const gone = current;
      if (!commit((stored) => deleteAttempt(stored, gone.id))) return;
      const rest = doc.attempts.filter((attempt) => attempt.id !== gone.id);
      setCurrentId(latestChanged(rest)?.id ?? null);
      const label = gone.label || audit.unnamed;
      local.show('attempt', { tone: 'success', content: rest.length > 0 ? formatPlural(audit.attemptDeletedKept, rest.length, { label }) : format(audit.attemptDeleted, { label }) });
    },
  };

  const data = {
    exportJson: () => downloadText(exportFileName(instrument, 'json', doc.owner), exportJson(instrument, doc), 'application/json'),
    exportCsv: () => downloadText(exportFileName(instrument, 'csv', doc.owner), attemptsCsv(instrument, doc.attempts), 'text/csv'),
    print: (resultsOnly: boolean) => {
      // "Print results only" marks the page for the print style sheet, and unmarks it afterwards.
      const root = document.documentElement;
      if (resultsOnly) root.classList.add('print-results-only');
      const done = () => {
        root.classList.remove('print-results-only');
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      window.print();
    },
    importFile: async (file: File) => {
      const text = await file.text();
      const parsed = parseExport(text, instrument);
      if (!parsed.ok) {
        local.show('import', { tone: 'error', content: format(audit.importRefused, { file: file.name, reason: parsed.summary }), detail: parsed.detail });
        return;
      }
      let merge: ReturnType<typeof mergeAttempts> | undefined;
      const saved = commit((stored) => {
        merge = mergeAttempts(stored, parsed.file.attempts, parsed.file.owner);
        return merge.doc;
      });
      if (!saved || !merge) return;
      const result = merge;
      if (!current || !result.doc.attempts.some((attempt) => attempt.id === current.id)) setCurrentId(latestChanged(result.doc.attempts)?.id ?? null);
      const parts = [formatPlural(audit.imported, result.added, { file: file.name })];
      if (result.unchanged > 0) parts.push(formatPlural(audit.importUnchanged, result.unchanged));
      if (result.keptSaved > 0) parts.push(formatPlural(audit.importKeptSaved, result.keptSaved));
      parts.push(...parsed.warnings);
      local.show('import', { tone: 'success', content: <>{parts.join(' ')}</> });
    },
    deleteAll: () => {
      const store = storage.current;
      if (!store) return;
      deleteDoc(store, key);
      setDoc(codec.empty());
      setCurrentId(null);
      setNotices([]);
      local.clear();
      local.show('delete', { tone: 'success', content: format(audit.deletedAll, { this: thisInstrument(instrument) }) });
    },
  };

  if (!mounted) return null;
  const headingId = `sa-${instrument.id}`;
  const review = instrument.kind === 'rubric';
  return (
    <section className="island self-audit" aria-labelledby={headingId}>
      <h2 id={headingId}>{review ? audit.headingReview : audit.headingAudit}</h2>
      <p>{audit.intro}</p>
      <Notices notices={notices} onDismiss={dismiss} />
      <nav className="island-contents" aria-label={review ? audit.partsReview : audit.partsAudit}>
        <ul>
          <li><a href={`#${headingId}-answer`}>{audit.partAnswers}</a></li>
          <li><a href={`#${headingId}-results`}>{audit.partResults}</a></li>
          <li><a href={`#${headingId}-history`}>{audit.partHistory}</a></li>
          <li><a href={`#${headingId}-data`}>{audit.partData}</a></li>
        </ul>
      </nav>
      <AnswerForm idPrefix={`${headingId}-answer`} instrument={instrument} owner={doc.owner} attempts={doc.attempts} current={current} actions={actions} message={local.messages.attempt} onDismissMessage={() => local.clear('attempt')} />
      <Results idPrefix={`${headingId}-results`} instrument={instrument} attempt={current} owner={doc.owner} />
      <History idPrefix={`${headingId}-history`} instrument={instrument} attempts={doc.attempts} />
      <DataPanel idPrefix={`${headingId}-data`} instrument={instrument} attemptCount={doc.attempts.length} actions={data} groupResultsHref={groupResultsHref} messages={local.messages} onDismissMessage={local.clear} />
    </section>
  );
}

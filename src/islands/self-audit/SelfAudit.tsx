/**
 * Self-audit island: answer an audit (or a rubric used as a self-review), see results, keep
 * several named attempts and compare them, export, import, print and delete. Everything is kept
 * in this browser's storage and never sent anywhere.
 *
 * Props:
 * - instrument: the audit or rubric as the engine sees it, develop-next links already resolved.
 * - base: the site's base path; it keeps this playbook's saved data apart from another's.
 * - groupResultsHref: optional link to the group results page.
 *
 * It renders nothing until hydrated, so without JavaScript the page is its own paper form (which
 * the page's style sheet hides where JavaScript runs). Saving goes through `usePersistentDoc`.
 *
 * What the first screen needs (the answering form and what is saved) loads with the page; the rest
 * loads when it is first shown: the results' chart and lists once there is an answer
 * (ResultsDetail.tsx), a comparison once there are two attempts (Comparison.tsx), and the code that
 * writes and reads files when a button or the file picker is used.
 */
import { useMemo, useState } from 'react';
import '../../styles/islands.css';
import { thisInstrument, type Instrument } from '../../lib/audit/instrument.ts';
import { addAttempt, defaultLabel, deleteAttempt, latestChanged, newAttempt, renameAttempt, setAnswer, setNote, setOwner, type AuditDoc } from '../../lib/audit/attempts.ts';
import { auditCodec, auditStorageKey } from '../../lib/audit/saved.ts';
import { audit, format, formatPlural } from '../../strings/index.ts';
import { useMounted } from '../shared/useMounted.ts';
import { usePersistentDoc } from '../shared/usePersistentDoc.ts';
import { downloadText, newId } from '../shared/download.ts';
import { SavedNotices } from '../shared/SavedNotices.tsx';
import { UnsavedNotice } from '../shared/UnsavedNotice.tsx';
import { useLocalNotices } from '../shared/LocalNotice.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { Results } from './Results.tsx';
import { History } from './History.tsx';
import { AttemptsWindowNote, useAttemptsWindow } from './AttemptsWindow.tsx';
import { DataPanel } from './DataPanel.tsx';

interface Props {
  instrument: Instrument;
  base: string;
  groupResultsHref?: string;
}

const SAVED_WORDS = { setAside: audit.storedSetAside, leftInPlace: audit.storedLeftInPlace, notPersistent: audit.notPersistent };

export default function SelfAudit({ instrument, base, groupResultsHref }: Props) {
  const mounted = useMounted();
  const codec = useMemo(() => auditCodec(instrument.kind, instrument.id), [instrument.kind, instrument.id]);
  const saved = usePersistentDoc(auditStorageKey(base, instrument.kind, instrument.id), codec);
  const { doc } = saved;

  // Messages about an action, shown beside the control that caused it.
  const local = useLocalNotices<'attempt' | 'import' | 'delete'>();

  // The attempt being answered: the one chosen, else the one changed last. It stays chosen when
  // another tab changes a different attempt, and moves on only when it is deleted.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const current = doc.attempts.find((attempt) => attempt.id === chosenId) ?? latestChanged(doc.attempts);
  if ((current?.id ?? null) !== chosenId) setChosenId(current?.id ?? null);

  /**
   * Applies one change the person made at a control (`place`) to what is stored now. If it cannot
   * be saved it is kept on screen, and the message is shown beside that control (UnsavedNotice).
   */
  const commit = (change: (doc: AuditDoc) => AuditDoc, place: string) => saved.update(change, { place });
  /** A change that happens whole or not at all (a new or deleted attempt); when it cannot be saved, says why beside its control. */
  const commitWhole = (change: (doc: AuditDoc) => AuditDoc): boolean => {
    const result = saved.tryUpdate(change);
    if (!result.ok) local.show('attempt', { tone: 'error', content: result.message });
    return result.ok;
  };

  /** The attempt to write to: the current one, or a new one named for today if there is none. */
  function withAttempt(change: (doc: AuditDoc, attemptId: string) => AuditDoc, place: string) {
    const now = new Date();
    if (current) return commit((stored) => change(stored, current.id), place);
    const fresh = newAttempt(newId(), defaultLabel(now), now);
    if (commit((stored) => change(addAttempt(stored, fresh), fresh.id), place)) setChosenId(fresh.id);
  }

  const actions = {
    answer: (itemId: string, value: number | null) => withAttempt((stored, id) => setAnswer(stored, id, itemId, value, new Date()), `item-${itemId}`),
    note: (sectionId: string, text: string) => withAttempt((stored, id) => setNote(stored, id, sectionId, text, new Date()), `note-${sectionId}`),
    rename: (label: string) => current && commit((stored) => renameAttempt(stored, current.id, label, new Date()), 'label'),
    owner: (name: string) => commit((stored) => setOwner(stored, name), 'owner'),
    select: (id: string) => setChosenId(id),
    start: (label: string) => {
      const now = new Date();
      const fresh = newAttempt(newId(), label.trim() || defaultLabel(now), now);
      if (commitWhole((stored) => addAttempt(stored, fresh))) {
        setChosenId(fresh.id);
        local.show('attempt', { tone: 'success', content: format(audit.attemptStarted, { label: fresh.label }) });
      }
    },
    remove: () => {
      if (!current) return;
      const gone = current;
      if (!commitWhole((stored) => deleteAttempt(stored, gone.id))) return;
      const rest = doc.attempts.filter((attempt) => attempt.id !== gone.id);
      const label = gone.label || audit.unnamed;
      local.show('attempt', { tone: 'success', content: rest.length > 0 ? formatPlural(audit.attemptDeletedKept, rest.length, { label }) : format(audit.attemptDeleted, { label }) });
    },
  };

  // Files are written and read by code loaded when a button or the file picker is used, not with the page.
  const exchange = () => import('../../lib/audit/exchange.ts');
  const data = {
    exportJson: async () => {
      const { exportFileName, exportJson } = await exchange();
      downloadText(exportFileName(instrument, 'json', doc.owner), exportJson(instrument, doc), 'application/json');
    },
    exportCsv: async () => {
      const [{ exportFileName }, { attemptsCsv }] = await Promise.all([exchange(), import('../../lib/audit/csv.ts')]);
      downloadText(exportFileName(instrument, 'csv', doc.owner), attemptsCsv(instrument, doc.attempts), 'text/csv');
    },
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
      // Loaded only to import: the file's checks, the JSON walker they use, and the merge.
      const { importAnswers } = await import('./import-answers.ts');
      const outcome = await importAnswers(file, instrument, saved);
      if (!outcome.ok) local.show('import', { tone: 'error', content: format(audit.importRefused, { file: file.name, reason: outcome.reason }), ...(outcome.detail ? { detail: outcome.detail } : {}) });
      else if (outcome.message) local.show('import', { tone: 'success', content: outcome.message });
    },
    deleteAll: () => {
      saved.clear();
      setChosenId(null);
      local.clear();
      local.show('delete', { tone: 'success', content: format(audit.deletedAll, { this: thisInstrument(instrument) }) });
    },
  };

  /** What is not saved, as the JSON export: a file that imports again. */
  const unsavedFile = async (unsaved: AuditDoc) => {
    const { exportFileName, exportJson } = await exchange();
    return { name: exportFileName(instrument, 'json', unsaved.owner), text: exportJson(instrument, unsaved), type: 'application/json' };
  };
  const unsavedNotice = (place: string) => <UnsavedNotice saved={saved} place={place} file={unsavedFile} />;

  // The attempts the chooser and the history list: the most recent, when there are very many.
  const listed = useAttemptsWindow(doc.attempts, current);
  if (!mounted) return null;
  const headingId = `sa-${instrument.id}`;
  const review = instrument.kind === 'rubric';
  return (
    <section className="island self-audit" aria-labelledby={headingId}>
      <h2 id={headingId}>{review ? audit.headingReview : audit.headingAudit}</h2>
      <p>{audit.intro}</p>
      <SavedNotices saved={saved} words={SAVED_WORDS} values={{ this: thisInstrument(instrument) }} fileStem={instrument.id} />
      <nav className="island-contents" aria-label={review ? audit.partsReview : audit.partsAudit}>
        <ul>
          <li><a href={`#${headingId}-answer`}>{audit.partAnswers}</a></li>
          <li><a href={`#${headingId}-results`}>{audit.partResults}</a></li>
          <li><a href={`#${headingId}-history`}>{audit.partHistory}</a></li>
          <li><a href={`#${headingId}-data`}>{audit.partData}</a></li>
        </ul>
      </nav>
      <AnswerForm idPrefix={`${headingId}-answer`} instrument={instrument} owner={doc.owner} attempts={listed.attempts} listNote={<AttemptsWindowNote window={listed} />} current={current} actions={actions} notice={unsavedNotice} message={local.messages.attempt} onDismissMessage={() => local.clear('attempt')} />
      <Results idPrefix={`${headingId}-results`} instrument={instrument} attempt={current} owner={doc.owner} />
      <History idPrefix={`${headingId}-history`} instrument={instrument} attempts={listed.attempts} />
      <AttemptsWindowNote window={listed} />
      <DataPanel idPrefix={`${headingId}-data`} instrument={instrument} attemptCount={doc.attempts.length} actions={data} groupResultsHref={groupResultsHref} messages={local.messages} onDismissMessage={local.clear} />
    </section>
  );
}

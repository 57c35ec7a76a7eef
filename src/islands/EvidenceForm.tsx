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
 * Saving goes through `usePersistentDoc`.
 */
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import '../styles/islands.css';
import { applicationHtml, applicationText, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, mergeEvidence, parseEvidence, setApplicant, setEvidence, type CriteriaSet, type EvidenceDoc } from '../lib/evidence/evidence.ts';
import { fileSlug } from '../lib/audit/format.ts';
import { evidence as words, format, formatDate, formatPlural } from '../strings/index.ts';
import { useMounted } from './shared/useMounted.ts';
import { usePersistentDoc } from './shared/usePersistentDoc.ts';
import { downloadText } from './shared/download.ts';
import { SavedNotices } from './shared/SavedNotices.tsx';
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
  const local = useLocalNotices<'import' | 'delete'>();
  const importInput = useRef<HTMLInputElement>(null);

  function commit(change: (doc: EvidenceDoc) => EvidenceDoc): boolean {
    const ok = saved.update(change);
    if (ok) setSavedAt(new Date());
    return ok;
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
    let merged: ReturnType<typeof mergeEvidence> | undefined;
    const imported = commit((stored) => {
      merged = mergeEvidence(stored, parsed.doc);
      return merged.doc;
    });
    if (imported && merged) {
      const keptText = merged.kept > 0 ? ` ${formatPlural(words.importKept, merged.kept)}` : '';
      local.show('import', { tone: 'success', content: <>{formatPlural(words.imported, merged.filled, { file: file.name })}{keptText}</> });
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
      <SavedNotices saved={saved} words={SAVED_WORDS} fileStem={set.id} />
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

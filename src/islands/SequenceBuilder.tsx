/**
 * The sequence builder: pick techniques (or one action step of each) from the library, put them in
 * order with the keyboard (move buttons) or the mouse (drag the handle, or the same buttons), set
 * weeks and notes, and download the YAML file content/sequences/ accepts. The file is checked with
 * the same schema and reference rules as `npm run check` before it is offered. Nothing is sent
 * anywhere: the file is made in the browser.
 *
 * Props:
 * - techniques: the library's techniques with their action steps (ids and titles), in reading order.
 * - strands: the strands, in order, to group techniques by.
 * - sequences: the sequences that exist, to start from one. Default: none.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { browserStorage, loadDoc, updateDoc, type StorageLike } from '../lib/storage/store.ts';
import { builderDraftCodec, builderDraftKey, DRAFT_QUOTA_MESSAGE, DRAFT_UNSAVED_MESSAGE, hasWork } from '../lib/scaffold/builder-draft.ts';
import type { Problem } from '../lib/content/problem.ts';
import {
  checkDraft,
  draftFromSequence,
  emptyDraft,
  idForTitle,
  moveStep,
  sequenceData,
  sequenceFile,
  totalWeeks,
  weekLabels,
  type Draft,
  type DraftStep,
  type LibraryTechnique,
} from '../lib/scaffold/sequence-builder.ts';
import { sequenceYaml, type SequenceFile } from '../lib/scaffold/sequence-yaml.ts';

export interface SequenceBuilderProps {
  techniques: LibraryTechnique[];
  strands: { id: string; title: string }[];
  sequences?: { id: string; data: SequenceFile }[];
}

let keyCounter = 0;
const nextKey = () => `step-${++keyCounter}`;

/** Keeps new step keys clear of those in a restored draft. */
function advanceKeys(draft: Draft): void {
  for (const step of draft.steps) keyCounter = Math.max(keyCounter, Number(/(\d+)$/.exec(step.key)?.[1] ?? 0));
}

const DRAFT_KEY = builderDraftKey(import.meta.env.BASE_URL);

/** Reads the saved draft once, when the builder starts: the draft, and anything to tell the user. */
function restoreDraft(store: { storage: StorageLike; persistent: boolean }): { draft: Draft; savedAt: string | null; notice: string | null } {
  if (!store.persistent) return { draft: emptyDraft(), savedAt: null, notice: DRAFT_UNSAVED_MESSAGE };
  const loaded = loadDoc(store.storage, DRAFT_KEY, builderDraftCodec);
  const notice =
    loaded.notice?.kind === 'backed-up'
      ? `A saved draft could not be read (${loaded.notice.reason}). It is kept in this browser's storage under "${loaded.notice.backupKey}", and the builder starts afresh.`
      : loaded.notice?.kind === 'backup-failed'
        ? `A saved draft could not be read (${loaded.notice.reason}), and could not be set aside, so it is left as it is and this draft is not being saved.`
        : null;
  if (!hasWork(loaded.doc.draft)) return { draft: emptyDraft(), savedAt: null, notice };
  advanceKeys(loaded.doc.draft);
  return { draft: loaded.doc.draft, savedAt: loaded.doc.savedAt, notice };
}

/** The id of the form control a problem's field belongs to, so the summary can link to it. */
function controlFor(field: string, draft: Draft, ids: Record<string, string>): string | undefined {
  if (field === '(the file name)') return ids.id;
  const top = /^(title|audience|summary)$/.exec(field);
  if (top) return ids[top[1]!];
  if (field === 'steps') return ids.technique;
  const step = /^steps\[(\d+)\]\.(technique|step|weeks|notes)/.exec(field);
  if (step) {
    const key = draft.steps[Number(step[1])]?.key;
    if (!key) return undefined;
    return `${ids.base}-${key}-${step[2] === 'technique' ? 'focus' : step[2] === 'step' ? 'focus' : step[2]}`;
  }
  return undefined;
}

/** A problem as a sentence: the field, then what was expected and found. */
function problemText(problem: Problem): string {
  const step = /^steps\[(\d+)\](?:\.(.+))?$/.exec(problem.field);
  const field = step ? `Step ${Number(step[1]) + 1}${step[2] ? `, ${step[2]}` : ''}` : problem.field === '(the file name)' ? 'File name' : problem.field;
  return `${field}: expected ${problem.expected}, found ${problem.found}`;
}

export default function SequenceBuilder({ techniques, strands, sequences = [] }: SequenceBuilderProps): ReactNode {
  const base = 'sb';
  const ids = {
    base,
    id: `${base}-id`,
    title: `${base}-title`,
    audience: `${base}-audience`,
    summary: `${base}-summary`,
    technique: `${base}-technique`,
    focus: `${base}-focus`,
    weeks: `${base}-weeks`,
    start: `${base}-start`,
    summaryBox: `${base}-problems`,
  };
  const byId = useMemo(() => new Map(techniques.map((technique) => [technique.id, technique])), [techniques]);
  // The builder runs only in the browser (client:only), so the saved draft is read before the first render.
  const [store] = useState(() => browserStorage());
  const [restored] = useState(() => restoreDraft(store));
  const [draft, setDraft] = useState<Draft>(restored.draft);
  const [saveNotice, setSaveNotice] = useState<string | null>(restored.notice);
  const [idEdited, setIdEdited] = useState(restored.draft.id !== '');
  const [pick, setPick] = useState({ technique: techniques[0]?.id ?? '', step: '', weeks: '2' });
  // A sequence page's "adapt it" link names the sequence to start from: ?sequence=<id>.
  const [start, setStart] = useState(() => {
    const wanted = new URLSearchParams(window.location.search).get('sequence');
    return sequences.find((sequence) => sequence.id === wanted)?.id ?? sequences[0]?.id ?? '';
  });
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const problemBox = useRef<HTMLDivElement>(null);

  // The page says the builder needs JavaScript; now that it runs, that message goes.
  useEffect(() => {
    document.getElementById('sb-needs-javascript')?.remove();
  }, []);

  // Every change is kept in this browser, so a reload or a closed tab loses nothing. The first
  // run is the draft just read, so there is nothing new to write.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!store.persistent) return;
    const saved = updateDoc(store.storage, DRAFT_KEY, builderDraftCodec, () => ({ version: 1, savedAt: new Date().toISOString(), draft }));
    if (!saved.ok) setSaveNotice(saved.error === 'quota' ? DRAFT_QUOTA_MESSAGE : saved.error === 'read-only' ? saved.message : DRAFT_UNSAVED_MESSAGE);
  }, [draft, store]);

  const clearForm = () => {
    if (hasWork(draft) && !window.confirm('Clear the form? The sequence you are building will be lost unless you have downloaded it.')) return;
    setDraft(emptyDraft());
    setIdEdited(false);
    setProblems(null);
    setAnnouncement('The form is clear.');
    requestAnimationFrame(() => document.getElementById(ids.title)?.focus());
  };

  const yaml = sequenceYaml(sequenceData(draft), [`A PD sequence. Save this file as ${sequenceFile(draft.id)}, then run \`npm run check\`.`]);
  const labels = weekLabels(draft.steps);
  const titleOf = (id: string) => byId.get(id)?.title ?? id;

  const update = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    if (problems) setProblems(null);
  };
  const updateStep = (key: string, change: Partial<DraftStep>) => {
    update({ steps: draft.steps.map((step) => (step.key === key ? { ...step, ...change } : step)) });
  };

  const addStep = () => {
    if (!byId.has(pick.technique)) return;
    const step: DraftStep = { key: nextKey(), technique: pick.technique, step: pick.step, weeks: pick.weeks, notes: '' };
    update({ steps: [...draft.steps, step] });
    const focus = pick.step ? byId.get(pick.technique)?.steps.find((candidate) => candidate.id === pick.step)?.title : 'the whole technique';
    setAnnouncement(`Added step ${draft.steps.length + 1}: ${titleOf(pick.technique)}, ${focus}.`);
  };

  /** Moves a step and keeps keyboard focus on the control that moved it (or its neighbour at an end). */
  const move = (from: number, to: number, control?: 'up' | 'down') => {
    if (to < 0 || to >= draft.steps.length || from === to) return;
    const moved = draft.steps[from]!;
    update({ steps: moveStep(draft.steps, from, to) });
    setAnnouncement(`Moved ${titleOf(moved.technique)} to step ${to + 1} of ${draft.steps.length}.`);
    if (control) {
      const atEnd = (control === 'up' && to === 0) || (control === 'down' && to === draft.steps.length - 1);
      const button = atEnd ? (control === 'up' ? 'down' : 'up') : control;
      requestAnimationFrame(() => document.getElementById(`${base}-${moved.key}-${button}`)?.focus());
    }
  };

  const remove = (index: number) => {
    const removed = draft.steps[index]!;
    const steps = draft.steps.filter((_, i) => i !== index);
    update({ steps });
    setAnnouncement(`Removed ${titleOf(removed.technique)}. ${steps.length} step${steps.length === 1 ? '' : 's'} left.`);
    const neighbour = steps[Math.min(index, steps.length - 1)];
    requestAnimationFrame(() => document.getElementById(neighbour ? `${base}-${neighbour.key}-remove` : ids.technique)?.focus());
  };

  const loadStart = () => {
    const chosen = sequences.find((sequence) => sequence.id === start);
    if (!chosen) return;
    if (hasWork(draft) && !window.confirm(`Replace the sequence you are building with "${chosen.data.title}"? Your current work will be lost unless you have downloaded it.`)) return;
    setDraft(draftFromSequence(chosen.id, chosen.data, nextKey));
    setIdEdited(true);
    setProblems(null);
    setAnnouncement(`Loaded ${chosen.data.title}: ${chosen.data.steps.length} steps.`);
  };

  const download = () => {
    const found = checkDraft(draft, techniques);
    setProblems(found);
    if (found.length > 0) {
      requestAnimationFrame(() => problemBox.current?.focus());
      return;
    }
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${draft.id}.yaml`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setAnnouncement(`Downloaded ${draft.id}.yaml.`);
  };

  const onDragOver = (event: DragEvent, index: number) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropTarget !== index) setDropTarget(index);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging !== null) move(dragging, index);
    setDragging(null);
    setDropTarget(null);
  };

  const picked = byId.get(pick.technique);
  const grouped = strands
    .map((strand) => ({ strand, items: techniques.filter((technique) => technique.strand === strand.id) }))
    .filter((group) => group.items.length > 0);
  const ungrouped = techniques.filter((technique) => !strands.some((strand) => strand.id === technique.strand));

  return (
    <div className="sequence-builder">
      {sequences.length > 0 && (
        <div className="sb-start">
          <label htmlFor={ids.start}>Start from a sequence in this playbook</label>
          <div className="sb-row">
            <select id={ids.start} value={start} onChange={(event) => setStart(event.target.value)}>
              {sequences.map((sequence) => (
                <option key={sequence.id} value={sequence.id}>{sequence.data.title}</option>
              ))}
            </select>
            <button type="button" onClick={loadStart}>Load it</button>
          </div>
          <p className="sb-hint">Or start from nothing: fill in the form below.</p>
        </div>
      )}

      {restored.savedAt && hasWork(draft) && (
        <p className="sb-restored">
          Your draft from {new Date(restored.savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} is back: the builder keeps your work in this browser as you go.{' '}
          <button type="button" className="sb-link-button" onClick={clearForm}>Clear the form</button>
        </p>
      )}
      {saveNotice && (
        <p className="sb-save-notice" role="alert">
          {saveNotice}
        </p>
      )}

      {problems && problems.length > 0 && (
        <div className="sb-problems" ref={problemBox} tabIndex={-1} role="alert" aria-labelledby={ids.summaryBox}>
          <h3 id={ids.summaryBox}>The file is not ready: {problems.length} problem{problems.length === 1 ? '' : 's'} to fix</h3>
          <ul>
            {problems.map((problem, i) => {
              const target = controlFor(problem.field, draft, ids);
              return <li key={i}>{target ? <a href={`#${target}`}>{problemText(problem)}</a> : problemText(problem)}</li>;
            })}
          </ul>
        </div>
      )}

      <fieldset className="sb-about">
        <legend>About the sequence</legend>
        <p className="sb-field">
          <label htmlFor={ids.title}>Title</label>
          <input
            id={ids.title}
            type="text"
            value={draft.title}
            onChange={(event) => update({ title: event.target.value, ...(idEdited ? {} : { id: idForTitle(event.target.value) }) })}
          />
        </p>
        <p className="sb-field">
          <label htmlFor={ids.id}>File name</label>
          <span className="sb-hint" id={`${ids.id}-hint`}>Lower-case words joined by hyphens; it becomes the sequence's id and address. Made from the title until you change it.</span>
          <span className="sb-file">
            <input id={ids.id} type="text" value={draft.id} aria-describedby={`${ids.id}-hint`} spellCheck={false} onChange={(event) => { setIdEdited(true); update({ id: event.target.value }); }} />
            <span aria-hidden="true">.yaml</span>
          </span>
          {sequences.some((sequence) => sequence.id === draft.id) && (
            <span className="sb-note">A sequence with this name exists: the file will replace it.</span>
          )}
        </p>
        <p className="sb-field">
          <label htmlFor={ids.audience}>Who it is for</label>
          <input id={ids.audience} type="text" value={draft.audience} onChange={(event) => update({ audience: event.target.value })} />
        </p>
        <p className="sb-field">
          <label htmlFor={ids.summary}>Summary</label>
          <span className="sb-hint" id={`${ids.summary}-hint`}>What it builds and why, in one or two sentences.</span>
          <textarea id={ids.summary} rows={3} value={draft.summary} aria-describedby={`${ids.summary}-hint`} onChange={(event) => update({ summary: event.target.value })} />
        </p>
      </fieldset>

      <fieldset className="sb-add">
        <legend>Add a step</legend>
        <p className="sb-field">
          <label htmlFor={ids.technique}>Technique</label>
          <select id={ids.technique} value={pick.technique} onChange={(event) => setPick({ ...pick, technique: event.target.value, step: '' })}>
            {grouped.map((group) => (
              <optgroup key={group.strand.id} label={group.strand.title}>
                {group.items.map((technique) => <option key={technique.id} value={technique.id}>{technique.title}</option>)}
              </optgroup>
            ))}
            {ungrouped.map((technique) => <option key={technique.id} value={technique.id}>{technique.title}</option>)}
          </select>
        </p>
        <p className="sb-field">
          <label htmlFor={ids.focus}>Focus</label>
          <select id={ids.focus} value={pick.step} onChange={(event) => setPick({ ...pick, step: event.target.value })}>
            <option value="">The whole technique</option>
            {picked?.steps.map((step) => <option key={step.id} value={step.id}>{step.title}</option>)}
          </select>
        </p>
        <p className="sb-field sb-field--short">
          <label htmlFor={ids.weeks}>Weeks</label>
          <input id={ids.weeks} type="number" inputMode="numeric" min={1} max={52} step={1} value={pick.weeks} onChange={(event) => setPick({ ...pick, weeks: event.target.value })} />
        </p>
        <button type="button" onClick={addStep} disabled={!picked}>Add step</button>
      </fieldset>

      <h3 className="sb-steps-heading">
        Steps <span className="sb-count">({draft.steps.length} step{draft.steps.length === 1 ? '' : 's'}, {totalWeeks(draft.steps)} week{totalWeeks(draft.steps) === 1 ? '' : 's'})</span>
      </h3>
      {draft.steps.length === 0 ? (
        <p className="sb-empty">No steps yet. Add a technique above.</p>
      ) : (
        <>
          <p className="sb-hint">Reorder with the Move up and Move down buttons, or drag a step by its handle.</p>
          <ol className="sb-steps">
            {draft.steps.map((step, index) => {
              const technique = byId.get(step.technique);
              const number = index + 1;
              const name = `step ${number}, ${titleOf(step.technique)}`;
              return (
                <li
                  key={step.key}
                  className={`sb-step${dragging === index ? ' is-dragging' : ''}${dropTarget === index && dragging !== index ? ' is-drop-target' : ''}`}
                  onDragOver={(event) => onDragOver(event, index)}
                  onDrop={(event) => onDrop(event, index)}
                  data-key={step.key}
                >
                  <div className="sb-step__head">
                    <span
                      className="sb-handle"
                      draggable
                      title="Drag to move this step"
                      aria-hidden="true"
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', step.key);
                        setDragging(index);
                      }}
                      onDragEnd={() => {
                        setDragging(null);
                        setDropTarget(null);
                      }}
                    >
                      ⠿
                    </span>
                    <span className="sb-step__when">{labels[index]}</span>
                    <span className="sb-step__title">{titleOf(step.technique)}</span>
                  </div>
                  <div className="sb-step__fields">
                    <p className="sb-field">
                      <label htmlFor={`${base}-${step.key}-focus`}>Focus <span className="visually-hidden">of {name}</span></label>
                      <select id={`${base}-${step.key}-focus`} value={step.step} onChange={(event) => updateStep(step.key, { step: event.target.value })}>
                        <option value="">The whole technique</option>
                        {technique?.steps.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.title}</option>)}
                        {step.step !== '' && !technique?.steps.some((candidate) => candidate.id === step.step) && <option value={step.step}>{step.step} (not a step of this technique)</option>}
                      </select>
                    </p>
                    <p className="sb-field sb-field--short">
                      <label htmlFor={`${base}-${step.key}-weeks`}>Weeks <span className="visually-hidden">for {name}</span></label>
                      <input id={`${base}-${step.key}-weeks`} type="number" inputMode="numeric" min={1} max={52} step={1} value={step.weeks} onChange={(event) => updateStep(step.key, { weeks: event.target.value })} />
                    </p>
                    <p className="sb-field sb-field--wide">
                      <label htmlFor={`${base}-${step.key}-notes`}>Notes <span className="visually-hidden">for {name}</span></label>
                      <textarea id={`${base}-${step.key}-notes`} rows={2} value={step.notes} onChange={(event) => updateStep(step.key, { notes: event.target.value })} />
                    </p>
                  </div>
                  <div className="sb-step__actions">
                    <button type="button" id={`${base}-${step.key}-up`} className="sb-secondary" disabled={index === 0} onClick={() => move(index, index - 1, 'up')}>
                      Move up <span className="visually-hidden">{name}</span>
                    </button>
                    <button type="button" id={`${base}-${step.key}-down`} className="sb-secondary" disabled={index === draft.steps.length - 1} onClick={() => move(index, index + 1, 'down')}>
                      Move down <span className="visually-hidden">{name}</span>
                    </button>
                    <button type="button" id={`${base}-${step.key}-remove`} className="sb-secondary" onClick={() => remove(index)}>
                      Remove <span className="visually-hidden">{name}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}

      <h3>The file</h3>
      <p>
        This is <code>{sequenceFile(draft.id)}</code> as it stands. Download it, put it in the <code>content/sequences/</code> folder of your
        copy of the playbook, and run <code>npm run check</code>.
      </p>
      <pre className="sb-yaml" tabIndex={0} role="region" aria-label={`${sequenceFile(draft.id)}, the file as it stands`}>
        <code>{yaml}</code>
      </pre>
      <p>
        <button type="button" onClick={download}>Check and download {draft.id ? `${draft.id}.yaml` : 'the file'}</button>{' '}
        <button type="button" className="sb-link-button" onClick={clearForm}>Clear the form</button>
      </p>
      <p className="sb-hint">Your work is kept in this browser as you go, and never leaves it.</p>
      {problems && problems.length === 0 && <p className="sb-ok">The file passes the same checks as <code>npm run check</code>.</p>}
      <div className="visually-hidden" role="status" aria-live="polite">{announcement}</div>
    </div>
  );
}

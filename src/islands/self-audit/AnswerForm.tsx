/**
 * Answering: whose answers these are (optional), which attempt is being answered, starting a new
 * one or deleting one, the scale, progress, and each item as a radio group (fieldset and legend).
 * An audit has a note box per section; a self-review has one per criterion, and shows a note on the
 * whole review only for an attempt that has one (written when the review had a single note box).
 * Every change is handed to `actions` at once, which saves it.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import type { Attempt } from '../../lib/audit/attempts.ts';
import type { Instrument } from '../../lib/audit/instrument.ts';
import { WHOLE_REVIEW_NOTE } from '../../lib/audit/notes.ts';
import { answerOf, progress } from '../../lib/audit/scoring.ts';
import { audit, format, formatDate, formatPlural } from '../../strings/index.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { LocalNotice, type LocalMessage } from '../shared/LocalNotice.tsx';
import { ItemQuestion, NoteBox } from './Question.tsx';

export interface AnswerActions {
  answer(itemId: string, value: number | null): void;
  note(sectionId: string, text: string): void;
  rename(label: string): void;
  owner(name: string): void;
  select(attemptId: string): void;
  start(label: string): void;
  /** Deletes the attempt being answered. */
  remove(): void;
}

interface Props {
  idPrefix: string;
  instrument: Instrument;
  owner: string;
  attempts: readonly Attempt[];
  current: Attempt | undefined;
  actions: AnswerActions;
  /** The message after starting or deleting an attempt, shown here. */
  message: LocalMessage | undefined;
  onDismissMessage(): void;
}

export function AnswerForm({ idPrefix, instrument, owner, attempts, current, actions, message, onDismissMessage }: Props) {
  const [newLabel, setNewLabel] = useState('');
  const newInput = useRef<HTMLInputElement>(null);
  // Attempts seen with a note on the whole review: its box stays while that note is edited, even emptied.
  const [wholeReviewSeen, setWholeReviewSeen] = useState<ReadonlySet<string>>(() => new Set());
  const answers = current?.answers ?? {};
  const notes = current?.notes ?? {};
  if (current && instrument.notesBy === 'item' && notes[WHOLE_REVIEW_NOTE] && !wholeReviewSeen.has(current.id)) setWholeReviewSeen(new Set([...wholeReviewSeen, current.id]));
  const showWholeReview = current !== undefined && (wholeReviewSeen.has(current.id) || (instrument.notesBy === 'item' && Boolean(notes[WHOLE_REVIEW_NOTE])));
  const { answered, total } = progress(instrument, answers);
  const sharedScale = instrument.sections.some((section) => section.items.some((item) => !item.descriptors));
  let number = 0;

  function start(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    actions.start(newLabel);
    setNewLabel('');
  }

  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h3 id={idPrefix}>{audit.partAnswers}</h3>
      <p className="island-controls sa-owner">
        <label htmlFor={`${idPrefix}-owner`}>{audit.ownerLabel}</label>
        <span className="meta" id={`${idPrefix}-owner-hint`}>
          {audit.ownerHint}
        </span>
        <input id={`${idPrefix}-owner`} type="text" autoComplete="name" value={owner} maxLength={200} aria-describedby={`${idPrefix}-owner-hint`} onChange={(event) => actions.owner(event.target.value)} />
      </p>
      <div className="island-controls sa-attempt-bar">
        {attempts.length > 0 && current && (
          <>
            <p>
              <label htmlFor={`${idPrefix}-attempt`}>{audit.attemptLabel}</label>
              <select id={`${idPrefix}-attempt`} value={current.id} onChange={(event) => actions.select(event.target.value)}>
                {attempts.map((attempt) => (
                  <option key={attempt.id} value={attempt.id}>
                    {format(audit.attemptOption, { label: attempt.label || audit.unnamed, date: formatDate(attempt.createdAt) })}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor={`${idPrefix}-label`}>{audit.attemptName}</label>
              <input id={`${idPrefix}-label`} type="text" value={current.label} maxLength={200} onChange={(event) => actions.rename(event.target.value)} />
            </p>
          </>
        )}
        <form className="sa-new-attempt" onSubmit={start}>
          <label htmlFor={`${idPrefix}-new`}>{audit.newAttemptLabel}</label>
          <span className="island-inline">
            <input ref={newInput} id={`${idPrefix}-new`} type="text" value={newLabel} maxLength={200} onChange={(event) => setNewLabel(event.target.value)} />
            <button type="submit" className="island-button">{audit.startAttempt}</button>
          </span>
        </form>
        {current && (
          <ConfirmDelete
            label={audit.deleteAttempt}
            confirmLabel={audit.yesDeleteAttempt}
            question={deleteQuestion(current)}
            onConfirm={actions.remove}
          />
        )}
      </div>
      <LocalNotice
        id={`${idPrefix}-attempt-message`}
        message={message}
        onDismiss={() => {
          onDismissMessage();
          newInput.current?.focus();
        }}
      />
      {!current && <p>{audit.firstAttemptHint}</p>}
      {current && (
        <p className="sa-print-only">
          {format(owner ? audit.printAttemptOwner : audit.printAttempt, { owner, label: current.label, date: formatDate(current.createdAt) })}
        </p>
      )}

      {sharedScale && (
        <>
          <h4>{audit.scaleHeading}</h4>
          <dl className="sa-scale">
            {instrument.scale.map((point) => (
              <div key={point.value}>
                <dt>{format(audit.scalePoint, { value: point.value, label: point.label })}</dt>
                <dd id={`${idPrefix}-scale-${point.value}`}>{point.description}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <p className="sa-progress" role="status">
        {formatPlural(audit.progress, answered, { total })}
      </p>
      <progress className="sa-progress__bar" max={total} value={answered} aria-hidden="true" />

      {instrument.sections.map((section) => {
        const sectionAnswered = section.items.filter((item) => answerOf(instrument, answers, item.id) !== null).length;
        const sectionHeading = `${idPrefix}-section-${section.id}`;
        return (
          // A group, not a landmark: the paper form on the same page has regions with these names.
          <div key={section.id} className="sa-section" role="group" aria-labelledby={sectionHeading}>
            <h4 id={sectionHeading}>{instrument.kind === 'rubric' ? audit.rubricSectionHeading : section.title}</h4>
            {section.summary && <p>{section.summary}</p>}
            <p className="sa-section__count">
              {formatPlural(instrument.kind === 'rubric' ? audit.reviewProgress : audit.sectionProgress, sectionAnswered, { total: section.items.length })}
            </p>
            {section.items.map((item) => {
              number++;
              return (
                <div key={item.id} className="sa-question">
                  <ItemQuestion
                    idPrefix={idPrefix}
                    number={number}
                    instrument={instrument}
                    item={item}
                    value={answerOf(instrument, answers, item.id)}
                    onAnswer={(value) => actions.answer(item.id, value)}
                  />
                  {instrument.notesBy === 'item' && (
                    <NoteBox id={`${idPrefix}-note-${item.id}`} label={format(audit.noteOn, { title: item.text })} value={notes[item.id] ?? ''} onChange={(text) => actions.note(item.id, text)} />
                  )}
                </div>
              );
            })}
            {instrument.notesBy === 'section' && (
              <NoteBox id={`${idPrefix}-note-${section.id}`} label={format(audit.noteOn, { title: section.title })} value={notes[section.id] ?? ''} onChange={(text) => actions.note(section.id, text)} />
            )}
            {showWholeReview && (
              <NoteBox
                id={`${idPrefix}-note-${WHOLE_REVIEW_NOTE}`}
                label={audit.wholeReviewNote}
                hint={audit.wholeReviewNoteHint}
                value={notes[WHOLE_REVIEW_NOTE] ?? ''}
                onChange={(text) => actions.note(WHOLE_REVIEW_NOTE, text)}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The question before deleting an attempt: its name, when it was started, how much is answered. */
function deleteQuestion(attempt: Attempt): string {
  const values = { label: attempt.label || audit.unnamed, date: formatDate(attempt.createdAt) };
  const answered = Object.keys(attempt.answers).length;
  return answered > 0 ? formatPlural(audit.deleteAttemptQuestion, answered, values) : format(audit.deleteAttemptQuestionEmpty, values);
}

/**
 * The teacher's own page (/my-step/): the step their coach sent them, by a link (the step is in
 * the part after "#", which no browser sends to a server) or as a file, and their own record of
 * the steps they have received, kept on their device. Each step shows what it looks like done well
 * and how to rehearse it; a follow-up downloads as a calendar event. Nothing here holds a coach's
 * notes: a copy carries only the technique, the step and the dates.
 *
 * Props:
 * - base: the site's base path.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { followUpCalendar } from '../../lib/coaching/calendar.ts';
import { coachingFileName } from '../../lib/coaching/exchange.ts';
import type { TeacherDoc, TeacherStep } from '../../lib/coaching/schema.ts';
import { keepTeacherStep, readTeacherLink, removeTeacherStep, teacherCodec, teacherStorageKey } from '../../lib/coaching/teacher-copy.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format, formatPlural, shared } from '../../strings/index.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { downloadText } from '../shared/download.ts';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';
import { usePersistentDoc, type PersistentDoc } from '../shared/usePersistentDoc.ts';
import { CoachingIsland } from './CoachingIsland.tsx';
import { SaveProblem } from './SaveProblem.tsx';
import { StepCard } from './StepCard.tsx';
import { chosenFile, refused } from './chosenFile.ts';

const same = (a: TeacherStep, b: TeacherStep) => a.technique === b.technique && a.step === b.step && a.set === b.set;

export default function MySteps({ base }: { base: string }) {
  const saved = usePersistentDoc(teacherStorageKey(base), teacherCodec);
  return (
    <CoachingIsland base={base} saved={saved} className="coaching-my-steps" label={words.myStepsIsland}>
      {(catalogue) => <MyStepsView catalogue={catalogue} saved={saved} />}
    </CoachingIsland>
  );
}

/** A step as the teacher reads it: the step, its dates, what it looks like done well and the rehearsal. */
function StepDates({ step }: { step: TeacherStep }) {
  return (
    <p>
      {format(words.stepSetOn, { date: longDate(step.set) })}
      {step.secured ? <> {format(words.securedOn, { date: longDate(step.secured) })}</> : step.followUp ? <> {format(words.coachBackOn, { date: longDate(step.followUp) })}</> : null}
    </p>
  );
}

function MyStepsView({ catalogue, saved }: { catalogue: Catalogue; saved: PersistentDoc<TeacherDoc> }) {
  const { doc } = saved;
  const local = useLocalNotices<'received' | 'import' | 'calendar' | 'delete' | 'deleteAll'>();
  const [problemAt, setProblemAt] = useState<string>();
  const importInput = useRef<HTMLInputElement>(null);
  // The step the page was opened with, read once.
  const [received] = useState(() => (window.location.hash.length > 1 ? readTeacherLink(window.location.hash) : undefined));
  const kept = received?.ok ? doc.steps.find((step) => same(step, received.doc)) : undefined;
  const keptCurrent = kept && received?.ok && JSON.stringify(kept) === JSON.stringify(received.doc);

  const keep = (place: string, step: TeacherStep) => {
    const ok = saved.update((current) => keepTeacherStep(current, step));
    setProblemAt(ok ? undefined : place);
    return ok;
  };
  const problem = (place: string) => (problemAt === place ? <SaveProblem failure={saved.failure} kept={words.teacherNotSavedKept} /> : null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = await chosenFile(event, 'teacher');
    if (!chosen) return;
    const parsed = chosen.read;
    if (!parsed.ok) {
      local.show('import', refused(chosen.name, parsed));
      return;
    }
    if (keep('import', parsed.file.step)) local.show('import', { tone: 'success', content: format(words.stepKept, { step: stepName(catalogue, parsed.file.step) }) });
  }

  const calendar = (step: TeacherStep) => {
    if (!step.followUp) return;
    const now = new Date();
    const file = coachingFileName('follow-up', 'ics', now);
    const name = stepName(catalogue, step);
    downloadText(file, followUpCalendar({ uid: `${step.technique}-${step.step}-${step.set}`, day: step.followUp, summary: format(words.teacherCalendarSummary, { step: name }), description: format(words.teacherCalendarDescription, { step: name }), url: window.location.href.split('#')[0]! }, now), 'text/calendar');
    local.show('calendar', { tone: 'success', content: format(words.calendarSaved, { file, date: longDate(step.followUp) }) });
  };

  const newestFirst = [...doc.steps].reverse();
  return (
    <>
      {received && (
        <section className="island-part island-controls" aria-labelledby="ms-received">
          <h2 id="ms-received">{words.receivedHeading}</h2>
          {received.ok ? (
            <>
              {keptCurrent ? (
                // It is shown in full in the record below; just after keeping it, the message beside the button says so.
                !local.messages.received && <p>{format(words.stepKept, { step: stepName(catalogue, received.doc) })}</p>
              ) : (
                <>
                  <StepCard catalogue={catalogue} step={received.doc} level={3} />
                  <StepDates step={received.doc} />
                </>
              )}
              {!keptCurrent && (
                <div className="island-buttons">
                  <button
                    type="button"
                    id="ms-keep"
                    className="island-button"
                    onClick={() => keep('received', received.doc) && local.show('received', { tone: 'success', content: format(words.stepKept, { step: stepName(catalogue, received.doc) }) })}
                  >
                    {kept ? words.updateKept : words.keepStep}
                  </button>
                </div>
              )}
              {problem('received')}
              <LocalNotice message={local.messages.received} onDismiss={() => local.clear('received')} />
            </>
          ) : (
            <div className="island-notice island-notice--error">
              <div className="island-notice__body">
                <p>{words.linkUnreadable}</p>
                <details className="island-notice__detail">
                  <summary>{shared.technicalDetail}</summary>
                  <p>{received.reason}</p>
                </details>
              </div>
            </div>
          )}
        </section>
      )}

      <section className="island-part" aria-labelledby="ms-record">
        <h2 id="ms-record">{words.myRecordHeading}</h2>
        {newestFirst.length === 0 ? (
          <p>{words.myRecordEmpty}</p>
        ) : (
          <ol className="coaching-timeline" reversed>
            {newestFirst.map((step) => {
              const name = stepName(catalogue, step);
              return (
                <li key={`${step.technique}-${step.step}-${step.set}`}>
                  <h3>{format(words.myStepSetOn, { date: longDate(step.set) })}</h3>
                  <StepCard catalogue={catalogue} step={step} level={4} />
                  <StepDates step={step} />
                  <div className="island-buttons">
                    {step.followUp && !step.secured && (
                      <button type="button" className="island-button island-button--quiet" onClick={() => calendar(step)}>
                        {words.downloadFollowUp}
                      </button>
                    )}
                  </div>
                  <ConfirmDelete
                    label={format(words.deleteMyStep, { step: name })}
                    confirmLabel={words.yesDeleteMyStep}
                    question={format(words.deleteMyStepQuestion, { step: name })}
                    onConfirm={() => {
                      if (saved.update((current) => removeTeacherStep(current, step))) local.show('delete', { tone: 'success', content: format(words.myStepDeleted, { step: name }) });
                    }}
                  />
                </li>
              );
            })}
          </ol>
        )}
        <LocalNotice message={local.messages.calendar} onDismiss={() => local.clear('calendar')} />
        <LocalNotice message={local.messages.delete} onDismiss={() => local.clear('delete')} />
      </section>

      <section className="island-part island-controls" aria-labelledby="ms-data">
        <h2 id="ms-data">{words.myDataHeading}</h2>
        <p>
          <label htmlFor="ms-import">{words.openStepFile}</label>
          <input ref={importInput} id="ms-import" type="file" accept=".json,application/json" onChange={importFile} />
        </p>
        {problem('import')}
        <LocalNotice
          message={local.messages.import}
          onDismiss={() => {
            local.clear('import');
            importInput.current?.focus();
          }}
        />
        <ConfirmDelete
          question={formatPlural(words.deleteMyStepsQuestion, doc.steps.length)}
          onConfirm={() => {
            saved.clear();
            local.show('deleteAll', { tone: 'success', content: words.myStepsDeleted });
          }}
        />
        <LocalNotice message={local.messages.deleteAll} onDismiss={() => local.clear('deleteAll')} />
      </section>
    </>
  );
}

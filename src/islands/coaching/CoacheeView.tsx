/**
 * One coachee's record, as CoacheeRecord.tsx shows it: who, the step now, for the teacher (the
 * printed note and their copy of the step), the timeline, and deleting the coachee. A coachee who is
 * not in this device's records (deleted, or recorded on another device) gets a message that says so.
 */
import { useState } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import { coacheeRecord, deleteCoachee, saveCoachee } from '../../lib/coaching/record.ts';
import type { CoachingDoc } from '../../lib/coaching/schema.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format, formatPlural } from '../../strings/index.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { CoacheeName } from './CoacheeName.tsx';
import { coachingPages } from './pages.ts';
import { StepCard } from './StepCard.tsx';
import { ForTheTeacher } from './ForTheTeacher.tsx';
import { Timeline } from './Timeline.tsx';
import { RecordSaveProblem } from './SaveProblem.tsx';

interface Props {
  base: string;
  cycle: { shortest: number; longest: number };
  catalogue: Catalogue;
  saved: PersistentDoc<CoachingDoc>;
  id: string;
}

export function CoacheeView({ base, cycle, catalogue, saved, id }: Props) {
  const pages = coachingPages(base);
  const { doc } = saved;
  const local = useLocalNotices<'deleted'>();
  const [deleted, setDeleted] = useState<string>();
  // Where the last change that could not be saved was made, to say so there.
  const [problemAt, setProblemAt] = useState<string>();
  const attempt = (place: string, change: (doc: CoachingDoc) => CoachingDoc) => {
    const ok = saved.update(change);
    setProblemAt(ok ? undefined : place);
    return ok;
  };
  const problem = (place: string) => (problemAt === place ? <RecordSaveProblem failure={saved.failure} /> : null);
  const coachee = doc.coachees.find((item) => item.id === id);

  if (!coachee) {
    return (
      <>
        <LocalNotice message={local.messages.deleted} onDismiss={() => local.clear('deleted')} />
        {!deleted && (
          <div className="island-notice island-notice--error">
            <div className="island-notice__body">
              <p>{words.coacheeMissing}</p>
            </div>
          </div>
        )}
        <p>
          <a href={pages.home}>{words.backToRecords}</a>
        </p>
      </>
    );
  }

  const record = coacheeRecord(doc, coachee.id);
  const { open } = record;
  // The next visit: the follow-up set at the latest drop-in.
  const followUp = record.dropIns.at(-1)?.followUp ?? '';
  return (
    <>
      <CoacheeName coachee={coachee} onSave={(label, group) => attempt('name', (current) => saveCoachee(current, { id: coachee.id, label, group }, new Date().toISOString()))} problem={problem('name')} />

      <section className="island-part" aria-labelledby="cr-now">
        <h2 id="cr-now">{words.workingOnHeading}</h2>
        {open ? (
          <>
            <StepCard catalogue={catalogue} step={open.span.step} level={3} parts={['detail']} lead={<>{words.workingOn} </>} />
            <p>
              {format(words.stepSetOn, { date: longDate(open.span.setOn) })}
              {open.span.continuedBy.length > 0 && <> {formatPlural(words.stepContinuedTimes, open.span.continuedBy.length)}</>}
              {followUp && <> {format(words.nextVisitOn, { date: longDate(followUp) })}</>}
            </p>
          </>
        ) : (
          <p>{record.dropIns.length === 0 ? words.noDropInsYet : words.noOpenStep}</p>
        )}
        <p>
          <a className="island-button coaching-start" href={pages.dropIn({ coachee: coachee.id })}>
            {format(words.recordDropInFor, { coachee: coachee.label })}
          </a>
        </p>
      </section>

      <ForTheTeacher base={base} catalogue={catalogue} coachee={coachee} record={record} followUp={followUp} />
      <Timeline base={base} cycle={cycle} catalogue={catalogue} coachee={coachee} record={record} attempt={attempt} problem={problem} />

      <section className="island-part island-controls" aria-labelledby="cr-delete">
        <h2 id="cr-delete">{format(words.deleteCoacheeHeading, { coachee: coachee.label })}</h2>
        <ConfirmDelete
          label={format(words.deleteCoachee, { coachee: coachee.label })}
          confirmLabel={format(words.yesDeleteCoachee, { coachee: coachee.label })}
          question={formatPlural(words.deleteCoacheeQuestion, record.dropIns.length, { coachee: coachee.label })}
          onConfirm={() => {
            if (!attempt('delete', (current) => deleteCoachee(current, coachee.id))) return;
            setDeleted(coachee.label);
            local.show('deleted', { tone: 'success', content: format(words.coacheeDeleted, { coachee: coachee.label }) });
          }}
        />
        {problem('delete')}
      </section>
    </>
  );
}

/**
 * The drop-in form: who and when, the context (optional), how the last step went (secure,
 * continue or refine), what went well against the watched technique's look-fors, one action step
 * with its detail, model and rehearsal, and the follow-up day with its calendar file. No grades,
 * no ratings.
 *
 * Saved as it is typed: the form keeps what was typed in its own state and writes the whole
 * drop-in on each change, applied to the freshest stored record (another tab's changes are kept).
 * When a save fails (storage full), what was typed stays on screen, a message beside the control
 * says so and offers it as a file, and the next change that saves writes all of it. When another
 * tab changes this drop-in, the form shows that version.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import { localDay } from '../../lib/coaching/days.ts';
import { coacheeRecord, dropInsOf, newDropIn, saveCoachee, saveDropIn, withOutcome, type DropInFields } from '../../lib/coaching/record.ts';
import { isIsoDay, type CoachingDoc, type DropIn, type Outcome, type StepRef } from '../../lib/coaching/schema.ts';
import { openStep, stepSpans } from '../../lib/coaching/timeline.ts';
import { coaching as words, format, formatDate } from '../../strings/index.ts';
import { newId } from '../shared/download.ts';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { coachingPages, pageParam, replaceParams } from './pages.ts';
import { RecordSaveProblem } from './SaveProblem.tsx';
import { WhoAndWhen, type NewCoachee } from './WhoAndWhen.tsx';
import { DropInContext } from './DropInContext.tsx';
import { StepReview } from './StepReview.tsx';
import { NOTES, WATCHED, WentWell } from './WentWell.tsx';
import { StepChooser } from './StepChooser.tsx';
import { FollowUp } from './FollowUp.tsx';

/** Where a change was made, so a message about it is shown there. */
export type Place = 'who' | 'context' | 'review' | 'step' | 'followUp' | `went-well:${string}`;

interface Props {
  base: string;
  cycle: { shortest: number; longest: number };
  catalogue: Catalogue;
  saved: PersistentDoc<CoachingDoc>;
}

/** A drop-in's fields, without its record times. */
function fieldsOf({ createdAt: _createdAt, updatedAt: _updatedAt, ...fields }: DropIn): DropInFields {
  return fields;
}

/** The drop-in the page was opened for: one recorded (`?id=`), or a new one for a coachee or watching a technique. */
function startFrom(doc: CoachingDoc, catalogue: Catalogue): { fields: DropInFields } | { missing: string } {
  const id = pageParam('id');
  if (id) {
    const stored = doc.dropIns.find((dropIn) => dropIn.id === id);
    return stored ? { fields: fieldsOf(stored) } : { missing: id };
  }
  const coachee = pageParam('coachee');
  const known = doc.coachees.some((item) => item.id === coachee);
  const fields = newDropIn(doc, { id: newId(), coachee: known ? coachee : '' }, localDay(new Date()));
  const technique = pageParam('technique');
  return { fields: catalogue.techniques.has(technique) ? { ...fields, technique } : fields };
}

export function DropInForm(props: Props) {
  const [start] = useState(() => startFrom(props.saved.doc, props.catalogue));
  if ('missing' in start) {
    const pages = coachingPages(props.base);
    return (
      <div className="island-notice island-notice--error">
        <div className="island-notice__body">
          <p>{words.dropInMissing}</p>
          <p>
            <a href={pages.dropIn()}>{words.startDropIn}</a> · <a href={pages.home}>{words.backToRecords}</a>
          </p>
        </div>
      </div>
    );
  }
  return <Editor {...props} initial={start.fields} />;
}

function Editor({ base, cycle, catalogue, saved, initial }: Props & { initial: DropInFields }) {
  const pages = coachingPages(base);
  const { doc } = saved;
  const [fields, setFields] = useState(initial);
  // A coachee added here, until the record holds them (a save can fail).
  const [added, setAdded] = useState<NewCoachee>();
  const [problemAt, setProblemAt] = useState<Place>();
  const [savedAt, setSavedAt] = useState<Date>();
  const stored = doc.dropIns.find((dropIn) => dropIn.id === fields.id);

  // Another tab changed this drop-in after this form last wrote it: show that version.
  const written = useRef(stored?.updatedAt ?? '');
  useEffect(() => {
    if (stored && stored.updatedAt > written.current) {
      written.current = stored.updatedAt;
      setFields(fieldsOf(stored));
    }
  }, [stored]);

  const coachee = doc.coachees.find((item) => item.id === fields.coachee) ?? (added?.id === fields.coachee ? added : undefined);
  const coacheeGone = fields.coachee !== '' && !coachee;

  // The step open before this drop-in: the one its review is about.
  const open = useMemo(() => {
    if (!fields.coachee) return undefined;
    const earlier = dropInsOf(doc, fields.coachee).filter((dropIn) => dropIn.id !== fields.id && (dropIn.date < fields.date || (dropIn.date === fields.date && (!stored || dropIn.createdAt < stored.createdAt))));
    return openStep(stepSpans(earlier));
  }, [doc, fields.coachee, fields.id, fields.date, stored]);

  /** Shows the change and saves the whole drop-in; a failure is said at `place`. */
  function commit(next: DropInFields, place: Place, newCoachee: NewCoachee | undefined = added) {
    setFields(next);
    if (!next.coachee || !isIsoDay(next.date)) return;
    const now = new Date().toISOString();
    const ok = saved.update((current) => {
      let record = current;
      if (newCoachee?.id === next.coachee && !record.coachees.some((item) => item.id === newCoachee.id)) record = saveCoachee(record, newCoachee, now);
      // A coachee deleted in another tab is not brought back by a drop-in about them.
      return record.coachees.some((item) => item.id === next.coachee) ? saveDropIn(record, next, now) : record;
    });
    // Written here even when the save failed: the page's copy holds it, so it is not another tab's.
    written.current = now;
    setProblemAt(ok ? undefined : place);
    if (!ok) return;
    setSavedAt(new Date());
    if (pageParam('id') !== next.id) replaceParams({ id: next.id });
  }

  const problem = (place: Place) => (problemAt === place ? <RecordSaveProblem failure={saved.failure} /> : null);

  const chooseCoachee = (id: string) => {
    const watched = fields.technique || (coacheeRecord(doc, id).open?.span.step.technique ?? '');
    commit({ ...withOutcome(fields, undefined, undefined), coachee: id, technique: watched }, 'who');
  };
  const addCoachee = (person: Omit<NewCoachee, 'id'>) => {
    const made = { ...person, id: newId() };
    setAdded(made);
    commit({ ...withOutcome(fields, undefined, undefined), coachee: made.id }, 'who', made);
  };

  const outcome = fields.review?.outcome;
  const setStep = (step: StepRef | undefined) => {
    const { step: _old, ...rest } = fields;
    commit(step ? { ...rest, step } : rest, 'step');
  };

  return (
    <div className="coaching-form">
      <WhoAndWhen
        coachees={doc.coachees}
        added={added && !doc.coachees.some((item) => item.id === added.id) ? added : undefined}
        fields={fields}
        coacheeGone={coacheeGone}
        onCoachee={chooseCoachee}
        onAdd={addCoachee}
        onDate={(date) => commit({ ...fields, date }, 'who')}
        problem={problem('who')}
      />
      {coachee && (
        <>
          <DropInContext catalogue={catalogue} fields={fields} onChange={(change) => commit({ ...fields, ...change }, 'context')} problem={problem('context')} />
          {open && (
            <StepReview
              catalogue={catalogue}
              open={open}
              coachee={coachee.label}
              outcome={outcome}
              onOutcome={(chosen: Outcome | undefined) => commit(withOutcome(fields, open, chosen), 'review')}
              problem={problem('review')}
            />
          )}
          <WentWell
            catalogue={catalogue}
            fields={fields}
            onTechnique={(technique) => commit({ ...fields, technique }, `went-well:${WATCHED}`)}
            onWentWell={(wentWell, lookFor) => commit({ ...fields, wentWell }, `went-well:${lookFor}`)}
            onNotes={(notes) => commit({ ...fields, notes }, `went-well:${NOTES}`)}
            problem={(part) => problem(`went-well:${part}`)}
          />
          <StepChooser catalogue={catalogue} fields={fields} open={open} outcome={outcome} onStep={setStep} problem={problem('step')} />
          <FollowUp
            catalogue={catalogue}
            cycle={cycle}
            fields={fields}
            coachee={coachee.label}
            coacheePage={pages.coachee(coachee.id)}
            onFollowUp={(followUp) => commit({ ...fields, followUp }, 'followUp')}
            problem={problem('followUp')}
          />
          <p className="meta coaching-saved">{savedAt ? format(words.savedAt, { time: formatDate(savedAt, { hour: '2-digit', minute: '2-digit' }) }) : stored ? words.savedAsYouType : words.notSavedYet}</p>
          <p className="coaching-next">
            <a href={pages.coachee(coachee.id)}>{format(words.seeRecordOf, { coachee: coachee.label })}</a> · <a href={pages.dropIn()}>{words.anotherDropIn}</a> · <a href={pages.home}>{words.backToRecords}</a>
          </p>
        </>
      )}
    </div>
  );
}

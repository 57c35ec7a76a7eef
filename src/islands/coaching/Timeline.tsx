/**
 * A coachee's timeline: the steps they have worked on (when each was set, how it ended and how
 * many days it took to become secure), the days between visits against the playbook's target,
 * and every drop-in, oldest first, with what was seen, the last step's outcome, the step set and
 * the follow-up. Each drop-in can be opened to change it, or deleted after a confirmation.
 */
import type { ReactNode } from 'react';
import { stepName, techniqueTitle, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { deleteDropIn, type CoacheeRecord } from '../../lib/coaching/record.ts';
import type { Coachee, CoachingDoc, Outcome } from '../../lib/coaching/schema.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format, formatPlural, shared } from '../../strings/index.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';
import { TableWrap } from '../shared/TableWrap.tsx';
import { coachingPages } from './pages.ts';

interface Props {
  base: string;
  cycle: { shortest: number; longest: number };
  catalogue: Catalogue;
  coachee: Coachee;
  record: CoacheeRecord;
  /** Applies a change, saying at `place` if it could not be saved. */
  attempt: (place: string, change: (doc: CoachingDoc) => CoachingDoc) => boolean;
  problem: (place: string) => ReactNode;
}

export const OUTCOME_WORDS: Record<Outcome, string> = { secured: words.outcomeSecure, continued: words.outcomeContinue, refined: words.outcomeRefine };

export function Timeline({ base, cycle, catalogue, coachee, record, attempt, problem }: Props) {
  const pages = coachingPages(base);
  const local = useLocalNotices<'deleted'>();
  if (record.dropIns.length === 0) return null;
  const intervals = record.intervals.map((interval) => interval.days);
  const within = intervals.filter((days) => days >= cycle.shortest && days <= cycle.longest).length;
  return (
    <section className="island-part" aria-labelledby="cr-timeline">
      <h2 id="cr-timeline">{words.timelineHeading}</h2>
      <LocalNotice message={local.messages.deleted} onDismiss={() => local.clear('deleted')} />
      {record.spans.length > 0 && (
        <TableWrap label={format(words.stepsTableCaption, { coachee: coachee.label })}>
          <table className="island-table">
            <caption>{format(words.stepsTableCaption, { coachee: coachee.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{words.columnStep}</th>
                <th scope="col">{words.columnSet}</th>
                <th scope="col">{words.columnEnded}</th>
                <th scope="col">{words.columnDaysToSecure}</th>
              </tr>
            </thead>
            <tbody>
              {record.spans.map((span) => (
                <tr key={span.setBy.id}>
                  <th scope="row">{stepName(catalogue, span.step)}</th>
                  <td>{longDate(span.setOn)}</td>
                  <td>{span.end ? format(span.end.outcome === 'secured' ? words.endedSecure : words.endedRefined, { date: longDate(span.end.on) }) : words.stillOpen}</td>
                  <td>{span.daysToSecure !== undefined ? formatPlural(words.days, span.daysToSecure) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {intervals.length > 0 && (
        <p>
          {format(words.intervals, { days: intervals.map((days) => formatPlural(words.days, days)).join(shared.linkSeparator), within: formatPlural(words.withinTarget, within, { total: intervals.length }) })}{' '}
          <span className="meta">{format(words.targetDays, { shortest: cycle.shortest, longest: cycle.longest })}</span>
        </p>
      )}
      <ol className="coaching-timeline">
        {record.dropIns.map((dropIn) => {
          const date = longDate(dropIn.date);
          return (
            <li key={dropIn.id}>
              <h3>{format(words.dropInOn, { date })}</h3>
              <dl>
                {dropIn.technique && (
                  <>
                    <dt>{words.watchedLabel}</dt>
                    <dd>{techniqueTitle(catalogue, dropIn.technique)}</dd>
                  </>
                )}
                {dropIn.wentWell.length > 0 && (
                  <>
                    <dt>{words.lookForsSeen}</dt>
                    <dd>
                      <ul>
                        {dropIn.wentWell.map((item) => (
                          <li key={item.lookFor}>{item.note ? format(words.lookForWithNote, { lookFor: item.lookFor, note: item.note }) : item.lookFor}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
                {dropIn.notes && (
                  <>
                    <dt>{words.notesShort}</dt>
                    <dd className="coaching-notes-text">{dropIn.notes}</dd>
                  </>
                )}
                {dropIn.review && (
                  <>
                    <dt>{words.lastStepShort}</dt>
                    <dd>{OUTCOME_WORDS[dropIn.review.outcome]}</dd>
                  </>
                )}
                <dt>{words.stepShort}</dt>
                <dd>{dropIn.step ? stepName(catalogue, dropIn.step) : words.noStepSet}</dd>
                {dropIn.followUp && (
                  <>
                    <dt>{words.followUpShort}</dt>
                    <dd>{longDate(dropIn.followUp)}</dd>
                  </>
                )}
              </dl>
              <p className="coaching-open">
                <a href={pages.dropIn({ id: dropIn.id })}>
                  {words.openDropIn}
                  <span className="visually-hidden"> {format(words.dropInOn, { date })}</span>
                </a>
              </p>
              <ConfirmDelete
                label={format(words.deleteDropIn, { date })}
                confirmLabel={words.yesDeleteDropIn}
                question={format(words.deleteDropInQuestion, { date, coachee: coachee.label })}
                onConfirm={() => {
                  if (attempt(`drop-in:${dropIn.id}`, (current) => deleteDropIn(current, dropIn.id))) local.show('deleted', { tone: 'success', content: format(words.dropInDeleted, { date }) });
                }}
              />
              {problem(`drop-in:${dropIn.id}`)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

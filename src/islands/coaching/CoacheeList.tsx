/**
 * Every coachee in the record, as a card: their name (a link to their record), school or group,
 * the step they are working on, the next visit (marked when it is today or past) and their last
 * drop-in. Soonest next visit first; coachees with no visit set after them, by name.
 */
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { localDay } from '../../lib/coaching/days.ts';
import { coacheeRecord } from '../../lib/coaching/record.ts';
import type { CoachingDoc } from '../../lib/coaching/schema.ts';
import { longDate } from '../../lib/dates.ts';
import { coaching as words, format, formatPlural } from '../../strings/index.ts';
import { coachingPages } from './pages.ts';

export function CoacheeList({ base, catalogue, doc }: { base: string; catalogue: Catalogue; doc: CoachingDoc }) {
  const pages = coachingPages(base);
  const today = localDay(new Date());
  const rows = doc.coachees.map((coachee) => {
    const record = coacheeRecord(doc, coachee.id);
    const last = record.dropIns.at(-1);
    return { coachee, record, last, next: last?.followUp ?? '' };
  });
  rows.sort((a, b) => (a.next && b.next ? a.next.localeCompare(b.next) : a.next ? -1 : b.next ? 1 : 0) || a.coachee.label.localeCompare(b.coachee.label));
  return (
    <section className="island-part" aria-labelledby="cr-coachees">
      <h2 id="cr-coachees">{words.coacheesHeading}</h2>
      {rows.length === 0 ? (
        <p>{words.noCoachees}</p>
      ) : (
        <ul className="coaching-coachees">
          {rows.map(({ coachee, record, last, next }) => (
            <li key={coachee.id} className="coaching-coachee">
              <h3>
                <a href={pages.coachee(coachee.id)}>{coachee.label}</a>
              </h3>
              {coachee.group && <p className="meta">{coachee.group}</p>}
              <p>{record.open ? format(words.workingOnStep, { step: stepName(catalogue, record.open.span.step) }) : words.noOpenStep}</p>
              {next && <p className={next <= today ? 'coaching-due' : undefined}>{format(next < today ? words.nextVisitPast : next === today ? words.nextVisitToday : words.nextVisit, { date: longDate(next) })}</p>}
              {last && <p className="meta">{format(words.lastDropIn, { date: longDate(last.date), count: formatPlural(words.dropInCount, record.dropIns.length) })}</p>}
              <p>
                <a href={pages.dropIn({ coachee: coachee.id })}>{format(words.recordDropInFor, { coachee: coachee.label })}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

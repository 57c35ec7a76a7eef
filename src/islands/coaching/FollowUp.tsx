/**
 * When the coach will come back: a day, with the playbook's target time between visits as a hint,
 * and the visit as a calendar file (.ics) for the coach's calendar. The message after the download
 * is shown beside the button and takes focus.
 */
import type { ReactNode } from 'react';
import { stepName, type Catalogue } from '../../lib/coaching/catalogue.ts';
import { followUpCalendar } from '../../lib/coaching/calendar.ts';
import { coachingFileName } from '../../lib/coaching/exchange.ts';
import type { DropInFields } from '../../lib/coaching/record.ts';
import { isIsoDay } from '../../lib/coaching/schema.ts';
import { addDays, longDate } from '../../lib/dates.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { downloadText } from '../shared/download.ts';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';

interface Props {
  catalogue: Catalogue;
  cycle: { shortest: number; longest: number };
  fields: DropInFields;
  coachee: string;
  coacheePage: string;
  onFollowUp: (day: string) => void;
  problem: ReactNode;
}

export function FollowUp({ catalogue, cycle, fields, coachee, coacheePage, onFollowUp, problem }: Props) {
  const local = useLocalNotices<'calendar'>();
  const hasDate = isIsoDay(fields.date);
  const download = () => {
    const now = new Date();
    const file = coachingFileName('follow-up', 'ics', now);
    const text = followUpCalendar(
      {
        uid: fields.id,
        day: fields.followUp,
        summary: format(words.calendarSummary, { coachee }),
        description: fields.step ? format(words.calendarDescription, { coachee, step: stepName(catalogue, fields.step) }) : format(words.calendarNoStep, { coachee }),
        url: new URL(coacheePage, window.location.href).href,
      },
      now,
    );
    downloadText(file, text, 'text/calendar');
    local.show('calendar', { tone: 'success', content: format(words.calendarSaved, { file, date: longDate(fields.followUp) }) });
  };
  return (
    <section className="island-part island-controls coaching-follow-up" aria-labelledby="di-follow-up-heading">
      <h2 id="di-follow-up-heading">{words.followUpHeading}</h2>
      <p>
        <label htmlFor="di-follow-up">{words.followUpLabel}</label>
        <span className="meta" id="di-follow-up-hint">
          {hasDate
            ? format(words.followUpTarget, { from: longDate(addDays(fields.date, cycle.shortest)), to: longDate(addDays(fields.date, cycle.longest)) })
            : words.followUpHint}
        </span>
        <input id="di-follow-up" type="date" value={fields.followUp} min={hasDate ? fields.date : undefined} aria-describedby="di-follow-up-hint" onChange={(event) => onFollowUp(event.target.value)} />
      </p>
      {problem}
      <div className="island-buttons">
        <button type="button" id="di-follow-up-download" className="island-button" disabled={!fields.followUp} onClick={download}>
          {words.downloadFollowUp}
        </button>
      </div>
      {!fields.followUp && <p className="meta">{words.followUpFirst}</p>}
      <LocalNotice
        message={local.messages.calendar}
        onDismiss={() => {
          local.clear('calendar');
          document.getElementById('di-follow-up-download')?.focus();
        }}
      />
    </section>
  );
}

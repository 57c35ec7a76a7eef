/**
 * A follow-up visit as a calendar event (iCalendar, RFC 5545), for the coach's calendar or the
 * teacher's: one all-day event on the follow-up day. Written by ical-generator, a small,
 * dependency-free and well-kept library, so folding, escaping and line ends follow the standard.
 *
 * The event's UID is fixed by the drop-in (or the teacher's step), so saving it again after the
 * date changes updates the same event in a calendar instead of adding a second one.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays } from '../dates.ts';

export interface FollowUpEvent {
  /** Stable for one follow-up, like the drop-in's id. */
  uid: string;
  /** The follow-up day, YYYY-MM-DD. */
  day: string;
  summary: string;
  description: string;
  /** A page to open from the event, if any. */
  url?: string;
}

/** Midnight UTC of an ISO day: the library writes all-day dates from UTC fields, so the day is the same in every time zone. */
function utcMidnight(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The calendar file's text, with one all-day event. `now` is the time it was made (DTSTAMP). */
export function followUpCalendar(event: FollowUpEvent, now: Date): string {
  const calendar = ical({ prodId: { company: 'Playbook', product: 'Coaching', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${event.uid}@playbook`,
    start: utcMidnight(event.day),
    end: utcMidnight(addDays(event.day, 1)),
    allDay: true,
    stamp: now,
    summary: event.summary,
    description: event.description,
    ...(event.url ? { url: event.url } : {}),
  });
  return calendar.toString();
}

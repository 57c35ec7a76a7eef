/** The follow-up as a calendar file, read back by another library (ical.js, Mozilla's parser) as a calendar would read it. */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { followUpCalendar } from '../../src/lib/coaching/calendar.ts';

const now = new Date('2026-10-05T15:42:00.000Z');
const event = { uid: 'drop01', day: '2026-10-19', summary: 'Follow-up drop-in: Sam', description: 'Step: Cold call: Pause; a comma, a semicolon; and "quotes"', url: 'https://playbook.example/coaching/' };

function readEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no event');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('the follow-up calendar file', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is an all-day event on the follow-up day, with its summary, description and link', () => {
    const text = followUpCalendar(event, now);
    const { calendar, vevent, event: read } = readEvent(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(read.startDate.isDate).toBe(true);
    expect(read.startDate.toString()).toBe('2026-10-19');
    expect(read.endDate.toString()).toBe('2026-10-20');
    expect(read.summary).toBe(event.summary);
    expect(read.description).toBe(event.description);
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(read.uid).toBe('drop01@playbook');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-10-05T15:42:00Z');
  });

  it('follows RFC 5545\'s lines: CRLF line ends and no line longer than 75 octets', () => {
    const text = followUpCalendar({ ...event, description: 'é'.repeat(200) }, now);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readEvent(text).event.description).toBe('é'.repeat(200));
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London'])('gives the same day when made on a device in %s', (timeZone) => {
    process.env.TZ = timeZone;
    expect(readEvent(followUpCalendar(event, now)).event.startDate.toString()).toBe('2026-10-19');
  });

  it('keeps one UID for one follow-up, so saving it again updates the event instead of adding one', () => {
    const first = readEvent(followUpCalendar(event, now)).event.uid;
    expect(readEvent(followUpCalendar({ ...event, day: '2026-10-26' }, new Date())).event.uid).toBe(first);
  });
});

/** src/lib/dates.ts: ISO days written for readers, and day arithmetic. */
import { describe, expect, it } from 'vitest';
import { addDays, DATE_LOCALE, longDate, today } from '../../src/lib/dates.ts';

describe('longDate', () => {
  it('writes an ISO day in the playbook\'s language, British English by default', () => {
    expect(DATE_LOCALE).toBe('en-GB');
    expect(longDate('2027-09-01')).toBe('1 September 2027');
    expect(longDate('2024-02-29')).toBe('29 February 2024');
  });

  it('writes the day given, whatever the time zone (UTC throughout)', () => {
    expect(longDate('2026-01-01')).toBe('1 January 2026');
    expect(longDate('2026-12-31')).toBe('31 December 2026');
  });

  it('takes another language', () => {
    expect(longDate('2027-09-01', 'fr-FR')).toBe('1 septembre 2027');
  });

  it('gives back text that is not an ISO day unchanged', () => {
    expect(longDate('next year')).toBe('next year');
  });
});

describe('addDays and today', () => {
  it('counts days across months, leap days and years', () => {
    expect(addDays('2026-11-26', 60)).toBe('2027-01-25');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('1/2/2026', 1)).toThrow(/YYYY-MM-DD/);
  });

  it("is the build's day in UTC", () => {
    expect(today(new Date('2026-11-26T23:59:00Z'))).toBe('2026-11-26');
  });
});

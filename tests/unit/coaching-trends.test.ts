/** Trends across coaches' files: pooled by id, counted as the coach's record reads, and every figure through the privacy floor. */
import { describe, expect, it } from 'vitest';
import { jsonText, toExportFile } from '../../src/lib/coaching/exchange.ts';
import { saveCoachee } from '../../src/lib/coaching/record.ts';
import { toTrendsFile, WITHOUT_NOTES_OR_LABELS } from '../../src/lib/coaching/trend-export.ts';
import { addTrendFiles, emptyPool, trendReport, type TrendSettings } from '../../src/lib/coaching/trends.ts';
import type { CoachingDoc, StepRef } from '../../src/lib/coaching/schema.ts';
import { ASK, at, catalogue, cycle, DRILL, PAUSE, record } from './coaching-fixtures.ts';

const settings: TrendSettings = { floor: 5, cycle: { shortest: 14, longest: 28 }, strandOf: (technique) => catalogue.techniques.get(technique)?.strand };
const now = new Date('2026-12-01T12:00:00.000Z');

/** One coach's record: coachee i (from `first`) had `step` set on 7 September and secured `days[i]` days later. */
function coach(name: string, count: number, step: StepRef, days: (index: number) => number, first = 0, group = ''): CoachingDoc {
  const coachees: Record<string, string> = {};
  const dropIns = [];
  for (let index = first; index < first + count; index++) {
    const id = `teacher-${index}`;
    coachees[id] = `Teacher ${index}`;
    const secured = new Date(Date.UTC(2026, 8, 7 + days(index))).toISOString().slice(0, 10);
    dropIns.push(...cycle(`${name}-${index}`, id, step, ['2026-09-07', secured]));
  }
  let doc = record(coachees, dropIns, `coach-${name}`);
  for (const coachee of doc.coachees) doc = saveCoachee(doc, { id: coachee.id, label: coachee.label, group }, at('2026-09-01'));
  return doc;
}

const file = (doc: CoachingDoc, name = 'file.json') => ({ name, text: jsonText(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, now)) });

function report(...docs: CoachingDoc[]) {
  const pool = emptyPool();
  const failures = addTrendFiles(pool, docs.map((doc, index) => file(doc, `coach-${index}.json`)));
  expect(failures).toEqual([]);
  return trendReport(pool, settings);
}

describe('the privacy floor on trends', () => {
  it('gives no figure at all for 4 coachees', () => {
    const shown = report(coach('a', 4, PAUSE, () => 14));
    expect(shown.enough).toBe(false);
    expect(shown.overall).toBeUndefined();
    expect(shown.techniques).toBeUndefined();
  });

  it('gives figures for 5 coachees', () => {
    const shown = report(coach('a', 5, PAUSE, (index) => 14 + index * 7));
    expect(shown.enough).toBe(true);
    expect(shown.overall?.coachees).toBe(5);
    expect(shown.overall?.value).toMatchObject({ dropIns: 10, set: 5, secured: 5, daysToSecure: { shown: true, value: { median: 28, steps: 5 }, coachees: 5 } });
  });

  it('withholds the median days to secure when fewer than 5 coachees have secured a step, while showing the rest', () => {
    const doc = coach('a', 5, PAUSE, () => 14);
    // Only three of the five secured: the other two are still on their step.
    const unsecured = { ...doc, dropIns: doc.dropIns.filter((item) => !(item.review && ['teacher-3', 'teacher-4'].includes(item.coachee))) };
    const shown = report(unsecured);
    expect(shown.overall?.value).toMatchObject({ set: 5, secured: 3, daysToSecure: { shown: false } });
  });

  it('counts the same coachee once across two files (two exports by one coach)', () => {
    const september = coach('a', 3, PAUSE, () => 14);
    // Later, the same coach has two more coachees; the new export holds all five.
    const december = coach('a', 5, PAUSE, () => 14);
    const shown = report(september, december);
    expect(shown.files).toBe(2);
    expect(shown.coaches).toBe(1);
    expect(shown.overall?.coachees).toBe(5);
    expect(shown.overall?.value.set).toBe(5);
    expect(shown.overall?.value.dropIns).toBe(10);
  });

  it('does not pass the floor with one coachee counted twice', () => {
    const shown = report(coach('a', 4, PAUSE, () => 14), coach('a', 1, PAUSE, () => 14, 3));
    expect(shown.enough).toBe(false);
  });

  it('pools techniques set for fewer than 5 coachees, and pulls a shown one in when the pool is still too small', () => {
    const shown = report(coach('a', 6, PAUSE, () => 14), coach('b', 5, DRILL, () => 21, 10), coach('c', 2, ASK, () => 7, 20));
    // Cold call: 6 + 2 = 8 coachees (pause and ask-first); Fluency drill: 5. All shown.
    expect(shown.techniques?.rows.map((item) => [item.of, item.coachees])).toEqual([
      ['cold-call', 8],
      ['fluency-drill', 5],
    ]);
    // Steps: pause 6, drill 5, ask-first 2. The pool of 2 is too small, so the smallest shown row (drill, 5) joins it.
    expect(shown.steps?.rows.map((item) => item.of)).toEqual([PAUSE]);
    expect(shown.steps?.others).toMatchObject({ rows: 2, coachees: 7, value: { set: 7, secured: 7 } });
  });

  it('compares schools, pooling a school of fewer than 5 coachees with others', () => {
    const shown = report(coach('a', 6, PAUSE, () => 14, 0, 'North'), coach('b', 5, PAUSE, () => 28, 10, 'South'), coach('c', 3, PAUSE, () => 7, 20, 'East'));
    expect(shown.groups?.rows.map((item) => [item.of, item.coachees])).toEqual([['North', 6]]);
    expect(shown.groups?.others).toMatchObject({ rows: 2, coachees: 8 });
  });

  it('refuses a coach\'s full record, with notes and names, and still counts the other files', () => {
    const pool = emptyPool();
    const failures = addTrendFiles(pool, [{ name: 'full.json', text: jsonText(toExportFile(coach('a', 5, PAUSE, () => 14), now)) }, file(coach('b', 5, PAUSE, () => 14))]);
    expect(failures).toMatchObject([{ name: 'full.json', summary: expect.stringMatching(/full record, with their notes/) }]);
    expect(trendReport(pool, settings).overall?.coachees).toBe(5);
  });
});

describe('trend figures', () => {
  it('counts cycles against the target: within two to four weeks, shorter, longer', () => {
    // Intervals of 7, 14, 21, 28 and 35 days, one coachee each.
    const shown = report(coach('a', 5, PAUSE, (index) => 7 * (index + 1)));
    expect(shown.overall?.value.cycles).toEqual({ shown: true, coachees: 5, value: { count: 5, median: 21, within: 3, shorter: 1, longer: 1 } });
  });

  it('compares terms: a step counts in the term it was set, a cycle in the term of its later visit', () => {
    const shown = report(coach('a', 5, PAUSE, () => 120));
    // Set on 7 September 2026 (autumn); secured on 5 January 2027 (spring).
    expect(shown.terms?.rows.map((item) => [item.of.season, item.of.year, item.value.set, item.value.cycles.shown])).toEqual([
      ['autumn', 2026, 5, false],
      ['spring', 2027, 0, true],
    ]);
  });

  it('lists strands, techniques and steps by how often they are set', () => {
    const shown = report(coach('a', 5, PAUSE, () => 14), coach('b', 7, DRILL, () => 14, 10));
    expect(shown.strands?.rows.map((item) => [item.of, item.value.set])).toEqual([
      ['practice', 7],
      ['questioning', 5],
    ]);
  });
});

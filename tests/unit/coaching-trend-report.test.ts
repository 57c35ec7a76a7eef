/** The trends report in words and as a spreadsheet: row names from the playbook, and a CSV that holds only what the page shows. */
import { describe, expect, it } from 'vitest';
import { techniquesByStrand } from '../../src/lib/coaching/catalogue.ts';
import { localDay, termOf } from '../../src/lib/coaching/days.ts';
import { jsonText } from '../../src/lib/coaching/exchange.ts';
import { saveCoachee } from '../../src/lib/coaching/record.ts';
import { groupName, rowNamers, termName, trendReportCsv } from '../../src/lib/coaching/trend-report.ts';
import { toTrendsFile, WITHOUT_NOTES_OR_LABELS } from '../../src/lib/coaching/trend-export.ts';
import { addTrendFiles, emptyPool, trendReport } from '../../src/lib/coaching/trends.ts';
import type { CoachingDoc, StepRef } from '../../src/lib/coaching/schema.ts';
import { at, catalogue, cycle, DRILL, PAUSE, record } from './coaching-fixtures.ts';

/** `count` coachees of one coach, in `group`, each securing `step` `days` after 7 September; notes and labels marked to look for. */
function coach(name: string, count: number, step: StepRef, group: string, days = 14): CoachingDoc {
  const coachees: Record<string, string> = {};
  const dropIns = [];
  for (let index = 0; index < count; index++) {
    coachees[`${name}-teacher-${index}`] = `Label ${name} ${index}`;
    const secured = new Date(Date.UTC(2026, 8, 7 + days)).toISOString().slice(0, 10);
    dropIns.push(...cycle(`${name}-${index}`, `${name}-teacher-${index}`, step, ['2026-09-07', secured]).map((item) => ({ ...item, notes: 'A private note' })));
  }
  let doc = record(coachees, dropIns, `coach-${name}`);
  for (const coachee of doc.coachees) doc = saveCoachee(doc, { ...coachee, group }, at('2026-09-01'));
  return doc;
}

function report(...docs: CoachingDoc[]) {
  const pool = emptyPool();
  addTrendFiles(pool, docs.map((doc, index) => ({ name: `${index}.json`, text: jsonText(toTrendsFile(doc, WITHOUT_NOTES_OR_LABELS, new Date('2026-12-01T12:00:00Z'))) })));
  return trendReport(pool, { floor: 5, cycle: { shortest: 14, longest: 28 }, strandOf: (technique) => catalogue.techniques.get(technique)?.strand });
}

describe('the trends report', () => {
  it('names rows from the playbook: strands, techniques, steps, groups and terms', () => {
    const names = rowNamers(catalogue);
    expect(names.strands('questioning')).toBe('Questioning');
    expect(names.strands('gone')).toBe('gone');
    expect(names.techniques('cold-call')).toBe('Cold call');
    expect(names.steps(PAUSE)).toBe('Cold call: Pause');
    expect(groupName('')).toBe('No school or group given');
    expect(termName(termOf('2026-10-05'))).toBe('Autumn 2026');
    expect(termName(termOf('2027-02-01'))).toBe('Spring 2027');
  });

  it('writes a CSV with only the figures shown: a row under the floor is pooled, a figure under it is written as withheld, and no label or note is in it', () => {
    // Cold call: 6 coachees in Oak; fluency drill: 3 coachees in Ash, who secured nothing.
    const drill = coach('b', 3, DRILL, 'Ash');
    const unsecured = { ...drill, dropIns: drill.dropIns.filter((item) => !item.review) };
    const shown = report(coach('a', 6, PAUSE, 'Oak'), unsecured);
    const csv = trendReportCsv(shown, catalogue);
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('Part,Name,Teachers,Drop-ins,Steps set,Secure,Refined,Median days to secure,Median days between visits,Visits within the target');
    expect(rows).toContain('Overall,,9,15,9,6,0,14,14,6/6');
    // Fluency drill covers 3 coachees: pooled, and since a pool of 3 is itself under the floor, cold
    // call joins it, so neither can be worked out from the total.
    expect(rows).toContain('By technique,Others (2 rows),9,,9,6,0,14,,');
    expect(rows.some((row) => /Cold call|Fluency drill/.test(row))).toBe(false);
    // Likewise Ash's 3 coachees are never shown on their own.
    expect(rows.some((row) => row.includes('Ash'))).toBe(false);
    expect(rows).toContain('By school or group,Others (2 rows),9,15,9,6,0,14,14,6/6');
    expect(csv).not.toMatch(/Label|private note/);
    expect(rows.at(-1)).toBe('No figure about fewer than 5 teachers is shown. Target between visits: 14 to 28 days.');
  });

  it('writes a figure withheld as "withheld", never as its value', () => {
    // Five coachees set a step; only three made it secure (and had a second visit): the medians are withheld.
    const doc = coach('a', 5, PAUSE, 'Oak');
    const three = { ...doc, dropIns: doc.dropIns.filter((item) => !(item.review && ['a-teacher-3', 'a-teacher-4'].includes(item.coachee))) };
    const rows = trendReportCsv(report(three), catalogue).trim().split('\r\n');
    expect(rows).toContain('Overall,,5,8,5,3,0,withheld,withheld,withheld');
    expect(rows).toContain('By technique,Cold call,5,,5,3,0,withheld,,');
  });

  it('says every breakdown is withheld when all of it is about fewer coachees than the floor', () => {
    expect(trendReportCsv(report(coach('a', 4, PAUSE, 'Oak')), catalogue).trim().split('\r\n').slice(1, -2)).toEqual([]);
  });

  it('lists schools or groups by name, with numbers in number order', () => {
    const shown = report(coach('a', 5, PAUSE, 'School 10'), coach('b', 5, PAUSE, 'School 2'));
    expect(shown.groups?.rows.map((row) => row.of)).toEqual(['School 2', 'School 10']);
  });
});

describe('helpers of the coaching pages', () => {
  it('takes the coach\'s own day from their device\'s clock, not UTC', () => {
    const lateEvening = new Date(2026, 9, 5, 23, 30);
    expect(localDay(lateEvening)).toBe('2026-10-05');
    expect(localDay(new Date(2026, 0, 1, 0, 15))).toBe('2026-01-01');
  });

  it('groups techniques under their strands, in the catalogue\'s order', () => {
    expect(techniquesByStrand(catalogue).map((group) => [group.title, group.techniques.map((technique) => technique.id)])).toEqual([
      ['Questioning', ['cold-call']],
      ['Practice', ['fluency-drill']],
    ]);
  });
});

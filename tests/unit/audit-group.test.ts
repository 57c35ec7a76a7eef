/** Group results: pooling exported files, spread, lowest items, comparing two groups, failures. */
import { describe, expect, it } from 'vitest';
import { compareGroups, detectInstrument, loadGroupFiles, summariseGroup } from '../../src/lib/audit/group.ts';
import { attempt, exportText, instrument } from './audit-fixtures.ts';
import { formatChange } from '../../src/lib/audit/format.ts';
import { groupReportCsv } from '../../src/lib/audit/group-report.ts';

const file = (name: string, ...attempts: ReturnType<typeof attempt>[]) => ({ name, text: exportText(attempts) });

describe('loadGroupFiles', () => {
  it('counts good files and lists each bad one with its reason', () => {
    const load = loadGroupFiles(
      [
        file('ann.json', attempt('ann', { a1: 1, a2: 2 })),
        { name: 'broken.json', text: '{"format":' },
        { name: 'other.json', text: exportText([], { instrument: { kind: 'audit', id: 'other', title: 'Other audit' } }) },
        file('empty.json'),
        file('blank.json', attempt('blank', {})),
        file('ben.json', attempt('ben', { a1: 3 })),
        file('ann-again.json', attempt('ann', { a1: 1, a2: 2 })),
      ],
      instrument,
    );
    expect(load.members.map((member) => member.name)).toEqual(['ann.json', 'ben.json']);
    expect(load.failures.map((failure) => failure.name)).toEqual(['broken.json', 'other.json', 'empty.json', 'blank.json', 'ann-again.json']);
    expect(load.failures[0]!.reason).toMatch(/could not be read as a saved audit/);
    expect(load.failures[1]!.reason).toMatch(/“Other audit”/);
    expect(load.failures[2]!.reason).toBe('It has no attempts.');
    expect(load.failures[3]!.reason).toBe('Its only attempt has no answers.');
    expect(load.failures[4]!.reason).toMatch(/same attempt as “ann.json”/);
  });

  it('takes each file\'s latest attempt, or its first', () => {
    const files = [file('ann.json', attempt('july', { a1: 4 }, '2027-07-01T00:00:00.000Z', 'July'), attempt('sept', { a1: 1 }, '2026-09-01T00:00:00.000Z', 'September'))];
    expect(loadGroupFiles(files, instrument, 'latest').members[0]).toMatchObject({ label: 'July', answers: { a1: 4 } });
    expect(loadGroupFiles(files, instrument, 'first').members[0]).toMatchObject({ label: 'September', answers: { a1: 1 } });
  });
});

describe('detectInstrument', () => {
  const other = { ...instrument, id: 'other', title: 'Other audit' };
  const otherFile = { name: 'o.json', text: exportText([], { instrument: { kind: 'audit', id: 'other', title: 'Other audit' } }) };
  const unknownFile = { name: 'u.json', text: exportText([], { instrument: { kind: 'audit', id: 'unknown', title: 'Unknown' } }) };

  it('names the instrument most files are for, the first seen on a tie, and passes over unreadable files', () => {
    expect(detectInstrument([file('a.json'), otherFile, otherFile, { name: 'x', text: '{' }], [instrument, other])).toBe(other);
    expect(detectInstrument([file('a.json'), otherFile], [instrument, other])).toBe(instrument);
  });

  it('finds none when most files are for an instrument this site does not have, or a file names it by inherited keys', () => {
    expect(detectInstrument([unknownFile, unknownFile, file('a.json')], [instrument, other])).toBeUndefined();
    expect(detectInstrument([{ name: 'p.json', text: '{"instrument":"x"}' }, { name: 'q.json', text: '[]' }], [instrument])).toBeUndefined();
  });
});

describe('summariseGroup', () => {
  const members = loadGroupFiles(
    [
      file('p1', attempt('p1', { a1: 1, a2: 4, a3: 4, l1: 2 })),
      file('p2', attempt('p2', { a1: 3, a2: 4, l1: 4, l2: 4 })),
      file('p3', attempt('p3', { a1: 2 })),
    ],
    instrument,
  ).members;
  const summary = summariseGroup(instrument, members, 2);

  it('gives item means, counts, spread and range over those who answered', () => {
    const a1 = summary.items.find((item) => item.id === 'a1')!;
    expect(a1).toMatchObject({ n: 3, mean: 2, min: 1, max: 3 });
    expect(a1.sd).toBeCloseTo(Math.sqrt(2 / 3), 10);
    expect(a1.counts.map((count) => count.count)).toEqual([1, 1, 1, 0]);
    const a3 = summary.items.find((item) => item.id === 'a3')!;
    expect(a3).toMatchObject({ n: 1, mean: 4, sd: 0 });
  });

  it('means sections over each person\'s own section mean', () => {
    // p1 asking mean 3, p2 asking mean 3.5, p3 asking mean 2 -> 2.833…
    expect(summary.sections[0]!.mean).toBeCloseTo((3 + 3.5 + 2) / 3, 10);
    expect(summary.sections[0]!.people).toBe(3);
    // p3 did not answer listening: p1 2, p2 4 -> 3.
    expect(summary.sections[1]).toMatchObject({ mean: 3, people: 2 });
    expect(summary.people).toBe(3);
  });

  it('names the lowest-scoring items as common development needs, with what develops them', () => {
    expect(summary.lowest.map((item) => [item.id, item.mean])).toEqual([['a1', 2], ['l1', 3]]);
    expect(summary.lowest[1]!.develop.map((link) => link.href)).toEqual(['/protocols/video/']);
  });

  it('handles an empty group without dividing by zero', () => {
    const empty = summariseGroup(instrument, []);
    expect(empty.people).toBe(0);
    expect(empty.sections.every((section) => section.mean === null)).toBe(true);
    expect(empty.items.every((item) => item.mean === null && item.sd === null && item.n === 0)).toBe(true);
    expect(empty.lowest).toEqual([]);
  });
});

describe('compareGroups', () => {
  it('compares two groups by section and item and names the biggest changes', () => {
    const september = summariseGroup(instrument, loadGroupFiles([file('a', attempt('a', { a1: 1, a2: 3, l1: 2 })), file('b', attempt('b', { a1: 2, a2: 3 }))], instrument).members);
    const july = summariseGroup(instrument, loadGroupFiles([file('c', attempt('c', { a1: 4, a2: 2, l1: 2 }))], instrument).members);
    const comparison = compareGroups(september, july);
    expect(comparison.items.find((item) => item.id === 'a1')).toMatchObject({ first: 1.5, second: 4, change: 2.5 });
    expect(comparison.items.find((item) => item.id === 'l2')).toMatchObject({ first: null, second: null, change: null });
    expect(comparison.rises.map((item) => item.id)).toEqual(['a1']);
    expect(comparison.falls.map((item) => item.id)).toEqual(['a2']);
    expect(comparison.sections[1]).toMatchObject({ first: 2, second: 2, change: 0 });
  });
});

describe('what group results show', () => {
  it('computes a change from the rounded means shown, so 2.4 to 2.9 reads +0.5', () => {
    // First group's item mean 2.36 (shown 2.4), second's 2.94 (shown 2.9): the raw change is 0.58.
    const summaryWith = (itemMean: number) => ({ people: 1, lowest: [], sections: [{ id: 's', title: 'S', mean: itemMean, people: 1 }], items: [{ id: 'a1', text: 'I ask.', sectionId: 's', sectionTitle: 'S', n: 1, mean: itemMean, sd: 0, min: 1, max: 4, counts: [], develop: [] }] });
    const comparison = compareGroups(summaryWith(2.36), summaryWith(2.94));
    expect(comparison.items[0]!.change).toBe(0.5);
    expect(comparison.sections[0]!.change).toBe(0.5);
    expect(formatChange(comparison.items[0]!.change)).toBe('+0.5');
  });

  it('passes over an empty latest (or first) attempt to the nearest one with answers, and says so', () => {
    const files = [
      file(
        'ann.json',
        attempt('sept', { a1: 1 }, '2026-09-01T00:00:00.000Z', 'September'),
        attempt('july', { a1: 4 }, '2027-07-01T00:00:00.000Z', 'July'),
        attempt('empty', {}, '2027-08-01T00:00:00.000Z', 'Started and left'),
      ),
      file('ben.json', attempt('blank', {}, '2026-08-01T00:00:00.000Z'), attempt('ben', { a1: 2 }, '2026-09-01T00:00:00.000Z')),
    ];
    expect(loadGroupFiles(files, instrument, 'latest').members.map((member) => [member.label, member.fellBack])).toEqual([
      ['July', true],
      ['ben', false],
    ]);
    expect(loadGroupFiles(files, instrument, 'first').members.map((member) => [member.label, member.fellBack])).toEqual([
      ['September', false],
      ['ben', true],
    ]);
  });

  it('advises what to do with a file from another audit on this page', () => {
    const load = loadGroupFiles([{ name: 'other.json', text: exportText([], { instrument: { kind: 'audit', id: 'other', title: 'Other audit' } }) }], instrument);
    expect(load.failures[0]!.reason).toBe(
      'It is for “Other audit”, not “Test audit”, and answers to different audits cannot be pooled. Remove it from this group; to see it, choose “Other audit” in the Audit list above and load it with other files for that audit.',
    );
  });
});

describe('the group report (CSV)', () => {
  it('has the people, each section mean and each item with its spread, per group, and the change', () => {
    const load = (shift: number) => loadGroupFiles([file('p1', attempt('p1', { a1: 1 + shift, a2: 2, l1: 3 })), file('p2', attempt('p2', { a1: 2 + shift, l2: 4 }))], instrument).members;
    const groups = [
      { name: 'September', summary: summariseGroup(instrument, load(0)) },
      { name: 'July', summary: summariseGroup(instrument, load(1)) },
    ];
    const lines = groupReportCsv(instrument, groups).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Section,Item id,Row,September: mean,September: answers,September: standard deviation,September: 1 Never,September: 2 Rarely,September: 3 Often,September: 4 Always,July: mean,July: answers,July: standard deviation,July: 1 Never,July: 2 Rarely,July: 3 Often,July: 4 Always,Change');
    expect(lines[1]).toBe('All,,People,2,,,,,,,2,,,,,,,');
    expect(lines[2]).toMatch(/^Asking,,Section mean,/);
    expect(lines[3]).toBe('Asking,a1,I ask.,1.5,2,0.50,1,1,0,0,2.5,2,0.50,0,1,1,0,1.0');
    // Every section and item has a row.
    expect(lines).toHaveLength(2 + instrument.sections.length + instrument.sections.reduce((sum, section) => sum + section.items.length, 0));
  });
});

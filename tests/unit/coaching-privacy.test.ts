/** The privacy floor's two rules: a figure about too few coachees is withheld, and small rows pool so none can be worked out by subtraction. */
import { describe, expect, it } from 'vitest';
import { gate, poolSmallRows, privacyFloor } from '../../src/lib/coaching/privacy.ts';

const row = (name: string, ...coachees: string[]) => ({ name, coachees: new Set(coachees) });
const names = (rows: { name: string }[]) => rows.map((item) => item.name);

describe('the privacy floor', () => {
  it('is 5 by default and never below 3', () => {
    expect(privacyFloor()).toBe(5);
    expect(privacyFloor(8)).toBe(8);
    expect(privacyFloor(2)).toBe(3);
    expect(privacyFloor(0)).toBe(3);
  });

  it('withholds a figure about 4 coachees and shows one about 5, without working out the withheld one', () => {
    let worked = false;
    expect(gate(4, 5, () => ((worked = true), 1))).toEqual({ shown: false });
    expect(worked).toBe(false);
    expect(gate(5, 5, () => 12)).toEqual({ shown: true, value: 12, coachees: 5 });
  });
});

describe('pooling small rows', () => {
  const floor = 5;
  it('shows rows at the floor and pools those below it when the pool reaches the floor', () => {
    const rows = [row('big', 'a', 'b', 'c', 'd', 'e'), row('small1', 'f', 'g', 'h'), row('small2', 'i', 'j')];
    const pooled = poolSmallRows(rows, (item) => item.coachees, floor);
    expect(names(pooled.shown)).toEqual(['big']);
    expect(names(pooled.pooled)).toEqual(['small1', 'small2']);
    expect(pooled.poolCoachees.size).toBe(5);
  });

  it('moves the smallest shown row into a pool below the floor, so the pool cannot be worked out from the total', () => {
    const rows = [row('large', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), row('medium', 'h', 'i', 'j', 'k', 'l'), row('tiny', 'm')];
    const pooled = poolSmallRows(rows, (item) => item.coachees, floor);
    expect(names(pooled.shown)).toEqual(['large']);
    expect(names(pooled.pooled)).toEqual(['tiny', 'medium']);
    expect(pooled.poolCoachees.size).toBe(6);
  });

  it('counts a coachee in two small rows once in the pool', () => {
    const rows = [row('big', 'a', 'b', 'c', 'd', 'e'), row('x', 'f', 'g'), row('y', 'f', 'g', 'h')];
    const pooled = poolSmallRows(rows, (item) => item.coachees, floor);
    // f, g, h: three coachees, under the floor, so "big" joins them.
    expect(pooled.shown).toEqual([]);
    expect(pooled.poolCoachees.size).toBe(8);
  });

  it('pools nothing when every row reaches the floor', () => {
    const rows = [row('one', 'a', 'b', 'c', 'd', 'e'), row('two', 'a', 'b', 'c', 'd', 'f')];
    expect(poolSmallRows(rows, (item) => item.coachees, floor)).toEqual({ shown: rows, pooled: [], poolCoachees: new Set() });
  });
});

/**
 * The zod-free checks of exported files and of the stored document (src/lib/audit/export-check.ts)
 * against the zod schemas that define those formats (src/lib/audit/schema.ts): on good files of every version and on every
 * field broken in several ways, both accept or both refuse, and what they accept is the same.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_ID, checkExportFile, checkStoredDoc } from '../../src/lib/audit/export-check.ts';
import { exportFormat, storedFormat } from '../../src/lib/audit/schema.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { readVersioned } from '../../src/lib/storage/versioned.ts';

const attempt = { id: 'a1-B_x', label: 'September', createdAt: '2026-09-14T09:00:00.000Z', updatedAt: '2026-09-15T10:00:00.000Z', answers: { 'item-one': 3, two: 1 }, notes: { 'section-a': 'A note' } };
const v2 = { format: 'playbook-self-audit', version: 2, instrument: { kind: 'audit', id: 'mentor-audit', title: 'Mentor audit' }, owner: 'Jo', attempts: [attempt, { ...attempt, id: 'b' }] };
const { owner: _owner, ...v2WithoutOwner } = v2;
const v1 = { ...v2WithoutOwner, version: 1 };
const v3 = { ...v2, version: 3 };

/** Sets a value at a path in a copy ("undefined" removes the key). */
function change(value: unknown, path: (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (to === undefined) delete at[last];
  else at[last] = to;
  return copy;
}

const brokenValues = [undefined, null, 7, 2.5, '', 'text', [], {}, true, 'x'.repeat(201), 'Not An Id', '2026-13-45T99:00:00Z', -1];
const paths: (string | number)[][] = [
  ['format'], ['version'], ['instrument'], ['instrument', 'kind'], ['instrument', 'id'], ['instrument', 'title'], ['owner'], ['attempts'],
  ['attempts', 0], ['attempts', 0, 'id'], ['attempts', 0, 'label'], ['attempts', 0, 'createdAt'], ['attempts', 0, 'updatedAt'],
  ['attempts', 0, 'answers'], ['attempts', 0, 'answers', 'item-one'], ['attempts', 0, 'answers', 'Bad Key'], ['attempts', 0, 'notes'],
  ['attempts', 0, 'notes', 'section-a'], ['attempts', 0, 'notes', 'Bad Key'], ['attempts', 0, 'extra'], ['extra'], ['instrument', 'extra'],
];

describe('checkExportFile agrees with the zod schema', () => {
  it('uses the content id pattern', () => {
    expect(CONTENT_ID.source).toBe(ID_PATTERN.source);
  });

  it('accepts good files of every version, bringing versions 1 and 2 forward the same way', () => {
    const rubric = { ...v2, instrument: { kind: 'rubric', id: 'effective-pd', title: 'Effective PD' }, attempts: [{ ...attempt, notes: { criteria: 'Whole review' } }] };
    for (const file of [v1, v2, v3, { ...v2, attempts: [] }, change(v2, ['attempts', 0, 'notes', 'section-a'], 'x'.repeat(20_000)), rubric, { ...rubric, version: 1, owner: undefined }, { ...rubric, version: 3 }]) {
      const value = JSON.parse(JSON.stringify(file));
      const zod = readVersioned(value, exportFormat);
      const mine = checkExportFile(value);
      expect(mine).toEqual(zod);
      expect(mine.ok).toBe(true);
    }
  });

  let compared = 0;
  for (const base of [v1, v2, v3]) {
    for (const path of paths) {
      it(`version ${base.version}: ${path.join('.')} set to each of ${brokenValues.length} values`, () => {
        for (const to of brokenValues) {
          const file = change(base, path, to);
          const zod = readVersioned(file, exportFormat);
          const mine = checkExportFile(file);
          expect(mine.ok, `${path.join('.')} = ${JSON.stringify(to)}: ${zod.ok ? 'zod accepts' : zod.reason}`).toBe(zod.ok);
          if (mine.ok && zod.ok) expect(mine.doc).toEqual(zod.doc);
          compared++;
        }
      });
    }
  }

  it('compared every case', () => {
    expect(compared).toBe(3 * paths.length * brokenValues.length);
  });
});

describe('checkStoredDoc agrees with the zod schema of the stored document', () => {
  const s4 = { version: 4, instrument: { kind: 'audit', id: 'mentor-audit' }, owner: 'Jo', attempts: [attempt, { ...attempt, id: 'b' }] };
  const s3 = { ...s4, version: 3 };
  const { owner: _o, ...s2 } = { ...s4, version: 2 };
  const s1 = { version: 1, instrument: 'mentor-audit', answers: { 'item-one': 3 }, notes: { 'section-a': 'A note' }, savedAt: '2026-09-14T09:00:00.000Z' };
  const rubric3 = { ...s3, instrument: { kind: 'rubric', id: 'effective-pd' }, attempts: [{ ...attempt, notes: { criteria: 'Whole review' } }] };
  const storedPaths: Record<number, (string | number)[][]> = {
    1: [['version'], ['instrument'], ['answers'], ['answers', 'item-one'], ['answers', 'Bad Key'], ['notes'], ['notes', 'section-a'], ['notes', 'Bad Key'], ['savedAt'], ['extra']],
    2: paths.filter((path) => path[0] !== 'format' && path[0] !== 'owner' && path.join('.') !== 'instrument.title'),
    3: paths.filter((path) => path[0] !== 'format' && path.join('.') !== 'instrument.title'),
    4: paths.filter((path) => path[0] !== 'format' && path.join('.') !== 'instrument.title'),
  };

  it('accepts good documents of every version, migrating them the same way, for an audit and a rubric', () => {
    const { notes: _n, ...s1WithoutNotes } = s1;
    for (const [doc, kind] of [[s1, 'audit'], [s1WithoutNotes, 'audit'], [s2, 'audit'], [s3, 'audit'], [s4, 'audit'], [{ ...s4, attempts: [] }, 'audit'], [rubric3, 'rubric'], [{ ...rubric3, version: 4 }, 'rubric'], [{ ...s1, notes: { criteria: 'x' } }, 'rubric']] as const) {
      const value = JSON.parse(JSON.stringify(doc));
      const mine = checkStoredDoc(value, kind);
      expect(mine).toEqual(readVersioned(value, storedFormat(kind)));
      expect(mine.ok).toBe(true);
    }
  });

  let compared = 0;
  for (const base of [s1, s2, s3, s4]) {
    for (const path of storedPaths[base.version]!) {
      it(`stored version ${base.version}: ${path.join('.')} set to each of ${brokenValues.length} values`, () => {
        for (const to of [...brokenValues, 5, 0]) {
          const doc = change(base, path, to);
          const zod = readVersioned(doc, storedFormat('audit'));
          const mine = checkStoredDoc(doc, 'audit');
          expect(mine.ok, `${path.join('.')} = ${JSON.stringify(to)}: ${zod.ok ? 'zod accepts' : zod.reason}`).toBe(zod.ok);
          if (mine.ok && zod.ok) expect(mine.doc).toEqual(zod.doc);
          compared++;
        }
      });
    }
  }

  it('compared every stored case', () => {
    expect(compared).toBe(Object.values(storedPaths).flat().length * (brokenValues.length + 2));
  });
});

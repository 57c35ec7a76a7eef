/**
 * The self-audit's file formats (src/lib/audit/schema.ts, read through lib/storage/versioned.ts):
 * exported files and stored documents of every version are read and brought forward, and each
 * field broken in a dozen ways is refused, with a reason in plain words that names the field, or
 * accepted where the value is one the format allows. The expectations are those of the zod-free
 * checker these schemas replace, which agreed with the earlier zod schemas case for case.
 */
import { describe, expect, it } from 'vitest';
import { storedFormat } from '../../src/lib/audit/schema.ts';
import { exportFormat } from '../../src/lib/audit/export-file.ts';
import { formatIssuePath } from '../../src/lib/storage/issues.ts';
import { readVersioned } from '../../src/lib/storage/versioned.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';

const attempt = { id: 'a1-B_x', label: 'September', createdAt: '2026-09-14T09:00:00.000Z', updatedAt: '2026-09-15T10:00:00.000Z', answers: { 'item-one': 3, two: 1 }, notes: { 'section-a': 'A note' } };
const v2 = { format: 'playbook-self-audit', version: 2, instrument: { kind: 'audit', id: 'mentor-audit', title: 'Mentor audit' }, owner: 'Jo', attempts: [attempt, { ...attempt, id: 'b' }] };
const { owner: _owner, ...v2WithoutOwner } = v2;
const v1 = { ...v2WithoutOwner, version: 1 };
const v3 = { ...v2, version: 3 };

/** Sets a value at a path in a copy (undefined removes the key). */
function change(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (to === undefined) delete at[last];
  else at[last] = to;
  return JSON.parse(JSON.stringify(copy));
}

const BROKEN: unknown[] = [undefined, null, 7, 2.5, '', 'text', [], {}, true, 'x'.repeat(201), 'Not An Id', '2026-13-45T99:00:00Z', -1];

const isText = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);
const onlyRemoved = (value: unknown) => value === undefined;
const isEmptyObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** For each field, which values the format accepts there (anything else is refused). */
const RULES: [path: (string | number)[], accepts: (value: unknown, version: number) => boolean][] = [
  [['format'], () => false],
  [['version'], () => false],
  [['instrument'], () => false],
  [['instrument', 'kind'], () => false],
  [['instrument', 'id'], isId],
  [['instrument', 'title'], isText(Infinity)],
  // Version 1 had no owner: only its absence is right there.
  [['owner'], (value, version) => (version === 1 ? value === undefined : isText(200)(value))],
  [['attempts'], (value) => Array.isArray(value) && value.length === 0],
  [['attempts', 0], () => false],
  [['attempts', 0, 'id'], (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)],
  [['attempts', 0, 'label'], isText(200)],
  [['attempts', 0, 'createdAt'], () => false],
  [['attempts', 0, 'updatedAt'], () => false],
  [['attempts', 0, 'answers'], isEmptyObject],
  [['attempts', 0, 'answers', 'item-one'], (value) => value === undefined || Number.isInteger(value)],
  [['attempts', 0, 'answers', 'Bad Key'], onlyRemoved],
  [['attempts', 0, 'notes'], isEmptyObject],
  [['attempts', 0, 'notes', 'section-a'], (value) => value === undefined || isText(20_000)(value)],
  [['attempts', 0, 'notes', 'Bad Key'], onlyRemoved],
  [['attempts', 0, 'extra'], onlyRemoved],
  [['extra'], onlyRemoved],
  [['instrument', 'extra'], onlyRemoved],
];

describe('exported files', () => {
  it('reads every version, bringing versions 1 and 2 forward', () => {
    for (const file of [v1, v2, v3]) {
      const read = readVersioned(JSON.parse(JSON.stringify(file)), exportFormat);
      expect(read).toMatchObject({ ok: true, doc: { version: 3, owner: file === v1 ? '' : 'Jo', attempts: [attempt, { ...attempt, id: 'b' }] } });
      expect(read.ok && read.migratedFrom).toBe(file === v3 ? undefined : file.version);
    }
  });

  it("moves a self-review's one note from a version 1 or 2 file to the whole-review note", () => {
    const rubric = { ...v2, instrument: { kind: 'rubric', id: 'effective-pd', title: 'Effective PD' }, attempts: [{ ...attempt, notes: { criteria: 'Whole review' } }] };
    for (const file of [rubric, { ...v2WithoutOwner, ...rubric, owner: undefined, version: 1 }]) {
      const read = readVersioned(JSON.parse(JSON.stringify(file)), exportFormat);
      expect(read.ok && read.doc.attempts[0]!.notes).toEqual({ 'whole-review': 'Whole review' });
    }
  });

  for (const base of [v1, v2, v3]) {
    for (const [path, accepts] of RULES) {
      it(`version ${base.version}: ${path.join('.')} set to each of ${BROKEN.length} values`, () => {
        for (const to of BROKEN) {
          const read = readVersioned(change(base, path, to), exportFormat);
          const what = `${path.join('.')} = ${JSON.stringify(to)}`;
          expect(read.ok, `${what}: ${read.ok ? 'accepted' : read.reason}`).toBe(accepts(to, base.version));
          if (read.ok) continue;
          // The reason names the field, or the object that lacks or wrongly has it.
          const named = [path, path.slice(0, -1)].map((at) => formatIssuePath(at));
          if (path[0] !== 'version') expect(named.some((place) => read.reason.includes(place)), `${what}: ${read.reason}`).toBe(true);
          expect(read.reason, what).not.toMatch(/Invalid input|Unrecognized|received|undefined/);
        }
      });
    }
  }
});

describe('stored documents, as each release wrote them', () => {
  const T1 = '2026-09-14T09:00:00.000Z';
  const stored = (kind: 'audit' | 'rubric', text: string) => readVersioned(JSON.parse(text), storedFormat(kind));

  it('version 1 (one unnamed set of answers, notes optional) becomes one attempt', () => {
    const text = `{"version":1,"instrument":"mentor-audit","answers":{"s1-trust":3},"notes":{"s1":"Ask more"},"savedAt":"${T1}"}`;
    expect(stored('audit', text)).toEqual({ ok: true, migratedFrom: 1, doc: { version: 4, instrument: { kind: 'audit', id: 'mentor-audit' }, owner: '', attempts: [{ id: 'first', label: 'First attempt', createdAt: T1, updatedAt: T1, answers: { 's1-trust': 3 }, notes: { s1: 'Ask more' } }] } });
    expect(stored('audit', `{"version":1,"instrument":"mentor-audit","answers":{},"savedAt":"${T1}"}`)).toMatchObject({ ok: true, doc: { attempts: [{ notes: {} }] } });
  });

  it('version 2 (attempts, no name) gains an empty name; version 3 moves a self-review note; version 4 reads as it is', () => {
    const savedAttempt = `{"id":"5f0c9a1be27d4c8f9a3b6e01","label":"September 2026","createdAt":"${T1}","updatedAt":"2026-10-02T16:45:12.345Z","answers":{"pupil-outcomes":2},"notes":{"criteria":"Strong on outcomes."}}`;
    expect(stored('audit', `{"version":2,"instrument":{"kind":"audit","id":"mentor-audit"},"attempts":[${savedAttempt}]}`)).toMatchObject({ ok: true, migratedFrom: 2, doc: { version: 4, owner: '', attempts: [{ notes: { criteria: 'Strong on outcomes.' } }] } });
    expect(stored('rubric', `{"version":3,"instrument":{"kind":"rubric","id":"effective-pd"},"owner":"Jo Smith","attempts":[${savedAttempt}]}`)).toMatchObject({ ok: true, migratedFrom: 3, doc: { version: 4, owner: 'Jo Smith', attempts: [{ notes: { 'whole-review': 'Strong on outcomes.' } }] } });
    const current = stored('audit', `{"version":4,"instrument":{"kind":"audit","id":"mentor-audit"},"owner":"","attempts":[${savedAttempt}]}`);
    expect(current).toMatchObject({ ok: true });
    expect(current.ok && current.migratedFrom).toBeUndefined();
  });

  it('refuses broken documents with a reason naming the field, and versions it cannot read', () => {
    const v4 = { version: 4, instrument: { kind: 'audit', id: 'mentor-audit' }, owner: '', attempts: [attempt] };
    for (const [path, to, place] of [
      [['attempts', 0, 'answers', 'item-one'], 2.5, 'attempts[0].answers.item-one: expected a whole number from the scale'],
      [['attempts', 0, 'answers', 'item-one'], 'three', 'attempts[0].answers.item-one: expected a number from the scale'],
      [['attempts', 0, 'label'], 7, 'attempts[0].label: expected text, found a number'],
      [['owner'], undefined, 'owner: missing (expected text)'],
      [['instrument', 'kind'], 'survey', 'instrument.kind: expected "audit" or "rubric"'],
      [['attempts', 0, 'createdAt'], 'yesterday', 'attempts[0].createdAt: expected a date and time'],
      [['extra'], 1, 'the file: not a field this file has: "extra"'],
    ] as const) {
      const read = readVersioned(change(v4, path, to), storedFormat('audit'));
      expect(read.ok ? 'accepted' : read.reason).toContain(place);
    }
    expect(readVersioned({ version: 5 }, storedFormat('audit'))).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    expect(readVersioned({ version: 0 }, storedFormat('audit'))).toMatchObject({ ok: false, reason: expect.stringMatching(/it reads 1, 2, 3, 4/) });
    expect(readVersioned({ version: '4' }, storedFormat('audit'))).toMatchObject({ ok: false, reason: expect.stringMatching(/whole-number "version"/) });
    expect(readVersioned([], storedFormat('audit'))).toMatchObject({ ok: false, reason: expect.stringMatching(/found a list/) });
  });

  it('reads a key named like an inherited property as data, not as the object\'s own', () => {
    const read = readVersioned({ version: 4, instrument: { kind: 'audit', id: 'mentor-audit' }, owner: '', attempts: [{ ...attempt, answers: { constructor: 2 } }] }, storedFormat('audit'));
    expect(read).toMatchObject({ ok: true, doc: { attempts: [{ answers: { constructor: 2 } }] } });
    expect(readVersioned(JSON.parse('{"constructor":{"version":4}}'), storedFormat('audit'))).toMatchObject({ ok: false, reason: expect.stringMatching(/"version"/) });
  });
});

/** src/lib/content/history.ts: reading `git log` output into each file's latest commit date. */
import { describe, expect, it } from 'vitest';
import { dayOf, latestChanges, shallowBoundary } from '../../src/lib/content/history.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
/** One commit as `git log -z --name-only --format=%x01%H %cI` prints it. */
const commit = (hash: string, date: string, files: string[]) => `\u0001${hash} ${date}\0\n${files.join('\0')}\0`;

describe('latestChanges', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const log = commit(A, '2026-03-04T23:30:00+01:00', ['content/techniques/cold-call.mdx']) + commit(B, '2024-01-02T10:00:00+00:00', ['content/techniques/cold-call.mdx', 'content/strands.yaml']);
    expect(latestChanges(log)).toEqual(
      new Map([
        ['content/techniques/cold-call.mdx', '2026-03-04T23:30:00+01:00'],
        ['content/strands.yaml', '2024-01-02T10:00:00+00:00'],
      ]),
    );
  });

  it('takes the latest by instant, not by the order git prints commits in', () => {
    // A commit merged from a branch can be printed after an older one.
    const log = commit(A, '2025-01-01T00:00:00+00:00', ['x.mdx']) + commit(B, '2025-06-01T00:00:00+00:00', ['x.mdx']);
    expect(latestChanges(log).get('x.mdx')).toBe('2025-06-01T00:00:00+00:00');
    // Offsets count: 23:30 at +01:00 is earlier than 23:00 at +00:00 on the same day.
    const offsets = commit(A, '2025-01-01T23:30:00+01:00', ['y.mdx']) + commit(B, '2025-01-01T23:00:00+00:00', ['y.mdx']);
    expect(latestChanges(offsets).get('y.mdx')).toBe('2025-01-01T23:00:00+00:00');
  });

  it('keeps file names with spaces, accents and quotes as they are', () => {
    const log = commit(A, '2025-02-03T12:00:00Z', ['content/techniques/caf\u00e9 "quoted" name.mdx', 'content/a b.yaml']);
    expect([...latestChanges(log).keys()]).toEqual(['content/techniques/caf\u00e9 "quoted" name.mdx', 'content/a b.yaml']);
  });

  it('skips the boundary commits of a shallow clone, so files seen only there have no date', () => {
    const log = commit(A, '2026-05-01T09:00:00Z', ['changed.mdx']) + commit(B, '2026-04-01T09:00:00Z', ['changed.mdx', 'old.mdx']);
    const dates = latestChanges(log, new Set([B]));
    expect(dates.get('changed.mdx')).toBe('2026-05-01T09:00:00Z');
    expect(dates.has('old.mdx')).toBe(false);
  });

  it('reads nothing from empty output, and ignores a commit with an unreadable date', () => {
    expect(latestChanges('').size).toBe(0);
    expect(latestChanges(commit(C, 'not-a-date', ['z.mdx'])).size).toBe(0);
  });
});

describe('shallowBoundary', () => {
  it('reads the hashes in a shallow file, one a line', () => {
    expect(shallowBoundary(`${A}\n${B}\n\n`)).toEqual(new Set([A, B]));
    expect(shallowBoundary('')).toEqual(new Set());
  });
});

describe('dayOf', () => {
  it("is the committer's own calendar day, whatever the time zone of the build", () => {
    expect(dayOf('2026-03-04T23:30:00+01:00')).toBe('2026-03-04');
    expect(dayOf('2026-03-05T00:30:00-05:00')).toBe('2026-03-05');
  });
});

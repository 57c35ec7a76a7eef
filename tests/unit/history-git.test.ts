/**
 * src/lib/content/history-git.node.ts against real git repositories made here, whose commits carry
 * known dates: each file gets its latest commit's date; a shallow clone's edge gives no date
 * rather than a wrong one; with no repository or no git there are no dates and a reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readHistory } from '../../src/lib/content/history-git.node.ts';
import { dayOf } from '../../src/lib/content/history.ts';
import { longDate } from '../../src/lib/dates.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'playbook-history-'));
const repo = path.join(temp, 'repo');
const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, ...identity, GIT_CEILING_DIRECTORIES: temp, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8' });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

/** Writes the files, then commits everything with this author and committer date. */
function commitAt(date: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) write(file, text);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', `change at ${date}`], date);
}

const ACCENTED = 'site/content/techniques/caf\u00e9 routine.mdx';

beforeAll(() => {
  mkdirSync(repo);
  git(repo, ['init', '-q']);
  // 1. Two techniques and the strands file.
  commitAt('2024-01-02T10:00:00+00:00', { 'site/content/techniques/cold-call.mdx': 'one', [ACCENTED]: 'one', 'site/content/strands.yaml': 'one' });
  // 2. The strands file changes.
  commitAt('2024-06-10T08:15:00+01:00', { 'site/content/strands.yaml': 'two' });
  // 3. Cold call changes late in the evening, British Summer Time; a file outside the content changes too.
  commitAt('2025-07-04T23:30:00+01:00', { 'site/content/techniques/cold-call.mdx': 'three', 'site/README.md': 'three' });
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('readHistory on a repository with known commit dates', () => {
  it("gives each content file its latest commit's date, named relative to the project root", () => {
    const root = path.join(repo, 'site');
    const history = readHistory(root, ['content']);
    expect(history.reason).toBeUndefined();
    expect(history.dates).toEqual(
      new Map([
        ['content/techniques/cold-call.mdx', '2025-07-04T23:30:00+01:00'],
        ['content/strands.yaml', '2024-06-10T08:15:00+01:00'],
        ['content/techniques/caf\u00e9 routine.mdx', '2024-01-02T10:00:00+00:00'],
      ]),
    );
  });

  it('shows those dates as readers see them', () => {
    const { dates } = readHistory(path.join(repo, 'site'), ['content']);
    expect(longDate(dayOf(dates.get('content/techniques/cold-call.mdx')!))).toBe('4 July 2025');
    expect(longDate(dayOf(dates.get('content/strands.yaml')!))).toBe('10 June 2024');
  });

  it('reads from the repository root as well, with paths from there', () => {
    const { dates } = readHistory(repo, ['site/content/techniques']);
    expect([...dates.keys()].sort()).toEqual([ACCENTED, 'site/content/techniques/cold-call.mdx']);
  });
});

describe('readHistory on a shallow clone', () => {
  it('gives no date to files whose only change in the fetched history is the clone\'s edge', () => {
    const clone = path.join(temp, 'depth-2');
    git(temp, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
    const history = readHistory(path.join(clone, 'site'), ['content']);
    // The newest commit is whole: its change to cold-call.mdx is dated.
    expect(history.dates.get('content/techniques/cold-call.mdx')).toBe('2025-07-04T23:30:00+01:00');
    // The edge commit shows every file as if added then: those dates would be wrong, so there are none.
    expect(history.dates.has('content/strands.yaml')).toBe(false);
    expect(history.dates.has('content/techniques/caf\u00e9 routine.mdx')).toBe(false);
    expect(history.reason).toMatch(/shallow clone/);
  });

  it('gives no dates at all from a clone of depth 1, the trap that dates every page to the last commit', () => {
    const clone = path.join(temp, 'depth-1');
    git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(readHistory(path.join(clone, 'site'), ['content']).dates.size).toBe(0);
  });
});

describe('readHistory with no history', () => {
  it('gives no dates, and says why, in a folder that is not a repository', () => {
    const download = path.join(temp, 'download');
    mkdirSync(path.join(download, 'content'), { recursive: true });
    writeFileSync(path.join(download, 'content', 'strands.yaml'), 'one');
    vi.stubEnv('GIT_CEILING_DIRECTORIES', temp);
    const history = readHistory(download, ['content']);
    expect(history.dates.size).toBe(0);
    expect(history.reason).toMatch(/not a git repository|not in a git work tree/);
  });

  it('gives no dates, and says why, when git is not installed', () => {
    vi.stubEnv('PATH', path.join(temp, 'no-such-folder'));
    const history = readHistory(path.join(repo, 'site'), ['content']);
    expect(history.dates.size).toBe(0);
    expect(history.reason).toMatch(/git could not read the history/);
  });

  it('gives no date to a file that was never committed', () => {
    write('site/content/techniques/draft.mdx', 'new');
    expect(readHistory(path.join(repo, 'site'), ['content']).dates.has('content/techniques/draft.mdx')).toBe(false);
    rmSync(path.join(repo, 'site/content/techniques/draft.mdx'));
  });
});

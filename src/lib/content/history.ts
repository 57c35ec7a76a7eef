/**
 * When each file was last changed, from git's history, read in one pass: `git log` lists every
 * commit that touched the content with the files it touched, and each file takes the date of the
 * latest of them. (One `git log -1` per file costs a process a file, too slow for hundreds.)
 *
 * This module is pure: it turns the text of that one command (GIT_LOG_ARGS) into a map from file to
 * date. history-git.ts runs the command.
 *
 * A shallow clone (a CI checkout of depth 1) ends in a "boundary" commit that git shows as adding
 * every file that existed then, with that commit's date: the trap that gives every page the date of
 * the last deploy. Commits named in `boundary` are therefore skipped, so a file whose only change
 * in the history fetched is the boundary commit has no date, rather than a wrong one.
 */

/** Starts each commit's line in the log (git's `%x01`), so a file name is never taken for a commit. */
const COMMIT_MARK = '\u0001';

/**
 * The arguments to `git log` whose output `latestChanges` reads: NUL-separated file names (so no
 * name is quoted or escaped), each commit as MARK, hash, a space and the committer date in ISO 8601
 * with its offset. `--relative` gives names relative to the folder git runs in. Add `--` and the
 * paths to read.
 */
export const GIT_LOG_ARGS = ['log', '-z', '--name-only', '--relative', '--no-color', '--format=%x01%H %cI'] as const;

/** A commit date as git gives it: "2026-03-04T23:30:00+01:00". */
export type CommitDate = string;

/**
 * Each file's latest commit date, from the output of `git <GIT_LOG_ARGS> -- <paths>`. Files are
 * named as git names them (relative to where it ran, with "/"). The latest is by instant, not by
 * the order git prints commits in, so history merged from branches with skewed clocks still gives
 * the latest change. Commits in `boundary` (a shallow clone's edge) are skipped.
 */
export function latestChanges(log: string, boundary: ReadonlySet<string> = new Set()): Map<string, CommitDate> {
  const latest = new Map<string, { date: CommitDate; time: number }>();
  let current: { date: CommitDate; time: number } | undefined;
  for (const token of log.split('\0')) {
    if (token.startsWith(COMMIT_MARK)) {
      const [hash = '', date = ''] = token.slice(COMMIT_MARK.length).trim().split(' ');
      const time = Date.parse(date);
      current = boundary.has(hash) || Number.isNaN(time) ? undefined : { date, time };
      continue;
    }
    // The first file of a commit follows a newline; a token that is only whitespace ends the log.
    const file = token.replace(/^\n/, '');
    if (!current || file.trim() === '') continue;
    const known = latest.get(file);
    if (!known || known.time < current.time) latest.set(file, current);
  }
  return new Map([...latest].map(([file, { date }]) => [file, date]));
}

/** The hashes in a shallow clone's `shallow` file (one a line), its boundary commits. */
export function shallowBoundary(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[0-9a-f]{40,64}$/.test(line)),
  );
}

/** The calendar day of a commit date, where the committer was: "2026-03-04" from "2026-03-04T23:30:00+01:00". */
export function dayOf(date: CommitDate): string {
  return date.slice(0, 10);
}

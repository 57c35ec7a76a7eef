/**
 * Runs git once to learn when each content file was last changed (see history.ts, which reads the
 * output). Where there is no git, no repository (a download without .git) or no history for a
 * file, there is no date: the pages then show none rather than a wrong one, and `reason` says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GIT_LOG_ARGS, latestChanges, shallowBoundary, type CommitDate } from './history.ts';

export interface History {
  /** Each file's latest commit date, by its path relative to `root` with "/" separators. */
  dates: Map<string, CommitDate>;
  /** Why there are no dates, or why some are missing (a shallow clone); undefined when the history is whole. */
  reason?: string;
}

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
}

/** When each file under `paths` (relative to `root`) was last committed, from one `git log`. */
export function readHistory(root: string, paths: readonly string[]): History {
  let boundary = new Set<string>();
  try {
    if (git(root, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return { dates: new Map(), reason: `${root} is not in a git work tree` };
    const shallowFile = path.resolve(root, git(root, ['rev-parse', '--git-path', 'shallow']).trim());
    if (existsSync(shallowFile)) boundary = shallowBoundary(readFileSync(shallowFile, 'utf8'));
    const relative = paths.map((file) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/') || '.');
    const dates = latestChanges(git(root, [...GIT_LOG_ARGS, '--', ...relative]), boundary);
    const reason = boundary.size > 0 ? 'the repository is a shallow clone, so files last changed before its oldest commit have no date (fetch the whole history: actions/checkout with fetch-depth: 0)' : undefined;
    return reason ? { dates, reason } : { dates };
  } catch (error) {
    const message = error instanceof Error ? (error as Error & { stderr?: string }).stderr?.trim() || error.message : String(error);
    return { dates: new Map(), reason: `git could not read the history: ${message.split('\n')[0]}` };
  }
}

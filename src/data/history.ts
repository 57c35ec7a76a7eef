/**
 * When an entry was last changed and when it is next due for review, for its page and the "Due for
 * review" page. The content folder's git history is read once per build (one `git log`, see
 * src/lib/content/history-git.node.ts), and each entry looks up its file's latest commit.
 *
 * An entry with no date: git or the history is missing (a download without .git), the file has
 * never been committed, or the entry shares its file with others (a strand in strands.yaml), where
 * the file's date would be a change to any of them, not necessarily to this one.
 */
import { definitionOf } from '../collections/index.ts';
import { dayOf } from '../lib/content/history.ts';
import { readHistory, type History } from '../lib/content/history-git.node.ts';
import { contentFolder } from '../core/playbook-folder.node.ts';
import type { Review } from '../schemas/review.ts';
import type { Entry } from './entries.ts';

let history: History | undefined;
/** The content folder's history, read on first use; says once in the build log why dates are missing. */
function contentHistory(): History {
  if (history) return history;
  history = readHistory(process.cwd(), [contentFolder()]);
  if (history.reason) console.warn(`[playbook] Last-changed dates: ${history.reason}.`);
  return history;
}

/** The day (YYYY-MM-DD) the entry's file was last committed, or undefined where that is not known or not the entry's own. */
export function lastChanged(entry: Pick<Entry, 'collection' | 'filePath'>): string | undefined {
  if (!entry.filePath || definitionOf(entry.collection).format === 'yaml-list') return undefined;
  const date = contentHistory().dates.get(entry.filePath.split('\\').join('/'));
  return date ? dayOf(date) : undefined;
}

/** The entry's review date and note, if it has one. */
export function reviewOf(entry: Pick<Entry, 'data'>): Review | undefined {
  return entry.data.review;
}

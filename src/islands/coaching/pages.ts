/**
 * The addresses of the coaching pages, under the site's base path, and reading the one they are
 * opened with: the drop-in form (a new one, for a coachee, from a technique, or one already
 * recorded), a coachee's record, the trends and the teacher's own page. Parameters are in the
 * query, which the offline worker ignores when it answers from the saved pages.
 */
import { withBase } from '../../lib/url.ts';

export interface CoachingPages {
  home: string;
  trends: string;
  mySteps: string;
  /** The drop-in form: a new one (for a coachee, or watching a technique), or one already recorded. */
  dropIn(open?: { id?: string; coachee?: string; technique?: string }): string;
  coachee(id: string): string;
}

export function coachingPages(base: string): CoachingPages {
  const page = (path: string, params: Record<string, string | undefined> = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
    return withBase(base, path) + (query ? `?${query}` : '');
  };
  return {
    home: page('coaching/'),
    trends: page('coaching/trends/'),
    mySteps: page('my-step/'),
    dropIn: (open = {}) => page('coaching/drop-in/', open),
    coachee: (id) => page('coaching/coachee/', { id }),
  };
}

/** A parameter of the address the page was opened with ("" when absent). */
export function pageParam(name: string): string {
  return new URLSearchParams(window.location.search).get(name) ?? '';
}

/** Puts parameters in the address without a new history entry, so a reload opens the same record. */
export function replaceParams(params: Record<string, string>): void {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(params).toString();
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The attempts the page lists, in the attempt chooser and in the history: every attempt, up to
 * `RECENT` of them (a person answering an audit each term for thirty years has fewer); past that,
 * the `RECENT` most recently started and the one being answered, with a line beside each list
 * that says so and offers all of them. Lists of 10,000 attempts, made again on every click,
 * would take seconds a click, and imported files may hold that many (lib/storage/limits.ts).
 */
import { useMemo, useState } from 'react';
import { byCreated, type Attempt } from '../../lib/audit/attempts.ts';
import { audit, formatPlural } from '../../strings/index.ts';

const RECENT = 100;

export interface AttemptsWindow {
  /** The attempts to list, oldest first. */
  attempts: readonly Attempt[];
  total: number;
  /** True when there are more than `RECENT`, listed or not. */
  many: boolean;
  showingAll: boolean;
  setShowingAll(all: boolean): void;
}

export function useAttemptsWindow(all: readonly Attempt[], current: Attempt | undefined): AttemptsWindow {
  const [showingAll, setShowingAll] = useState(false);
  const many = all.length > RECENT;
  const attempts = useMemo(() => {
    if (!many || showingAll) return all;
    const recent = byCreated(all).slice(-RECENT);
    return current && !recent.includes(current) ? byCreated([current, ...recent]) : recent;
  }, [all, current, many, showingAll]);
  return { attempts, total: all.length, many, showingAll, setShowingAll };
}

/** The line beside a list of attempts when there are very many: how many it lists, and a button to list all or the most recent. */
export function AttemptsWindowNote({ window }: { window: AttemptsWindow }) {
  if (!window.many) return null;
  return (
    <p className="meta sa-attempts-window">
      {formatPlural(window.showingAll ? audit.attemptsAll : audit.attemptsRecent, window.total, { shown: RECENT })}{' '}
      <button type="button" className="island-button island-button--quiet" onClick={() => window.setShowingAll(!window.showingAll)}>
        {window.showingAll ? formatPlural(audit.attemptsShowRecent, RECENT) : formatPlural(audit.attemptsShowAll, window.total)}
      </button>
    </p>
  );
}

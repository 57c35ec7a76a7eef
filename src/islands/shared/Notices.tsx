/**
 * Notices at the top of an island, in two live regions that are always present, so a message
 * added later is announced: errors in an alert, everything else in a polite status. Each notice
 * can be dismissed. A notice marked `focus` takes focus when it appears (after an action that
 * removed the control the person was on).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { shared } from '../../strings/index.ts';

export interface Notice {
  id: string;
  tone: 'info' | 'success' | 'error';
  content: ReactNode;
  focus?: boolean;
}

/** Put before an error or a success by the style sheet ("Problem: …"); a note has none. */
const LEAD: Record<Notice['tone'], string | undefined> = { error: shared.leadProblem, success: shared.leadDone, info: undefined };

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  const render = (tone: Notice['tone'][]) =>
    notices.filter((notice) => tone.includes(notice.tone)).map((notice) => <NoticeView key={notice.id} notice={notice} onDismiss={onDismiss} />);
  return (
    <div className="island-notices">
      <div role="alert">{render(['error'])}</div>
      <div role="status">{render(['info', 'success'])}</div>
    </div>
  );
}

function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: (id: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const focus = notice.focus ?? false;
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={focus ? -1 : undefined} className={`island-notice island-notice--${notice.tone}`}>
      <div className="island-notice__body" data-lead={LEAD[notice.tone]}>
        {notice.content}
      </div>
      <button type="button" className="island-button island-button--quiet" onClick={() => onDismiss(notice.id)}>
        {shared.dismiss}<span className="visually-hidden"> {shared.dismissWhat}</span>
      </button>
    </div>
  );
}

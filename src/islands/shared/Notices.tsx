import type { ReactNode } from 'react';

export interface Notice {
  id: string;
  tone: 'info' | 'success' | 'error';
  content: ReactNode;
}

/**
 * Two live regions that are always present, so a message added later is announced: errors in
 * an alert, everything else in a polite status. Each notice can be dismissed.
 */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  const render = (tone: Notice['tone'][]) =>
    notices
      .filter((notice) => tone.includes(notice.tone))
      .map((notice) => (
        <div key={notice.id} className={`island-notice island-notice--${notice.tone}`}>
          <div className="island-notice__body">{notice.content}</div>
          <button type="button" className="island-button island-button--quiet" onClick={() => onDismiss(notice.id)}>
            Dismiss<span className="visually-hidden"> this message</span>
          </button>
        </div>
      ));
  return (
    <div className="island-notices">
      <div role="alert">{render(['error'])}</div>
      <div role="status">{render(['info', 'success'])}</div>
    </div>
  );
}

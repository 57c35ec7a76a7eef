/**
 * A message shown beside the control that caused it (an import, an export, a delete), not at the
 * top of a long page: when it appears, focus moves to it, so a keyboard or screen-reader user is
 * taken there and a sighted user sees it where they are working. An island shows one such
 * message at a time: a new one replaces the old, wherever that was. An error can carry technical
 * detail, folded away in a <details>.
 *
 * `useLocalNotices` keeps the message and the place it belongs to; `<LocalNotice>` renders a place's message.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { shared } from '../../strings/index.ts';

export interface LocalMessage {
  tone: 'success' | 'error' | 'info';
  content: ReactNode;
  /** Technical detail for whoever helps: shown folded away. */
  detail?: string;
  /** Changes with every message, so the same text shown again still takes focus. */
  serial: number;
}

export function useLocalNotices<Place extends string>() {
  const [messages, setMessages] = useState<Partial<Record<Place, LocalMessage>>>({});
  const serial = useRef(0);
  const show = useCallback((place: Place, message: Omit<LocalMessage, 'serial'>) => {
    serial.current += 1;
    // Only the newest message stays: the others are about something the user has moved on from.
    setMessages({ [place]: { ...message, serial: serial.current } } as Partial<Record<Place, LocalMessage>>);
  }, []);
  const clear = useCallback((place?: Place) => setMessages((current) => (place === undefined ? {} : { ...current, [place]: undefined })), []);
  return { messages, show, clear };
}

const LEAD = { success: shared.leadDone, error: shared.leadProblem, info: shared.leadNote } as const;

/** One place's message, focused when it appears; Dismiss hands focus back through `onDismiss`. */
export function LocalNotice({ message, onDismiss, id }: { message: LocalMessage | undefined; onDismiss: () => void; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message?.serial]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!message) return null;
  return (
    <div ref={ref} id={id} tabIndex={-1} className={`island-notice island-notice--local island-notice--${message.tone}`} data-tone={message.tone}>
      <div className="island-notice__body">
        <p>
          <strong>{LEAD[message.tone]}</strong> {message.content}
        </p>
        {message.detail && (
          // Keyed by the message, so a new message starts folded even if the last one was opened.
          <details key={message.serial} className="island-notice__detail">
            <summary>{shared.technicalDetail}</summary>
            <p>{message.detail}</p>
          </details>
        )}
      </div>
      <button type="button" className="island-button island-button--quiet" onClick={onDismiss}>
        {shared.dismiss}<span className="visually-hidden"> {shared.dismissWhat}</span>
      </button>
    </div>
  );
}

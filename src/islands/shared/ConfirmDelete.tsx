/**
 * A delete button ("Delete my data" unless named otherwise) with a confirmation step: the first
 * press asks, naming what will go, and focus moves to the question; cancelling returns focus to
 * the button, and so does deleting unless a message shown after it takes focus.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { shared } from '../../strings/index.ts';

export function ConfirmDelete({ question, onConfirm, label = shared.deleteMyData, confirmLabel = shared.yesDeleteMyData }: { question: string; onConfirm: () => void; label?: string; confirmLabel?: string }) {
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLDivElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={deleteRef} type="button" className="island-button island-button--danger" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="island-confirm" role="group" aria-labelledby={questionId} tabIndex={-1} ref={confirmRef}>
      <p id={questionId}>{question}</p>
      <div className="island-buttons">
        <button
          type="button"
          className="island-button island-button--danger"
          onClick={() => {
            onConfirm();
            setConfirming(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="island-button island-button--quiet" onClick={() => setConfirming(false)}>
          {shared.cancel}
        </button>
      </div>
    </div>
  );
}

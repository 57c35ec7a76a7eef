/**
 * Moving focus to a control that a change is about to show (a list item just added, the form just
 * opened). The request waits for a render that has the control, so focus never falls to the page:
 * every request comes with a change of state, which brings that render, and a part of the form that
 * loads later (Workspace.tsx) asks again once it is there (`flush`).
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFocus(): { focusLater: (id: string) => void; flush: () => void } {
  const pending = useRef<string | null>(null);
  const flush = useCallback(() => {
    const id = pending.current;
    const element = id ? document.getElementById(id) : null;
    if (!element) return;
    pending.current = null;
    element.focus();
  }, []);
  useEffect(flush);
  const focusLater = useCallback((id: string) => {
    pending.current = id;
  }, []);
  return { focusLater, flush };
}

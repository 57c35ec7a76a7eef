/** The editor's notices (a draft brought back, a draft that could not be saved): added, replaced by id, dismissed. */
import { useCallback, useState } from 'react';
import type { Notice } from '../../shared/Notices.tsx';

export function useNotices(initial: readonly Notice[]) {
  const [notices, setNotices] = useState<readonly Notice[]>(initial);
  /** Shows a notice, in place of one with the same id. */
  const notify = useCallback((notice: Notice) => setNotices((current) => [...current.filter((n) => n.id !== notice.id), notice]), []);
  const dismiss = useCallback((id: string) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  /** Clears the notes about the entry that was open, keeping errors (a draft set aside). */
  const keepErrors = useCallback(() => setNotices((current) => current.filter((notice) => notice.tone === 'error')), []);
  return { notices, notify, dismiss, keepErrors };
}

/**
 * Which problems the form shows, as GOV.UK's pattern has it: none on a form just started; a field's
 * own once focus has left it; all of them once the author asks to finish. `shows(key)` answers for
 * a place (form-problems.ts's placeKey, or a new entry's own key).
 */
import { useCallback, useState } from 'react';

export function useShown() {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [finishing, setFinishing] = useState(false);
  const leave = useCallback((key: string) => setLeft((current) => (current.has(key) ? current : new Set(current).add(key))), []);
  const shows = (key: string) => finishing || left.has(key);
  return { leave, shows, finishing, finish: () => setFinishing(true) };
}

/**
 * The notices about the saved record at the top of a coaching island: a browser that keeps
 * nothing, and unreadable data set aside (with its download) or left in place. A save that failed
 * is not shown here but beside the control the coach used (`SaveProblem`), where they are looking.
 */
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { SavedNotices } from '../shared/SavedNotices.tsx';
import { coaching as words } from '../../strings/index.ts';

const SAVED_WORDS = { setAside: words.storedSetAside, leftInPlace: words.storedLeftInPlace, notPersistent: words.notPersistent };

export function RecordNotices<Doc>({ saved, fileStem }: { saved: PersistentDoc<Doc>; fileStem: string }) {
  const { failure: _shownBesideTheControl, ...rest } = saved;
  return <SavedNotices saved={rest} words={SAVED_WORDS} fileStem={fileStem} />;
}

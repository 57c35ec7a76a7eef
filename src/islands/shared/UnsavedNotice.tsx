/**
 * `<UnsavedNotice saved={saved} place="note-s1" file={...} />`: beside a control, the message that
 * a change made there could not be saved, for any island on `usePersistentDoc`. It says why, that
 * what was typed or chosen is still on the page (only until it is closed), and offers the unsaved
 * state as a file to download (the island's own export, which imports again) and a way to try
 * saving again once there is room. It does not take focus: the person may be typing. It is an
 * alert, so a screen reader announces it once when it appears.
 *
 * Only the control named by the failure's `place` shows it: the place of the last change that
 * failed, which is where the person is working.
 */
import { useEffect, useRef, useState } from 'react';
import type { SaveError } from '../../lib/storage/store.ts';
import type { PersistentDoc } from './usePersistentDoc.ts';
import { downloadText } from './download.ts';
import { shared } from '../../strings/index.ts';

/** The unsaved state as a file: its name, text and type (or a promise of them, where the island loads its file code on demand). */
type FileText = { name: string; text: string; type: string };
export type UnsavedFile<Doc> = (doc: Doc) => FileText | Promise<FileText>;

const WHY: Record<SaveError, string> = { quota: shared.notSavedFull, 'read-only': shared.notSavedStuck, unavailable: shared.notSavedRefused };

export function UnsavedNotice<Doc>({ saved, place, file }: { saved: PersistentDoc<Doc>; place: string; file: UnsavedFile<Doc> }) {
  const { failure } = saved;
  // After "Try saving again" worked here, a short confirmation takes the focus the button had.
  const [savedAgain, setSavedAgain] = useState(false);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (savedAgain) done.current?.focus();
  }, [savedAgain]);

  if (failure?.place === place && failure.unsaved !== undefined) {
    const unsaved = failure.unsaved;
    return (
      <div role="alert" className="island-notice island-notice--local island-notice--error island-unsaved">
        <div className="island-notice__body">
          <p>
            <strong>{shared.leadProblem}</strong> {WHY[failure.error]}
          </p>
          <div className="island-buttons">
            <button
              type="button"
              className="island-button"
              onClick={() => {
                void Promise.resolve(file(unsaved)).then(({ name, text, type }) => downloadText(name, text, type));
              }}
            >
              {shared.downloadUnsaved}
            </button>
            <button type="button" className="island-button island-button--quiet" onClick={() => setSavedAgain(saved.retry())}>
              {shared.retrySave}
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (!savedAgain) return null;
  return (
    // It goes once the person moves on from it.
    <div ref={done} tabIndex={-1} role="status" className="island-notice island-notice--local island-notice--success" onBlur={() => setSavedAgain(false)}>
      <div className="island-notice__body">
        <p>
          <strong>{shared.leadDone}</strong> {shared.savedAfterAll}
        </p>
      </div>
    </div>
  );
}

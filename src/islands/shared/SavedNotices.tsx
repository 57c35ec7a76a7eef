/**
 * The notices about an island's saved data, the same on every island that uses
 * `usePersistentDoc`: a browser that will not keep anything, unreadable data set aside (with its
 * download and a way to delete it, for as long as it is kept) or left in place, and a save that
 * failed, shown in the island's live regions (Notices.tsx). Each can be dismissed for this visit;
 * a backup's notice comes back on the next visit while the backup is kept.
 *
 * The island gives its own sentences (`words`), since "your answers" and "your evidence" are
 * said differently; `values` fills their other placeholders, like `{this}`.
 */
import { useState } from 'react';
import type { PersistentDoc } from './usePersistentDoc.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { Notices, type Notice } from './Notices.tsx';
import { downloadText } from './download.ts';
import { fillNodes } from './fill.tsx';
import { format, formatDate, shared } from '../../strings/index.ts';

export interface SavedWords {
  /** A backup's notice: {reason} why it could not be read, {date} the day it was set aside. */
  setAside: string;
  /** Unreadable data left in place: {reason}, the {download} button, and {delete} naming "Delete my data". */
  leftInPlace: string;
  /** The browser keeps nothing. */
  notPersistent: string;
}

interface Props<Doc> {
  saved: PersistentDoc<Doc>;
  words: SavedWords;
  values?: Record<string, string>;
  /** The start of a downloaded file's name, like the audit's id. */
  fileStem: string;
}

export function SavedNotices<Doc>({ saved, words, values = {}, fileStem }: Props<Doc>) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // Deleting a backup removes its notice, and the button pressed with it: a message takes focus instead.
  const [deleted, setDeleted] = useState(0);

  const download = (backupKey?: string, day?: string) => (
    <button
      type="button"
      className="island-button island-button--quiet"
      onClick={() => downloadText(`${fileStem}-${shared.fileUnreadableData}${day ? `-${day}` : ''}.txt`, saved.unreadableText(backupKey) ?? '', 'text/plain')}
    >
      {shared.downloadUnreadable}
    </button>
  );

  const notices: Notice[] = [];
  if (!saved.persistent) notices.push({ id: 'not-persistent', tone: 'error', content: <p>{format(words.notPersistent, values)}</p> });
  if (saved.stuck) {
    notices.push({ id: 'stuck', tone: 'error', content: <p>{fillNodes(words.leftInPlace, { ...values, reason: saved.stuck.reason, download: download(), delete: shared.deleteMyData })}</p> });
  }
  for (const backup of saved.backups) {
    const date = formatDate(backup.madeAt);
    notices.push({
      id: backup.key,
      tone: 'error',
      content: (
        <>
          <p>{format(words.setAside, { ...values, reason: backup.reason, date })}</p>
          <div className="island-buttons">
            {download(backup.key, backup.madeAt.slice(0, 10))}
            <ConfirmDelete
              label={shared.deleteBackup}
              confirmLabel={shared.yesDeleteBackup}
              question={format(shared.deleteBackupQuestion, { date })}
              onConfirm={() => {
                saved.dropBackup(backup.key);
                setDeleted((count) => count + 1);
              }}
            />
          </div>
        </>
      ),
    });
  }
  if (saved.failure) notices.push({ id: `failure-${saved.failure.serial}`, tone: 'error', content: <p>{saved.failure.message}</p> });

  if (deleted > 0) notices.push({ id: `backup-deleted-${deleted}`, tone: 'success', content: <p>{shared.backupDeleted}</p>, focus: true });
  return <Notices notices={notices.filter((notice) => !dismissed.has(notice.id))} onDismiss={(id) => setDismissed((set) => new Set([...set, id]))} />;
}

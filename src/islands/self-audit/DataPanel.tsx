/**
 * Your data: export (JSON that imports again, CSV for spreadsheets), print (everything, or the
 * results only), import a file, and delete everything after a confirmation. The message after an
 * import or a delete is shown beside its control and takes focus.
 */
import { useRef, type ChangeEvent } from 'react';
import type { Instrument } from '../../lib/audit/instrument.ts';
import { plural } from '../../lib/audit/format.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { LocalNotice, type LocalMessage } from '../shared/LocalNotice.tsx';

export interface DataActions {
  exportJson(): void;
  exportCsv(): void;
  print(resultsOnly: boolean): void;
  importFile(file: File): Promise<void>;
  deleteAll(): void;
}

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attemptCount: number;
  actions: DataActions;
  groupResultsHref?: string;
  messages: { import?: LocalMessage; delete?: LocalMessage };
  onDismissMessage(place: 'import' | 'delete'): void;
}

export function DataPanel({ idPrefix, instrument, attemptCount, actions, groupResultsHref, messages, onDismissMessage }: Props) {
  const importInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (file) await actions.importFile(file);
    input.value = '';
  }

  const empty = attemptCount === 0;
  return (
    <section ref={panel} className="island-part island-controls sa-data" aria-labelledby={idPrefix}>
      <h3 id={idPrefix}>Your data</h3>
      <p>
        Your answers are kept only in this browser. Export them to keep a copy, to move them to another device, or to give to whoever is pooling your group's results
        {groupResultsHref ? (
          <>
            {' '}
            on the <a href={groupResultsHref}>group results</a> page
          </>
        ) : null}
        .
      </p>
      <div className="island-buttons">
        <button type="button" className="island-button" onClick={actions.exportJson} disabled={empty}>
          Export answers (JSON)
        </button>
        <button type="button" className="island-button" onClick={actions.exportCsv} disabled={empty}>
          Export for a spreadsheet (CSV)
        </button>
        <button type="button" className="island-button" onClick={() => actions.print(true)} disabled={empty}>
          Print results only
        </button>
        <button type="button" className="island-button island-button--quiet" onClick={() => actions.print(false)}>
          Print everything
        </button>
      </div>
      <p>
        <label htmlFor={`${idPrefix}-import`}>Import answers from an exported file (JSON)</label>
        <input ref={importInput} id={`${idPrefix}-import`} type="file" accept=".json,application/json" onChange={onFile} />
      </p>
      <p className="meta">Importing adds the file's attempts to those saved here; nothing already saved is changed.</p>
      <LocalNotice
        id={`${idPrefix}-import-message`}
        message={messages.import}
        onDismiss={() => {
          onDismissMessage('import');
          importInput.current?.focus();
        }}
      />
      <ConfirmDelete
        question={
          empty
            ? `Delete everything saved for this ${instrument.noun} in this browser, including any backups of unreadable data? This cannot be undone.`
            : `Delete ${plural(attemptCount, 'attempt')} at this ${instrument.noun} from this browser, with any backups? This cannot be undone: export first if you want to keep them.`
        }
        onConfirm={actions.deleteAll}
      />
      <LocalNotice
        id={`${idPrefix}-delete-message`}
        message={messages.delete}
        onDismiss={() => {
          onDismissMessage('delete');
          panel.current?.querySelector<HTMLButtonElement>('.island-button--danger')?.focus();
        }}
      />
    </section>
  );
}

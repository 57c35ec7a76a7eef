/**
 * Your data: export (JSON that imports again, CSV for spreadsheets), print (everything, or the
 * results only), import a file, and delete everything after a confirmation. The message after an
 * import or a delete is shown beside its control and takes focus.
 */
import { useRef, type ChangeEvent } from 'react';
import { thisInstrument, type Instrument } from '../../lib/audit/instrument.ts';
import { audit, format, formatPlural } from '../../strings/index.ts';
import { fillNodes } from '../shared/fill.tsx';
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
      <h3 id={idPrefix}>{audit.partData}</h3>
      <p>{groupResultsHref ? fillNodes(audit.dataIntroLinked, { link: <a href={groupResultsHref}>{audit.groupResultsLink}</a> }) : audit.dataIntro}</p>
      <div className="island-buttons">
        <button type="button" className="island-button" onClick={actions.exportJson} disabled={empty}>
          {audit.exportJson}
        </button>
        <button type="button" className="island-button" onClick={actions.exportCsv} disabled={empty}>
          {audit.exportCsv}
        </button>
        <button type="button" className="island-button" onClick={() => actions.print(true)} disabled={empty}>
          {audit.printResults}
        </button>
        <button type="button" className="island-button island-button--quiet" onClick={() => actions.print(false)}>
          {audit.printAll}
        </button>
      </div>
      <p>
        <label htmlFor={`${idPrefix}-import`}>{audit.importLabel}</label>
        <input ref={importInput} id={`${idPrefix}-import`} type="file" accept=".json,application/json" onChange={onFile} />
      </p>
      <p className="meta">{audit.importNote}</p>
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
            ? format(audit.deleteAllQuestionEmpty, { this: thisInstrument(instrument) })
            : formatPlural(audit.deleteAllQuestion, attemptCount, { this: thisInstrument(instrument) })
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

/**
 * The record's data: export it (JSON that imports again; CSV for a spreadsheet), save a trends
 * file for a PD lead (TrendsExport.tsx), import a file saved here or on another device (merged by
 * id, so nothing is duplicated), and delete everything after a confirmation. The message after an
 * action is shown beside its control and takes focus.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { Catalogue } from '../../lib/coaching/catalogue.ts';
import { recordsCsv } from '../../lib/coaching/csv.ts';
import { coachingFileName, jsonText, toExportFile } from '../../lib/coaching/exchange.ts';
import { mergeRecords, type MergeResult } from '../../lib/coaching/merge.ts';
import { LIMITS, type CoachingDoc } from '../../lib/coaching/schema.ts';
import { coaching as words, format, formatPlural } from '../../strings/index.ts';
import { ConfirmDelete } from '../shared/ConfirmDelete.tsx';
import { downloadText } from '../shared/download.ts';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';
import type { PersistentDoc } from '../shared/usePersistentDoc.ts';
import { RecordSaveProblem } from './SaveProblem.tsx';
import { TrendsExport } from './TrendsExport.tsx';
import { chosenFile, refused } from './chosenFile.ts';

interface Props {
  catalogue: Catalogue;
  saved: PersistentDoc<CoachingDoc>;
}

export function RecordData({ catalogue, saved }: Props) {
  const { doc } = saved;
  const local = useLocalNotices<'export' | 'import' | 'delete'>();
  const [importFailed, setImportFailed] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const empty = doc.coachees.length === 0;

  const exportRecords = (kind: 'json' | 'csv') => {
    const now = new Date();
    const file = coachingFileName(kind === 'json' ? 'records' : 'spreadsheet', kind, now);
    if (kind === 'json') downloadText(file, jsonText(toExportFile(doc, now)), 'application/json');
    else downloadText(file, recordsCsv(doc, catalogue), 'text/csv');
    local.show('export', { tone: 'success', content: format(kind === 'json' ? words.exportedRecords : words.exportedSpreadsheet, { file }) });
  };

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = await chosenFile(event, 'records');
    if (!chosen) return;
    const { name, read: parsed } = chosen;
    if (!parsed.ok) {
      setImportFailed(false);
      local.show('import', refused(name, parsed));
      return;
    }
    let merged: MergeResult | undefined;
    const ok = saved.update((current) => {
      merged = mergeRecords(current, parsed.file);
      return merged.ok ? merged.doc : current;
    });
    setImportFailed(!ok);
    if (!ok || !merged) return;
    if (!merged.ok) {
      local.show('import', { tone: 'error', content: format(merged.tooMany === 'coachees' ? words.importTooManyCoachees : words.importTooManyDropIns, { file: name, max: merged.tooMany === 'coachees' ? LIMITS.coachees : LIMITS.dropIns }) });
      return;
    }
    const { dropIns, coachees } = merged;
    local.show('import', {
      tone: 'success',
      content: format(words.imported, {
        file: name,
        dropIns: formatPlural(words.importedDropIns, dropIns.added),
        coachees: formatPlural(words.importedCoachees, coachees.added),
        updated: formatPlural(words.importedUpdated, dropIns.updated + coachees.updated),
        unchanged: formatPlural(words.importedUnchanged, dropIns.unchanged + coachees.unchanged),
      }),
    });
  }

  return (
    <section className="island-part island-controls" aria-labelledby="cr-data">
      <h2 id="cr-data">{words.dataHeading}</h2>
      <p>{words.dataIntro}</p>
      <div className="island-buttons">
        <button ref={exportButton} type="button" className="island-button" disabled={empty} onClick={() => exportRecords('json')}>
          {words.exportRecords}
        </button>
        <button type="button" className="island-button island-button--quiet" disabled={empty} onClick={() => exportRecords('csv')}>
          {words.exportSpreadsheet}
        </button>
      </div>
      <LocalNotice
        message={local.messages.export}
        onDismiss={() => {
          local.clear('export');
          exportButton.current?.focus();
        }}
      />
      <p>
        <label htmlFor="cr-import">{words.importLabel}</label>
        <span className="meta" id="cr-import-hint">
          {words.importHint}
        </span>
        <input ref={importInput} id="cr-import" type="file" accept=".json,application/json" aria-describedby="cr-import-hint" onChange={importFile} />
      </p>
      <LocalNotice
        message={local.messages.import}
        onDismiss={() => {
          local.clear('import');
          importInput.current?.focus();
        }}
      />
      {importFailed && <RecordSaveProblem failure={saved.failure} />}
      <TrendsExport doc={doc} />
      <h3>{words.deleteEverythingHeading}</h3>
      <ConfirmDelete
        question={formatPlural(words.deleteEverythingQuestion, doc.dropIns.length, { coachees: formatPlural(words.importedCoachees, doc.coachees.length) })}
        onConfirm={() => {
          saved.clear();
          local.show('delete', { tone: 'success', content: words.deletedEverything });
        }}
      />
      <LocalNotice message={local.messages.delete} onDismiss={() => local.clear('delete')} />
    </section>
  );
}

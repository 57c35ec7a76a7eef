/**
 * A change that could not be saved (storage full, or refused), said beside the control the person
 * used rather than at the top of a long form: what happened, that what they typed is still on the
 * screen, and, for the coach's record, a button that saves it as a file. That file is what the
 * record would have been with the change: an export that "Import records" takes back, so nothing
 * typed is lost. It is an alert, announced as it appears without taking focus from the field
 * being typed in; it goes once a save succeeds.
 */
import { downloadText } from '../shared/download.ts';
import type { SaveFailure } from '../../lib/storage/doc-store.ts';
import { coachingFileName, jsonText, toExportFile } from '../../lib/coaching/exchange.ts';
import type { CoachingDoc } from '../../lib/coaching/schema.ts';
import { coaching as words } from '../../strings/index.ts';

/** The message for any record; `kept` says what is still on screen. */
export function SaveProblem<Doc>({ failure, kept = words.notSavedKept, onDownload }: { failure: SaveFailure<Doc> | undefined; kept?: string; onDownload?: (unsaved: Doc) => void }) {
  if (!failure) return null;
  const { unsaved } = failure;
  return (
    <div role="alert" className="coaching-save-problem">
      <div className="island-notice island-notice--error">
        <div className="island-notice__body">
          <p>
            <strong>{words.notSavedLead}</strong> {failure.error === 'quota' ? words.notSavedFull : failure.message}
          </p>
          <p>{kept}</p>
          {unsaved !== undefined && onDownload && (
            <button type="button" className="island-button" onClick={() => onDownload(unsaved)}>
              {words.downloadUnsaved}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/** Saves the coach's record as it would have been with the change, as a file "Import records" takes back. */
export function downloadUnsavedRecord(unsaved: CoachingDoc): void {
  const now = new Date();
  downloadText(coachingFileName('unsaved', 'json', now), jsonText(toExportFile(unsaved, now)), 'application/json');
}

/** The message for the coach's record, with the download. */
export function RecordSaveProblem({ failure }: { failure: SaveFailure<CoachingDoc> | undefined }) {
  return <SaveProblem failure={failure} onDownload={downloadUnsavedRecord} />;
}

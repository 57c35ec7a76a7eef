/**
 * The trends file a coach saves for their PD lead. By default it holds no notes and no coachee
 * names: each coachee is a random code, so the same person counts once across files without being
 * named. Two ticks include notes or names; before saving, the page lists what the file will hold
 * and what it leaves out (trend-export.ts says it in words).
 */
import { useRef, useState } from 'react';
import { coachingFileName, jsonText } from '../../lib/coaching/exchange.ts';
import type { CoachingDoc } from '../../lib/coaching/schema.ts';
import { toTrendsFile, trendsFileHolds, WITHOUT_NOTES_OR_LABELS, type TrendsChoice } from '../../lib/coaching/trend-export.ts';
import { coaching as words, format } from '../../strings/index.ts';
import { downloadText } from '../shared/download.ts';
import { LocalNotice, useLocalNotices } from '../shared/LocalNotice.tsx';

export function TrendsExport({ doc }: { doc: CoachingDoc }) {
  const [choice, setChoice] = useState<TrendsChoice>(WITHOUT_NOTES_OR_LABELS);
  const local = useLocalNotices<'trends'>();
  const button = useRef<HTMLButtonElement>(null);
  const { holds, leavesOut } = trendsFileHolds(doc, choice);
  const save = () => {
    const now = new Date();
    const file = coachingFileName('trends', 'json', now);
    downloadText(file, jsonText(toTrendsFile(doc, choice, now)), 'application/json');
    local.show('trends', { tone: 'success', content: format(words.trendsSaved, { file }) });
  };
  return (
    <div className="coaching-holds">
      <h3>{words.trendsHeading}</h3>
      <p>{words.trendsIntro}</p>
      <fieldset className="coaching-choices">
        <legend>{words.trendsInclude}</legend>
        <div className="coaching-choice">
          <input type="checkbox" id="cr-include-notes" checked={choice.notes} onChange={(event) => setChoice({ ...choice, notes: event.target.checked })} />
          <label htmlFor="cr-include-notes">{words.includeNotes}</label>
        </div>
        <div className="coaching-choice">
          <input type="checkbox" id="cr-include-labels" checked={choice.labels} onChange={(event) => setChoice({ ...choice, labels: event.target.checked })} />
          <label htmlFor="cr-include-labels">{words.includeLabels}</label>
        </div>
      </fieldset>
      <div id="cr-trends-holds" aria-live="polite">
        <h4>{words.fileHolds}</h4>
        <ul>
          {holds.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {leavesOut.length > 0 && (
          <>
            <h4>{words.fileLeavesOut}</h4>
            <ul>
              {leavesOut.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="island-buttons">
        <button ref={button} type="button" className="island-button" disabled={doc.dropIns.length === 0} aria-describedby="cr-trends-holds" onClick={save}>
          {words.exportForTrends}
        </button>
      </div>
      <LocalNotice
        message={local.messages.trends}
        onDismiss={() => {
          local.clear('trends');
          button.current?.focus();
        }}
      />
    </div>
  );
}

/**
 * The attempts so far in a table, and any two chosen to compare. Loaded once there is an attempt
 * (History.tsx); the comparison itself (Comparison.tsx, with its charts and tables) is loaded only
 * when there are two attempts to compare.
 */
import { lazy, useState } from 'react';
import { byCreated, type Attempt } from '../../lib/audit/attempts.ts';
import type { Instrument } from '../../lib/audit/instrument.ts';
import { scoreAnswers } from '../../lib/audit/scoring.ts';
import { formatMean } from '../../lib/audit/format.ts';
import { TableWrap } from '../shared/TableWrap.tsx';
import { LazyPart } from '../shared/LazyPart.tsx';
import { audit, auditResults, format, formatDate } from '../../strings/index.ts';
import { attemptName } from './names.ts';

const Comparison = lazy(() => import('./Comparison.tsx'));

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempts: readonly Attempt[];
}

export default function HistoryDetail({ idPrefix, instrument, attempts }: Props) {
  const ordered = byCreated(attempts);
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const before = ordered.find((attempt) => attempt.id === beforeId) ?? ordered.at(-2);
  const after = ordered.find((attempt) => attempt.id === afterId) ?? ordered.at(-1);
  return (
    <>
      {ordered.length > 0 && (
        <TableWrap label={auditResults.attemptsTable}>
          <table className="island-table">
            <caption>{auditResults.attemptsTable}</caption>
            <thead>
              <tr>
                <th scope="col">{auditResults.columnAttempt}</th>
                <th scope="col">{auditResults.columnStarted}</th>
                <th scope="col">{auditResults.columnChanged}</th>
                <th scope="col">{auditResults.columnAnswered}</th>
                <th scope="col">{auditResults.columnOverall}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((attempt) => {
                const score = scoreAnswers(instrument, attempt.answers);
                return (
                  <tr key={attempt.id}>
                    <th scope="row">{attemptName(attempt)}</th>
                    <td>{formatDate(attempt.createdAt)}</td>
                    <td>{formatDate(attempt.updatedAt)}</td>
                    <td>{format(auditResults.answeredOf, { answered: score.answered, total: score.total })}</td>
                    <td>{formatMean(score.mean)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {ordered.length === 1 && <p>{auditResults.historyOne}</p>}
      {ordered.length >= 2 && before && after && (
        <>
          <h4>{auditResults.compareHeading}</h4>
          <div className="island-controls island-inline">
            <AttemptSelect id={`${idPrefix}-before`} label={auditResults.compareLabel} attempts={ordered} value={before.id} onChange={setBeforeId} />
            <AttemptSelect id={`${idPrefix}-after`} label={auditResults.compareWith} attempts={ordered} value={after.id} onChange={setAfterId} />
          </div>
          {before.id === after.id ? (
            <p>{auditResults.compareSame}</p>
          ) : (
            <LazyPart failed={audit.partNotLoaded}>
              <Comparison idPrefix={idPrefix} instrument={instrument} before={before} after={after} />
            </LazyPart>
          )}
        </>
      )}
    </>
  );
}

/** A labelled choice of one attempt. */
function AttemptSelect({ id, label, attempts, value, onChange }: { id: string; label: string; attempts: readonly Attempt[]; value: string; onChange: (id: string) => void }) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {attempts.map((attempt) => (
          <option key={attempt.id} value={attempt.id}>
            {attemptName(attempt)}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The attempts so far, and any two compared by section and by item with the biggest changes named.
 */
import { useState } from 'react';
import { byCreated, type Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { compareAnswers, type ItemChange } from '../../lib/audit/compare.ts';
import { scoreAnswers } from '../../lib/audit/scoring.ts';
import { formatChange, formatDate, formatMean } from '../../lib/audit/format.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { ChangeTable } from '../shared/ChangeTable.tsx';
import { TableWrap } from '../shared/TableWrap.tsx';

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempts: readonly Attempt[];
}

const nameOf = (attempt: Attempt) => attempt.label || `Attempt started ${formatDate(attempt.createdAt)}`;

export function History({ idPrefix, instrument, attempts }: Props) {
  const ordered = byCreated(attempts);
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const before = ordered.find((attempt) => attempt.id === beforeId) ?? ordered.at(-2);
  const after = ordered.find((attempt) => attempt.id === afterId) ?? ordered.at(-1);
  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h3 id={idPrefix}>History and compare</h3>
      {ordered.length === 0 ? (
        <p>No attempts yet. Your attempts are listed here as you make them.</p>
      ) : (
        <TableWrap label="Your attempts, oldest first">
          <table className="island-table">
            <caption>Your attempts, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Attempt</th>
                <th scope="col">Started</th>
                <th scope="col">Last changed</th>
                <th scope="col">Answered</th>
                <th scope="col">Overall mean</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((attempt) => {
                const score = scoreAnswers(instrument, attempt.answers);
                return (
                  <tr key={attempt.id}>
                    <th scope="row">{nameOf(attempt)}</th>
                    <td>{formatDate(attempt.createdAt)}</td>
                    <td>{formatDate(attempt.updatedAt)}</td>
                    <td>
                      {score.answered} of {score.total}
                    </td>
                    <td>{formatMean(score.mean)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {ordered.length === 1 && <p>Start a second attempt, at the end of the year say, to compare the two here.</p>}
      {ordered.length >= 2 && before && after && (
        <>
          <h4>Compare two attempts</h4>
          <div className="island-controls island-inline">
            <AttemptSelect id={`${idPrefix}-before`} label="Compare" attempts={ordered} value={before.id} onChange={setBeforeId} />
            <AttemptSelect id={`${idPrefix}-after`} label="with" attempts={ordered} value={after.id} onChange={setAfterId} />
          </div>
          {before.id === after.id ? <p>Choose two different attempts to compare.</p> : <Comparison idPrefix={idPrefix} instrument={instrument} before={before} after={after} />}
        </>
      )}
    </section>
  );
}

function changeSentence(item: ItemChange): string {
  return `${item.text} (${item.sectionTitle}): ${item.before} to ${item.after}, ${formatChange(item.change)}`;
}

/** A labelled choice of one attempt. */
function AttemptSelect({ id, label, attempts, value, onChange }: { id: string; label: string; attempts: readonly Attempt[]; value: string; onChange: (id: string) => void }) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {attempts.map((attempt) => (
          <option key={attempt.id} value={attempt.id}>
            {nameOf(attempt)}
          </option>
        ))}
      </select>
    </p>
  );
}

function Comparison({ idPrefix, instrument, before, after }: { idPrefix: string; instrument: Instrument; before: Attempt; after: Attempt }) {
  const comparison = compareAnswers(instrument, before.answers, after.answers);
  const { min, max } = scaleRange(instrument);
  const beforeName = nameOf(before);
  const afterName = nameOf(after);
  const compared = comparison.items.filter((item) => item.change !== null).length;
  if (compared === 0) return <p>No item is answered in both attempts yet, so there is nothing to compare.</p>;
  const bySection = instrument.sections.length > 1;
  return (
    <div className="sa-compare">
      <p>
        From “{beforeName}” to “{afterName}”: {compared} of {comparison.items.length} items are answered in both and compared. Section means use only those items, so like is compared with like.
      </p>
      <h5 className="island-h5">Biggest changes</h5>
      <ul>
        {comparison.rises.length === 0 && <li>No item has risen.</li>}
        {comparison.rises.map((item) => (
          <li key={item.id}>Rise: {changeSentence(item)}</li>
        ))}
        {comparison.falls.length === 0 && <li>No item has fallen.</li>}
        {comparison.falls.map((item) => (
          <li key={item.id}>Fall: {changeSentence(item)}</li>
        ))}
      </ul>
      {bySection && (
        <BarChart
          id={`${idPrefix}-compare-chart`}
          caption={`Mean by section: ${beforeName} and ${afterName}`}
          series={[beforeName, afterName]}
          rows={comparison.sections.map((section) => ({ label: section.title, values: [section.before, section.after] }))}
          min={min}
          max={max}
          extra={{ header: 'Change', cells: comparison.sections.map((section) => formatChange(section.change)) }}
        />
      )}
      <details className="sa-details" open={!bySection}>
        <summary>Every item compared</summary>
        <ChangeTable
          caption={`Each item in “${beforeName}” and “${afterName}”`}
          first={beforeName}
          second={afterName}
          rows={comparison.items.map((item) => ({ id: item.id, label: item.text, ...(bySection ? { group: item.sectionTitle } : {}), first: String(item.before ?? 'not answered'), second: String(item.after ?? 'not answered'), change: item.change }))}
        />
      </details>
    </div>
  );
}

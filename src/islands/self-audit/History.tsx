/**
 * The attempts so far, and any two compared by section and by item with the biggest changes named.
 */
import { useState } from 'react';
import { byCreated, type Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { compareAnswers, type ItemChange } from '../../lib/audit/compare.ts';
import { scoreAnswers } from '../../lib/audit/scoring.ts';
import { formatChange, formatMean } from '../../lib/audit/format.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { BiggestChanges } from '../shared/BiggestChanges.tsx';
import { ChangeTable } from '../shared/ChangeTable.tsx';
import { TableWrap } from '../shared/TableWrap.tsx';
import { audit, format, formatDate, formatNumber, shared } from '../../strings/index.ts';

interface Props {
  idPrefix: string;
  instrument: Instrument;
  attempts: readonly Attempt[];
}

const nameOf = (attempt: Attempt) => attempt.label || format(audit.attemptStartedOn, { date: formatDate(attempt.createdAt) });

export function History({ idPrefix, instrument, attempts }: Props) {
  const ordered = byCreated(attempts);
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const before = ordered.find((attempt) => attempt.id === beforeId) ?? ordered.at(-2);
  const after = ordered.find((attempt) => attempt.id === afterId) ?? ordered.at(-1);
  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h3 id={idPrefix}>{audit.partHistory}</h3>
      {ordered.length === 0 ? (
        <p>{audit.historyNone}</p>
      ) : (
        <TableWrap label={audit.attemptsTable}>
          <table className="island-table">
            <caption>{audit.attemptsTable}</caption>
            <thead>
              <tr>
                <th scope="col">{audit.columnAttempt}</th>
                <th scope="col">{audit.columnStarted}</th>
                <th scope="col">{audit.columnChanged}</th>
                <th scope="col">{audit.columnAnswered}</th>
                <th scope="col">{audit.columnOverall}</th>
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
                    <td>{format(audit.answeredOf, { answered: score.answered, total: score.total })}</td>
                    <td>{formatMean(score.mean)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {ordered.length === 1 && <p>{audit.historyOne}</p>}
      {ordered.length >= 2 && before && after && (
        <>
          <h4>{audit.compareHeading}</h4>
          <div className="island-controls island-inline">
            <AttemptSelect id={`${idPrefix}-before`} label={audit.compareLabel} attempts={ordered} value={before.id} onChange={setBeforeId} />
            <AttemptSelect id={`${idPrefix}-after`} label={audit.compareWith} attempts={ordered} value={after.id} onChange={setAfterId} />
          </div>
          {before.id === after.id ? <p>{audit.compareSame}</p> : <Comparison idPrefix={idPrefix} instrument={instrument} before={before} after={after} />}
        </>
      )}
    </section>
  );
}

function changeSentence(item: ItemChange): string {
  return format(audit.changeSentence, { item: item.text, section: item.sectionTitle, before: item.before ?? '', after: item.after ?? '', change: formatChange(item.change) });
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
  if (compared === 0) return <p>{audit.compareNothing}</p>;
  const bySection = instrument.sections.length > 1;
  return (
    <div className="sa-compare">
      <p>
        {format(audit.compareIntro, { before: beforeName, after: afterName, compared, total: comparison.items.length })}
      </p>
      <h5 className="island-h5">{audit.biggestChanges}</h5>
      <BiggestChanges rises={comparison.rises} falls={comparison.falls} sentence={changeSentence} words={audit} />
      {bySection && (
        <BarChart
          id={`${idPrefix}-compare-chart`}
          caption={format(audit.compareChart, { before: beforeName, after: afterName })}
          series={[beforeName, afterName]}
          rows={comparison.sections.map((section) => ({ label: section.title, values: [section.before, section.after] }))}
          min={min}
          max={max}
          extra={{ header: shared.changeChange, cells: comparison.sections.map((section) => formatChange(section.change)) }}
        />
      )}
      <details className="sa-details" open={!bySection}>
        <summary>{audit.everyItemCompared}</summary>
        <ChangeTable
          caption={format(audit.compareTable, { before: beforeName, after: afterName })}
          first={beforeName}
          second={afterName}
          rows={comparison.items.map((item) => ({ id: item.id, label: item.text, ...(bySection ? { group: item.sectionTitle } : {}), first: item.before === null ? audit.notAnswered : formatNumber(item.before), second: item.after === null ? audit.notAnswered : formatNumber(item.after), change: item.change }))}
        />
      </details>
    </div>
  );
}

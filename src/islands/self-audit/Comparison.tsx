/**
 * Two attempts compared: how many items could be compared, the biggest rises and falls (with any
 * more that changed as much), the section means side by side as a chart with the change, and every
 * item in a table. Loaded only once two attempts are there to compare (History.tsx), so a first
 * visit to an audit does not load the charts and tables.
 */
import type { Attempt } from '../../lib/audit/attempts.ts';
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { compareAnswers, type ItemChange } from '../../lib/audit/compare.ts';
import { formatChange } from '../../lib/audit/format.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { BiggestChanges } from '../shared/BiggestChanges.tsx';
import { ChangeTable } from '../shared/ChangeTable.tsx';
import { auditResults, format, formatNumber, shared } from '../../strings/index.ts';
import { attemptName } from './names.ts';

function changeSentence(item: ItemChange): string {
  return format(auditResults.changeSentence, { item: item.text, section: item.sectionTitle, before: item.before ?? '', after: item.after ?? '', change: formatChange(item.change) });
}

export default function Comparison({ idPrefix, instrument, before, after }: { idPrefix: string; instrument: Instrument; before: Attempt; after: Attempt }) {
  const comparison = compareAnswers(instrument, before.answers, after.answers);
  const { min, max } = scaleRange(instrument);
  const beforeName = attemptName(before);
  const afterName = attemptName(after);
  const compared = comparison.items.filter((item) => item.change !== null).length;
  if (compared === 0) return <p>{auditResults.compareNothing}</p>;
  const bySection = instrument.sections.length > 1;
  return (
    <div className="sa-compare">
      <p>
        {format(auditResults.compareIntro, { before: beforeName, after: afterName, compared, total: comparison.items.length })}
      </p>
      <h5 className="island-h5">{auditResults.biggestChanges}</h5>
      <BiggestChanges rises={comparison.rises} moreRises={comparison.moreRises} falls={comparison.falls} moreFalls={comparison.moreFalls} sentence={changeSentence} words={auditResults} />
      {bySection && (
        <BarChart
          id={`${idPrefix}-compare-chart`}
          caption={format(auditResults.compareChart, { before: beforeName, after: afterName })}
          series={[beforeName, afterName]}
          rows={comparison.sections.map((section) => ({ label: section.title, values: [section.before, section.after] }))}
          min={min}
          max={max}
          extra={{ header: shared.changeChange, cells: comparison.sections.map((section) => formatChange(section.change)) }}
        />
      )}
      <details className="sa-details" open={!bySection}>
        <summary>{auditResults.everyItemCompared}</summary>
        <ChangeTable
          caption={format(auditResults.compareTable, { before: beforeName, after: afterName })}
          first={beforeName}
          second={afterName}
          rows={comparison.items.map((item) => ({ id: item.id, label: item.text, ...(bySection ? { group: item.sectionTitle } : {}), first: item.before === null ? auditResults.notAnswered : formatNumber(item.before), second: item.after === null ? auditResults.notAnswered : formatNumber(item.after), change: item.change }))}
        />
      </details>
    </div>
  );
}

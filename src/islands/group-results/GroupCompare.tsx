/**
 * Two groups compared (September and July, say): the biggest rises and falls, the means side by
 * side as a chart with the change, and every item compared. Changes are worked out from the means
 * as shown, so they match what is read.
 */
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { compareGroups } from '../../lib/audit/group.ts';
import { formatChange, formatMean } from '../../lib/audit/format.ts';
import { format, formatPlural, groupResults as words, shared } from '../../strings/index.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { BiggestChanges } from '../shared/BiggestChanges.tsx';
import { ChangeTable } from '../shared/ChangeTable.tsx';
import type { Group } from './group.ts';

export function GroupCompare({ instrument, first, second }: { instrument: Instrument; first: Group; second: Group }) {
  const comparison = compareGroups(first.summary, second.summary);
  const { min, max } = scaleRange(instrument);
  const a = first.name || words.firstGroup;
  const b = second.name || words.secondGroup;
  const bySection = instrument.sections.length > 1;
  const sentence = (item: (typeof comparison.items)[number]) =>
    format(words.changeSentence, { item: item.title, section: item.sectionTitle, first: formatMean(item.first), second: formatMean(item.second), change: formatChange(item.change) });
  return (
    <section className="island-part" aria-labelledby="gr-compare">
      <h2 id="gr-compare">
        {format(words.compareHeading, { first: a, second: b })}
      </h2>
      <p>
        {format(words.compareIntro, { first: a, second: b, firstPeople: formatPlural(words.people, first.summary.people), secondPeople: formatPlural(words.people, second.summary.people) })}
      </p>
      <h3>{words.biggestChanges}</h3>
      <BiggestChanges rises={comparison.rises} falls={comparison.falls} sentence={sentence} words={words} />
      <BarChart
        id="gr-compare-chart"
        caption={format(bySection ? words.compareChartBySection : words.compareChartByCriterion, { first: a, second: b })}
        series={[a, b]}
        rows={(bySection ? comparison.sections : comparison.items).map((row) => ({ label: row.title, values: [row.first, row.second] }))}
        min={min}
        max={max}
        rowHeader={bySection ? undefined : words.criterion}
        extra={{ header: shared.changeChange, cells: (bySection ? comparison.sections : comparison.items).map((row) => formatChange(row.change)) }}
      />
      {bySection && (
        <details className="sa-details">
          <summary>{words.everyItemCompared}</summary>
          <ChangeTable
            caption={format(words.compareTable, { first: a, second: b })}
            first={a}
            second={b}
            rows={comparison.items.map((item) => ({ id: item.id, label: item.title, group: item.sectionTitle, first: formatMean(item.first), second: formatMean(item.second), change: item.change }))}
          />
        </details>
      )}
    </section>
  );
}

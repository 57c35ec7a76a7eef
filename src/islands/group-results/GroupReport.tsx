/**
 * One group's results: how many people count, the means by section (or by criterion) as a chart
 * with its table, the lowest items as common development needs with what develops them, and the
 * spread of answers to every item.
 */
import { scaleRange, type Instrument } from '../../lib/audit/instrument.ts';
import { formatMean, formatSpread } from '../../lib/audit/format.ts';
import { format, formatNumber, formatPlural, groupResults as words } from '../../strings/index.ts';
import { BarChart } from '../shared/BarChart.tsx';
import { DevelopLinks } from '../shared/DevelopLinks.tsx';
import { TableWrap } from '../shared/TableWrap.tsx';
import type { Group } from './group.ts';

export function GroupReport({ idPrefix, instrument, group }: { idPrefix: string; instrument: Instrument; group: Group }) {
  const { summary } = group;
  const { min, max } = scaleRange(instrument);
  const bySection = instrument.sections.length > 1;
  const name = group.name || words.thisGroup;
  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h2 id={idPrefix}>{format(words.resultsFor, { group: name })}</h2>
      <p>
        {formatPlural(group.choice === 'latest' ? words.peopleLatest : words.peopleFirst, summary.people)}
      </p>
      <BarChart
        id={`${idPrefix}-chart`}
        caption={format(bySection ? words.chartBySection : words.chartByCriterion, { group: name })}
        series={[name]}
        rows={bySection ? summary.sections.map((section) => ({ label: section.title, values: [section.mean] })) : summary.items.map((item) => ({ label: item.text, values: [item.mean] }))}
        min={min}
        max={max}
        rowHeader={bySection ? undefined : words.criterion}
        extra={
          bySection
            ? { header: words.peopleAnswered, cells: summary.sections.map((section) => formatNumber(section.people)) }
            : { header: words.answers, cells: summary.items.map((item) => formatNumber(item.n)) }
        }
      />
      <h3>{words.needsHeading}</h3>
      <p>{words.needsIntro}</p>
      <ol>
        {summary.lowest.map((item) => (
          <li key={item.id}>
            {item.text} <span className="meta">{formatPlural(words.needDetail, item.n, { section: item.sectionTitle, mean: formatMean(item.mean) })}</span> <DevelopLinks lead={words.developWith} links={item.develop} />
          </li>
        ))}
      </ol>
      <h3>{words.spreadHeading}</h3>
      <TableWrap wide label={format(words.spreadTable, { group: name })}>
        <table className="island-table">
          <caption>{format(words.spreadCaption, { group: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{words.item}</th>
              <th scope="col">{words.mean}</th>
              <th scope="col">{words.answers}</th>
              {instrument.scale.map((point) => (
                <th scope="col" key={point.value}>
                  {format(words.scalePoint, { value: point.value, label: point.label })}
                </th>
              ))}
              <th scope="col">{words.standardDeviation}</th>
            </tr>
          </thead>
          {instrument.sections.map((section) => (
            // One body per section, headed by the section's name, so the items read in their sections.
            <tbody key={section.id}>
              {bySection && (
                <tr className="gr-section-row">
                  <th scope="rowgroup" colSpan={instrument.scale.length + 4}>
                    {section.title}
                  </th>
                </tr>
              )}
              {summary.items
                .filter((item) => item.sectionId === section.id)
                .map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.text}</th>
                    <td>{formatMean(item.mean)}</td>
                    <td>{formatNumber(item.n)}</td>
                    {item.counts.map((count) => (
                      <td key={count.value}>{formatNumber(count.count)}</td>
                    ))}
                    <td>{formatSpread(item.sd)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </TableWrap>
    </section>
  );
}

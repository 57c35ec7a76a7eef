/**
 * A horizontal bar chart with the same figures in a table beneath it. One or two series
 * (such as "September" and "July"): the second is hatched as well as coloured and every bar is
 * labelled with its value, so nothing depends on telling colours apart. A missing value is
 * written "no answers" instead of being drawn as zero.
 */
import { formatMean } from '../../lib/audit/format.ts';
import { TableWrap } from './TableWrap.tsx';
import { format, formatNumber, shared } from '../../strings/index.ts';

export interface ChartRow {
  label: string;
  values: (number | null)[];
}

interface Props {
  /** Unique prefix for ids inside the chart. */
  id: string;
  caption: string;
  /** Names of the series, one per value in each row. */
  series: string[];
  rows: ChartRow[];
  /** The ends of the axis: the scale's lowest and highest values. */
  min: number;
  max: number;
  /** Extra columns for the table, such as counts: a header and a cell per row. */
  extra?: { header: string; cells: string[] };
  /** What the value column means, like "Mean". */
  valueName?: string;
  /** The same in the chart's description, like "means" ("Bar chart of means…"). */
  valuesName?: string;
  /** The header of the table's first column, like "Section". */
  rowHeader?: string;
}

/** Where a value sits along the axis, as a percentage of its length. */
function at(value: number, min: number, max: number): string {
  const span = max - min || 1;
  return `${Math.min(100, Math.max(0, ((value - min) / span) * 100))}%`;
}

/**
 * The chart is drawn in HTML and CSS, not a scaled SVG, so its labels stay at the page's text
 * size on a phone: each row's label sits beside its bars on a wide screen and above them on a
 * narrow one, and long labels wrap instead of being cut short.
 */
export function BarChart({ id, caption, series, rows, min, max, extra, valueName = shared.mean, valuesName = shared.means, rowHeader = shared.section }: Props) {
  const ticks: number[] = [];
  for (let value = min; value <= max; value++) ticks.push(value);
  const describe =
    series.length > 1
      ? format(shared.chartDescribeTwo, { caption, first: series.slice(0, -1).join(shared.linkSeparator), second: series.at(-1)!, values: valuesName, min, max })
      : format(shared.chartDescribe, { caption, values: valuesName, min, max });
  const grid = (
    <span className="island-chart__grid" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick} style={{ left: at(tick, min, max) }} />
      ))}
    </span>
  );
  return (
    <figure className="island-chart" id={id}>
      <figcaption className="island-chart__caption">{caption}</figcaption>
      {series.length > 1 && (
        <ul className="island-chart__legend" aria-hidden="true">
          {series.map((name, index) => (
            <li key={name}>
              <span className={`island-chart__swatch island-chart__bar--${index}`} /> {name}
            </li>
          ))}
        </ul>
      )}
      <div className="island-chart__plot" role="img" aria-label={describe}>
        {rows.map((row, rowIndex) => (
          <div className="island-chart__row" key={`${row.label}-${rowIndex}`}>
            <span className="island-chart__label">{row.label}</span>
            <span className="island-chart__track">
              {grid}
              {row.values.map((value, seriesIndex) =>
                value === null ? (
                  <span key={seriesIndex} className="island-chart__line">
                    <span className="island-chart__none">{shared.noAnswers}</span>
                  </span>
                ) : (
                  <span key={seriesIndex} className="island-chart__line">
                    <span className={`island-chart__bar island-chart__bar--${seriesIndex}`} style={{ width: at(value, min, max) }} />
                    <span className="island-chart__value" style={{ left: at(value, min, max) }}>
                      {formatMean(value)}
                    </span>
                  </span>
                ),
              )}
            </span>
          </div>
        ))}
        <div className="island-chart__row island-chart__row--axis" aria-hidden="true">
          <span className="island-chart__label" />
          <span className="island-chart__axis">
            {ticks.map((tick) => (
              <span key={tick} style={{ left: at(tick, min, max) }}>
                {formatNumber(tick)}
              </span>
            ))}
          </span>
        </div>
      </div>
      <TableWrap label={format(shared.chartFigures, { caption })}>
        <table className="island-table">
          <caption className="visually-hidden">{format(shared.chartFiguresCaption, { caption })}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((name) => (
                <th scope="col" key={name}>
                  {series.length > 1 ? format(shared.chartSeriesColumn, { value: valueName, series: name }) : valueName}
                </th>
              ))}
              {extra && <th scope="col">{extra.header}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={`${row.label}-${rowIndex}`}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={index}>{value === null ? shared.noAnswers : formatMean(value)}</td>
                ))}
                {extra && <td>{extra.cells[rowIndex]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}

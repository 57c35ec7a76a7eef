/**
 * A horizontal bar chart with the same figures in a table beneath it. One or two series
 * (such as "September" and "July"): the second is hatched as well as coloured and every bar is
 * labelled with its value, so nothing depends on telling colours apart. A missing value is
 * written "no answers" instead of being drawn as zero.
 */
import { formatMean } from '../../lib/audit/format.ts';
import { TableWrap } from './TableWrap.tsx';

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
export function BarChart({ id, caption, series, rows, min, max, extra, valueName = 'Mean', rowHeader = 'Section' }: Props) {
  const ticks: number[] = [];
  for (let value = min; value <= max; value++) ticks.push(value);
  const describe = `${caption}. Bar chart of ${series.length > 1 ? `${series.join(' and ')} ` : ''}${valueName.toLowerCase()}s on a scale from ${min} to ${max}; the table after it gives the same figures.`;
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
                    <span className="island-chart__none">no answers</span>
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
                {tick}
              </span>
            ))}
          </span>
        </div>
      </div>
      <TableWrap label={`${caption}: the figures`}>
        <table className="island-table">
          <caption className="visually-hidden">{caption}: the figures in the chart</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((name) => (
                <th scope="col" key={name}>
                  {series.length > 1 ? `${valueName}: ${name}` : valueName}
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
                  <td key={index}>{value === null ? 'no answers' : formatMean(value)}</td>
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

/**
 * A horizontal bar chart in SVG with the same figures in a table beneath it. One or two series
 * (such as "September" and "July"): the second is hatched as well as coloured and every bar is
 * labelled with its value, so nothing depends on telling colours apart. A missing value is
 * written "no answers" instead of being drawn as zero.
 */
import { formatMean } from '../../lib/audit/format.ts';

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

const WIDTH = 640;
const LABEL_WIDTH = 230;
const BAR_LEFT = LABEL_WIDTH + 10;
const BAR_RIGHT = WIDTH - 60;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const ROW_GAP = 14;
const AXIS_HEIGHT = 28;
const CHARS_PER_LINE = 32;

/** Splits a label into at most two lines for the SVG, ending the second with "…" if it runs over. */
function wrap(label: string): string[] {
  if (label.length <= CHARS_PER_LINE) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= CHARS_PER_LINE) first = `${first} ${words.shift()}`.trim();
  let second = words.join(' ');
  if (second.length > CHARS_PER_LINE) second = `${second.slice(0, CHARS_PER_LINE - 1).trimEnd()}…`;
  return first ? [first, second] : [label.slice(0, CHARS_PER_LINE - 1) + '…'];
}

export function BarChart({ id, caption, series, rows, min, max, extra, valueName = 'Mean', rowHeader = 'Section' }: Props) {
  const rowHeight = series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
  const height = rows.length * rowHeight + AXIS_HEIGHT;
  const span = max - min || 1;
  const x = (value: number) => BAR_LEFT + ((value - min) / span) * (BAR_RIGHT - BAR_LEFT);
  const ticks: number[] = [];
  for (let value = min; value <= max; value++) ticks.push(value);
  const patternId = `${id}-hatch`;
  const describe = `${caption}. Bar chart of ${series.length > 1 ? `${series.join(' and ')} ` : ''}${valueName.toLowerCase()}s on a scale from ${min} to ${max}; the table after it gives the same figures.`;
  return (
    <figure className="island-chart">
      <figcaption className="island-chart__caption">{caption}</figcaption>
      {series.length > 1 && (
        <ul className="island-chart__legend" aria-hidden="true">
          {series.map((name, index) => (
            <li key={name}>
              <svg width="18" height="12" focusable="false">
                <rect width="18" height="12" className={`island-chart__bar island-chart__bar--${index}`} fill={index === 1 ? `url(#${patternId})` : undefined} />
              </svg>{' '}
              {name}
            </li>
          ))}
        </ul>
      )}
      <svg className="island-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={describe} focusable="false">
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="island-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="island-chart__hatch-line" strokeWidth="3" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - AXIS_HEIGHT + 4} className="island-chart__grid" />
            <text x={x(tick)} y={height - 8} textAnchor="middle" className="island-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => {
          const top = rowIndex * rowHeight;
          const lines = wrap(row.label);
          const middle = top + (rowHeight - ROW_GAP) / 2;
          return (
            <g key={`${row.label}-${rowIndex}`}>
              <text x={LABEL_WIDTH} y={middle + 4 - (lines.length - 1) * 7} textAnchor="end" className="island-chart__label">
                {lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={LABEL_WIDTH} dy={lineIndex === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              {row.values.map((value, seriesIndex) => {
                const y = top + seriesIndex * (BAR_HEIGHT + BAR_GAP);
                if (value === null) {
                  return (
                    <text key={seriesIndex} x={BAR_LEFT + 4} y={y + BAR_HEIGHT - 4} className="island-chart__none">
                      no answers
                    </text>
                  );
                }
                const end = x(value);
                return (
                  <g key={seriesIndex}>
                    <rect
                      x={BAR_LEFT}
                      y={y}
                      width={Math.max(2, end - BAR_LEFT)}
                      height={BAR_HEIGHT}
                      className={`island-chart__bar island-chart__bar--${seriesIndex}`}
                      fill={seriesIndex === 1 ? `url(#${patternId})` : undefined}
                    />
                    <text x={end + 6} y={y + BAR_HEIGHT - 4} className="island-chart__value">
                      {formatMean(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <div className="table-wrap">
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
      </div>
    </figure>
  );
}

/**
 * A table comparing each row in two columns (two attempts, or two groups), with the change
 * between them. Used by the self-audit's compare view and by group results.
 *
 * Props:
 * - caption: what the table compares.
 * - first, second: the two column headings, like "September" and "July".
 * - rows: each with a stable id, its label, the two values as shown, and the change (null where
 *   one side has no value); with `group` (a section's title), rows are headed by their section.
 */
import { Fragment } from 'react';
import { formatChange } from '../../lib/audit/format.ts';
import { TableWrap } from './TableWrap.tsx';
import { shared } from '../../strings/index.ts';

export interface ChangeRow {
  id: string;
  label: string;
  /** The section the row belongs to: consecutive rows with the same group sit under one heading. */
  group?: string;
  first: string;
  second: string;
  change: number | null;
}

interface Props {
  caption: string;
  first: string;
  second: string;
  rows: readonly ChangeRow[];
}

export function ChangeTable({ caption, first, second, rows }: Props) {
  return (
    <TableWrap label={caption}>
      <table className="island-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{shared.changeItem}</th>
            <th scope="col">{first}</th>
            <th scope="col">{second}</th>
            <th scope="col">{shared.changeChange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <Fragment key={row.id}>
              {row.group !== undefined && row.group !== rows[index - 1]?.group && (
                <tr className="gr-section-row">
                  <th scope="colgroup" colSpan={4}>
                    {row.group}
                  </th>
                </tr>
              )}
              <tr>
                <th scope="row">{row.label}</th>
                <td>{row.first}</td>
                <td>{row.second}</td>
                <td>{formatChange(row.change)}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * A table comparing each row in two columns (two attempts, or two groups), with the change
 * between them. Used by the self-audit's compare view and by group results.
 *
 * Props:
 * - caption: what the table compares.
 * - first, second: the two column headings, like "September" and "July".
 * - rows: each with a stable id, its label, the two values as shown, and the change (null where
 *   one side has no value).
 */
import { formatChange } from '../../lib/audit/format.ts';
import { TableWrap } from './TableWrap.tsx';

export interface ChangeRow {
  id: string;
  label: string;
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
            <th scope="col">Item</th>
            <th scope="col">{first}</th>
            <th scope="col">{second}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{row.first}</td>
              <td>{row.second}</td>
              <td>{formatChange(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

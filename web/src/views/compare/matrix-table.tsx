import { Link } from 'react-router';
import { StatusBadge } from '../../components/badges';
import type { MatrixFragment } from '../../generated/graphql';

type Row = MatrixFragment['rows'][number];
type Cell = Row['cells'][number];

export interface SelectedCell {
  row: Row;
  cell: Cell;
  controllerName: string;
}

interface MatrixTableProps {
  matrix: MatrixFragment;
  columns: readonly { id: string; slug: string; name: string }[];
  transparency: boolean;
  selected: SelectedCell | null;
  onSelect(cell: SelectedCell): void;
}

/** Terms down, controllers across; a cell with evidence is a button that opens it. */
export function MatrixTable({ matrix, columns, transparency, selected, onSelect }: MatrixTableProps) {
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Comparison matrix">
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Term
            </th>
            {columns.map((column) => (
              <th scope="col" key={column.id}>
                <Link to={`/controllers/${column.slug}`}>{column.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => {
            const present = row.cells.filter((cell) => cell.present).length;
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  <span className="muted small">
                    {' '}
                    {present}/{row.cells.length}
                  </span>
                </th>
                {row.cells.map((cell, index) => {
                  const name = columns[index]?.name ?? cell.controller.slug;
                  const isSelected =
                    selected?.row.key === row.key && selected.cell.controller.id === cell.controller.id;
                  return (
                    <td key={cell.controller.id} className={cell.present ? 'cell-present' : 'cell-absent'}>
                      <CellContent
                        cell={cell}
                        transparency={transparency}
                        selected={isSelected}
                        label={`${row.label}, ${name}`}
                        onOpen={() => onSelect({ row, cell, controllerName: name })}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface CellContentProps {
  cell: Cell;
  transparency: boolean;
  selected: boolean;
  label: string;
  onOpen(): void;
}

function CellContent({ cell, transparency, selected, label, onOpen }: CellContentProps) {
  const content = (
    <>
      {transparency && cell.status ? (
        <StatusBadge status={cell.status} />
      ) : (
        <span className={cell.present ? 'mark-yes' : 'mark-no'} aria-hidden="true">
          {cell.present ? '✓' : '–'}
        </span>
      )}
      {cell.value && !transparency && <span className="cell-value">{cell.value}</span>}
      <span className="visually-hidden">{cell.present ? 'yes' : 'no'}</span>
    </>
  );
  if (cell.evidence.length === 0) return <span className="cell-static">{content}</span>;
  return (
    <button
      type="button"
      className={`cell-button${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      aria-label={`${label}: ${cell.present ? 'yes' : 'no'}${cell.status ? `, ${cell.status.toLowerCase()}` : ''}. Show evidence`}
      onClick={onOpen}
      title={cell.value ?? undefined}
    >
      {content}
    </button>
  );
}

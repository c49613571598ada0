import { Link } from 'react-router';
import { StatusBadge } from '../../components/badges';
import type { SelectedCell } from './matrix-table';

/** The evidence of one comparison cell: its value and every quote, each linking to its place in the policy. */
export function CellEvidence({ cell: selected, onClose }: { cell: SelectedCell; onClose(): void }) {
  const { row, cell, controllerName } = selected;
  return (
    <aside className="cell-evidence" aria-label={`Evidence: ${row.label}, ${controllerName}`}>
      <div className="cell-evidence-head">
        <h3>
          {row.label} <span className="muted">· {controllerName}</span>
        </h3>
        {cell.status && <StatusBadge status={cell.status} />}
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the evidence">
          ×
        </button>
      </div>
      {cell.value && <p>{cell.value}</p>}
      <ol className="quote-list">
        {cell.evidence.map((evidence) => (
          <li key={evidence.id}>
            <blockquote>{evidence.quote}</blockquote>
            <Link
              to={`/controllers/${evidence.document.slug}#text-${evidence.start}-${evidence.end}`}
              className="small"
            >
              Open in the policy
            </Link>
          </li>
        ))}
      </ol>
    </aside>
  );
}

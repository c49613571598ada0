import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { CompareDocument, type MatrixFragment } from '../../generated/graphql';
import { ControllerPicker } from './controller-picker';
import { MatrixTable, type SelectedCell } from './matrix-table';
import { CellEvidence } from './cell-evidence';

export const MAX_COMPARED = 20;

const MATRICES = [
  { key: 'rights', label: 'Rights' },
  { key: 'legalBases', label: 'Lawful bases' },
  { key: 'dataCategories', label: 'Personal data' },
  { key: 'processors', label: 'Vendors' },
  { key: 'transparency', label: 'Transparency' },
] as const;
type MatrixKey = (typeof MATRICES)[number]['key'];

function isMatrixKey(value: string | null): value is MatrixKey {
  return MATRICES.some((matrix) => matrix.key === value);
}

/** Up to 20 controllers side by side, one matrix at a time; `/compare?c=cluma,cloudar&m=rights`. */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const slugs = [...new Set((params.get('c') ?? '').split(',').filter(Boolean))].slice(0, MAX_COMPARED);
  const matrix: MatrixKey = isMatrixKey(params.get('m')) ? (params.get('m') as MatrixKey) : 'rights';
  const [cell, setCell] = useState<SelectedCell | null>(null);
  const update = (next: { slugs?: string[]; matrix?: MatrixKey }) => {
    const updated = new URLSearchParams(params);
    const nextSlugs = next.slugs ?? slugs;
    if (nextSlugs.length) updated.set('c', nextSlugs.join(','));
    else updated.delete('c');
    updated.set('m', next.matrix ?? matrix);
    setCell(null);
    setParams(updated, { replace: !!next.slugs });
  };
  const { data, previousData, loading, error } = useQuery(CompareDocument, {
    variables: {
      controllers: slugs,
      rights: matrix === 'rights',
      legalBases: matrix === 'legalBases',
      dataCategories: matrix === 'dataCategories',
      processors: matrix === 'processors',
      transparency: matrix === 'transparency',
    },
    skip: slugs.length === 0,
  });
  const comparison = (data ?? previousData)?.compare;
  const table: MatrixFragment | undefined = comparison?.[matrix] ?? undefined;

  return (
    <div className="page">
      <title>Compare · Policy Graph</title>
      <div className="page-heading">
        <h1>Compare controllers</h1>
        <p className="muted">
          Pick up to {MAX_COMPARED} controllers; every cell opens the words of the policy behind it.
        </p>
      </div>
      <ControllerPicker selected={slugs} max={MAX_COMPARED} onChange={(next) => update({ slugs: next })} />
      {slugs.length > 0 && (
        <section className="section" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading" className="visually-hidden">
            Comparison
          </h2>
          <nav className="tabs" aria-label="Matrices">
            {MATRICES.map((entry) => (
              <Link
                key={entry.key}
                to={`?${new URLSearchParams({ c: slugs.join(','), m: entry.key })}`}
                className="tab"
                aria-current={entry.key === matrix ? 'page' : undefined}
                onClick={() => setCell(null)}
                replace
              >
                {entry.label}
              </Link>
            ))}
          </nav>
          <QueryState loading={loading && !table} error={error} what="the comparison" />
          {comparison && table && (
            <MatrixTable
              matrix={table}
              columns={comparison.controllers}
              transparency={matrix === 'transparency'}
              selected={cell}
              onSelect={setCell}
            />
          )}
          {cell && <CellEvidence cell={cell} onClose={() => setCell(null)} />}
        </section>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { ProcessorGraphDocument } from '../../generated/graphql';
import { countryName } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/labels';
import { buildGraph, type GraphModel } from './graph-model';
import { NetworkCanvas } from './network-canvas';

const PAGE_SIZE = 50;

/**
 * Controllers and vendors as a network (Cytoscape): who sends which data to whom, where vendors are established,
 * transfers outside the EEA in red. A click on a node opens it. The same edges are listed in a table below for
 * keyboard and screen-reader users.
 */
export function GraphPage() {
  const { data, previousData, loading, error, fetchMore } = useQuery(ProcessorGraphDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.controllers;
  const graph = useMemo(() => buildGraph(connection?.edges.map((edge) => edge.node) ?? []), [connection]);

  return (
    <div className="page">
      <title>Processor graph · Policy Graph</title>
      <div className="page-heading">
        <h1>Processor graph</h1>
        <p className="muted">
          Who sends which personal data to which vendor. Drag to pan, scroll or use the buttons to zoom, click a node to
          open it.
        </p>
      </div>
      <QueryState loading={loading && !connection} error={error} what="the network" />
      {connection && (
        <>
          <div className="graph-meta">
            <span>
              {connection.edges.length} of {connection.totalCount} controllers ·{' '}
              {graph.nodes.filter((node) => node.kind === 'vendor').length} vendors · {graph.edges.length} engagements
            </span>
            {connection.pageInfo.hasNextPage && (
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                Add {PAGE_SIZE} more controllers
              </button>
            )}
          </div>
          <GraphLegend />
          <NetworkCanvas graph={graph} />
          <EdgeTable graph={graph} />
        </>
      )}
    </div>
  );
}

function GraphLegend() {
  return (
    <ul className="graph-legend" aria-label="Legend">
      <li>
        <span className="legend-swatch legend-controller" aria-hidden="true" /> Controller
      </li>
      <li>
        <span className="legend-swatch legend-vendor" aria-hidden="true" /> Vendor in the EEA
      </li>
      <li>
        <span className="legend-swatch legend-outside" aria-hidden="true" /> Vendor outside the EEA (or its parent)
      </li>
      <li>
        <span className="legend-line legend-line-outside" aria-hidden="true" /> Data leaving the EEA
      </li>
      <li>
        <span className="legend-line legend-line-system" aria-hidden="true" /> System used (no data flow stated)
      </li>
    </ul>
  );
}

function EdgeTable({ graph }: { graph: GraphModel }) {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const link = (id: string) => {
    const node = nodes.get(id)!;
    return (
      <Link to={node.kind === 'controller' ? `/controllers/${node.slug}` : `/processors/${node.slug}`}>
        {node.label}
      </Link>
    );
  };
  return (
    <details className="edge-table">
      <summary>The network as a table ({graph.edges.length} engagements)</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Engagements">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Role</th>
              <th scope="col">Personal data</th>
              <th scope="col">Vendor established in</th>
            </tr>
          </thead>
          <tbody>
            {graph.edges.map((edge) => {
              const vendor = nodes.get(edge.role === 'DATA_SOURCE' ? edge.source : edge.target)!;
              return (
                <tr key={edge.id} className={edge.outsideEEA ? 'row-warning' : undefined}>
                  <td>{link(edge.source)}</td>
                  <td>{link(edge.target)}</td>
                  <td>{ROLE_LABELS[edge.role]}</td>
                  <td>{edge.dataCategories.join(', ') || <span className="muted">not stated</span>}</td>
                  <td>
                    {[
                      countryName(vendor.country),
                      vendor.parentCountry && `parent: ${countryName(vendor.parentCountry)}`,
                    ]
                      .filter(Boolean)
                      .join('; ') || <span className="muted">unknown</span>}
                    {edge.outsideEEA && <span className="tag tag-warning">outside the EEA</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

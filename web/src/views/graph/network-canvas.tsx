import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../../lib/format';
import type { GraphModel } from './graph-model';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'background-color': '#8c959f',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "controller"]',
    style: { shape: 'round-rectangle', width: 30, height: 30, 'background-color': '#0969da', 'font-weight': 'bold' },
  },
  {
    selector: 'node[?outsideEEA]',
    style: { 'background-color': '#cf222e', 'border-color': '#82071e', 'border-width': 2 },
  },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 0, 12, 1, 6)',
      'line-color': '#afb8c1',
      'target-arrow-color': '#afb8c1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.9,
    },
  },
  { selector: 'edge[?outsideEEA]', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e' } },
  { selector: 'edge[role = "SYSTEM"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  {
    selector: 'edge.hover, edge:selected',
    style: {
      label: 'data(dataLabel)',
      'font-size': 10,
      color: '#1f2328',
      'text-background-color': '#fff8c5',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-wrap': 'wrap',
      'text-max-width': '160px',
    },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.hover', style: { 'border-color': '#1f2328', 'border-width': 3 } },
];

/** "Facebook Ads · IE (parent US)": where the vendor is established, in the node's label. */
function vendorLabel(node: GraphModel['nodes'][number]): string {
  if (node.kind !== 'vendor' || !node.country) return node.label;
  const parent = node.parentCountry && node.parentCountry !== node.country ? ` (parent ${node.parentCountry})` : '';
  return `${node.label} · ${node.country}${parent}`;
}

/** Deterministic start positions: controllers on a circle, each vendor near the controllers that engage it. */
function elements(graph: GraphModel): ElementDefinition[] {
  const controllers = graph.nodes.filter((node) => node.kind === 'controller');
  const radius = 120 + controllers.length * 25;
  const position = new Map<string, { x: number; y: number }>();
  controllers.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, controllers.length);
    position.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const [controller, vendor] = edge.role === 'DATA_SOURCE' ? [edge.target, edge.source] : [edge.source, edge.target];
    neighbours.set(vendor, [...(neighbours.get(vendor) ?? []), controller]);
  }
  let spread = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'vendor') continue;
    const around = (neighbours.get(node.id) ?? []).map((id) => position.get(id)!).filter(Boolean);
    const x = around.reduce((sum, point) => sum + point.x, 0) / Math.max(1, around.length);
    const y = around.reduce((sum, point) => sum + point.y, 0) / Math.max(1, around.length);
    const angle = spread++ * 2.399963; // the golden angle spreads vendors that share a centre
    const distance = around.length === 1 ? 90 : 30 + (spread % 5) * 12;
    position.set(node.id, {
      x: x * (around.length === 1 ? 1.6 : 0.6) + distance * Math.cos(angle),
      y: y * (around.length === 1 ? 1.6 : 0.6) + distance * Math.sin(angle),
    });
  }
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      ...node,
      label: vendorLabel(node),
      title: node.kind === 'vendor' ? `${node.label}, ${countryName(node.country)}` : node.label,
    },
    position: position.get(node.id),
  }));
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: 'edges',
    data: {
      ...edge,
      weight: edge.dataCategories.length,
      dataLabel: edge.dataCategories.length ? edge.dataCategories.join(', ') : (edge.service ?? ''),
    },
  }));
  return [...nodes, ...edges];
}

/** The network drawn by Cytoscape, with zoom buttons; a tap on a node opens its page. */
export function NetworkCanvas({ graph }: { graph: GraphModel }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const navigate = useNavigate();

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: elements(graph),
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 4,
      layout: { name: 'preset' },
    });
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70,
      fit: true,
      padding: 24,
    }).run();
    cy.on('tap', 'node', (event) => {
      const { kind, slug } = event.target.data() as { kind: string; slug: string };
      navigate(kind === 'controller' ? `/controllers/${slug}` : `/processors/${slug}`);
    });
    cy.on('mouseover', 'node', (event) => {
      const neighbourhood = event.target.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      event.target.addClass('hover');
      neighbourhood.edges().addClass('hover');
      container.current?.style.setProperty('cursor', 'pointer');
    });
    cy.on('mouseout', 'node', () => {
      cy.elements().removeClass('faded hover');
      container.current?.style.removeProperty('cursor');
    });
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [graph, navigate]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="network-frame">
      <div className="network-tools" role="group" aria-label="Zoom">
        <button type="button" className="icon-button" onClick={() => zoom(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="icon-button" onClick={() => zoom(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button button-small" onClick={() => cyRef.current?.fit(undefined, 24)}>
          Fit
        </button>
      </div>
      <div
        ref={container}
        className="network"
        role="img"
        aria-label={`Network of ${graph.nodes.length} controllers and vendors; the table below lists every engagement`}
        data-testid="network"
      />
    </div>
  );
}

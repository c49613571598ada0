import type { ProcessorGraphQuery } from '../../generated/graphql';
import { isOutsideEEA } from '../../lib/format';

type ControllerNode = ProcessorGraphQuery['controllers']['edges'][number]['node'];

export interface GraphNode {
  id: string;
  kind: 'controller' | 'vendor';
  slug: string;
  label: string;
  country: string | null;
  parentCountry: string | null;
  /** A vendor established (or with a parent) outside the EEA. */
  outsideEEA: boolean;
}

export interface GraphEdge {
  id: string;
  /** Data flows from source to target: controller → vendor for processors, vendor → controller for data sources. */
  source: string;
  target: string;
  role: 'PROCESSOR' | 'DATA_SOURCE' | 'SYSTEM';
  service: string | null;
  dataCategories: string[];
  /** The data crosses the EEA's border. */
  outsideEEA: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The network of controllers and vendors: one node per controller and per vendor, one edge per engagement in the
 * direction the data flows. A controller naming the same vendor twice (e.g. two services) gets two edges.
 */
export function buildGraph(controllers: readonly ControllerNode[]): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const controller of controllers) {
    nodes.set(controller.id, {
      id: controller.id,
      kind: 'controller',
      slug: controller.slug,
      label: controller.name,
      country: controller.address?.country ?? null,
      parentCountry: null,
      outsideEEA: false,
    });
    for (const engagement of controller.processors) {
      const vendor = engagement.processor;
      const outsideEEA = isOutsideEEA(vendor);
      if (!nodes.has(vendor.id)) {
        nodes.set(vendor.id, {
          id: vendor.id,
          kind: 'vendor',
          slug: vendor.slug,
          label: vendor.name,
          country: vendor.country ?? null,
          parentCountry: vendor.parentCountry ?? null,
          outsideEEA,
        });
      }
      const inbound = engagement.role === 'DATA_SOURCE';
      edges.push({
        id: engagement.id,
        source: inbound ? vendor.id : controller.id,
        target: inbound ? controller.id : vendor.id,
        role: engagement.role,
        service: engagement.service ?? null,
        dataCategories: engagement.dataCategories.map((category) => category.name),
        outsideEEA,
      });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

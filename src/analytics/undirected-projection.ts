// The undirected weighted projection every graph measure runs on: CO_OCCURS runs lower id ->
// higher id, so its direction carries no meaning and must not tilt a ranking or a community.

import { UndirectedGraph } from 'graphology';
import type { PropertyGraph } from '../graph/index.js';

/** The projection's graph: nodes may carry layout positions, edges a summed weight. */
export type Projection = UndirectedGraph<{ x?: number; y?: number }, { weight: number }>;

/**
 * The simple undirected graph under a property graph: one edge per linked pair, weighted by the
 * sum of CO_OCCURS weights and 1 for each other relationship between them.
 */
export function undirectedProjection(graph: PropertyGraph): Projection {
  const projection: Projection = new UndirectedGraph();
  // Sorted, so layouts and ranks do not depend on the order the graph was built in (floating
  // point sums differ with order).
  for (const key of graph.nodes().sort()) projection.addNode(key);
  const edges = graph.mapEdges((key, attributes, source, target) => {
    const ends: [string, string] = source <= target ? [source, target] : [target, source];
    return { key, attributes, ends };
  });
  edges.sort((a, b) => compare(a.ends[0], b.ends[0]) || compare(a.ends[1], b.ends[1]) || compare(a.key, b.key));
  for (const { attributes, ends } of edges) {
    if (ends[0] === ends[1]) continue;
    const stated = attributes.properties.weight;
    const weight = attributes.type === 'CO_OCCURS' && typeof stated === 'number' && stated > 0 ? stated : 1;
    projection.updateEdge(ends[0], ends[1], (current) => ({ weight: (current.weight ?? 0) + weight }));
  }
  return projection;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// How important each node is, for node sizes: PageRank or the number of distinct neighbours,
// both on the undirected weighted projection (CO_OCCURS runs lower id -> higher id, so its
// direction carries no meaning and must not tilt the ranking).

import { UndirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { PropertyGraph } from '../graph/schema.js';
import { commonjsDefault } from './commonjs-default.js';

const pagerank = commonjsDefault(pagerankModule);

export type ImportanceMeasure = 'pagerank' | 'degree';
export const IMPORTANCE_MEASURES: readonly ImportanceMeasure[] = ['pagerank', 'degree'];

/**
 * The simple undirected graph under a property graph: one edge per linked pair, weighted by the
 * sum of CO_OCCURS weights and 1 for each other relationship between them.
 */
export function undirectedProjection(graph: PropertyGraph): UndirectedGraph<{ x?: number; y?: number }, { weight: number }> {
  const projection = new UndirectedGraph<{ x?: number; y?: number }, { weight: number }>();
  // Sorted, so layouts and ranks do not depend on the order the graph was built in (floating
  // point sums differ with order).
  for (const key of graph.nodes().sort()) projection.addNode(key);
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, attributes, ends: [source, target].sort() as [string, string] }));
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

/** Importance of every node of `graph` under `measure`. */
export function nodeImportance(graph: PropertyGraph, measure: ImportanceMeasure): Map<string, number> {
  const projection = undirectedProjection(graph);
  const scores = new Map<string, number>();
  if (measure === 'degree') {
    projection.forEachNode((key) => scores.set(key, projection.degree(key)));
    return scores;
  }
  if (projection.order === 0) return scores;
  const ranks = pagerank(projection, { getEdgeWeight: 'weight' });
  projection.forEachNode((key) => scores.set(key, ranks[key] ?? 0));
  return scores;
}

/** Node radii between `min` and `max`, growing with the square root of importance. */
export function nodeSizes(scores: Map<string, number>, min = 4, max = 16): Map<string, number> {
  // A loop, not Math.min(...values): spreading a big graph's scores overflows the call stack.
  let low = Infinity;
  let high = -Infinity;
  for (const score of scores.values()) {
    low = Math.min(low, Math.sqrt(score));
    high = Math.max(high, Math.sqrt(score));
  }
  const sizes = new Map<string, number>();
  for (const [key, score] of scores) {
    const share = high > low ? (Math.sqrt(score) - low) / (high - low) : 0.5;
    sizes.set(key, Math.round((min + share * (max - min)) * 100) / 100);
  }
  return sizes;
}

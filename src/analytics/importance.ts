// How important each node is: PageRank or the number of distinct neighbours, both on the
// undirected weighted projection.

import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { commonjsDefault } from '../graph/index.js';
import type { PropertyGraph } from '../graph/index.js';
import { undirectedProjection } from './undirected-projection.js';

const pagerank = commonjsDefault(pagerankModule);

export type ImportanceMeasure = 'pagerank' | 'degree';
export const IMPORTANCE_MEASURES: readonly ImportanceMeasure[] = ['pagerank', 'degree'];

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

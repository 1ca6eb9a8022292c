// Communities of a graph: Louvain on the undirected weighted projection, from a fixed seed so
// the same graph gives the same communities on every run.

import louvainModule from 'graphology-communities-louvain';
import { commonjsDefault, seededRandom } from '../graph/index.js';
import type { PropertyGraph } from '../graph/index.js';
import { undirectedProjection } from './undirected-projection.js';

const louvain = commonjsDefault(louvainModule);

/** Each node's community (numbered from 0) and the modularity of the partition. */
export interface Communities {
  communities: Record<string, number>;
  modularity: number;
}

/**
 * Louvain communities of `graph`, weighted as the projection weighs pairs (CO_OCCURS weight,
 * 1 for each other relationship).
 *
 * @example const { communities, modularity } = louvainCommunities(entities);
 */
export function louvainCommunities(graph: PropertyGraph, seed = 42): Communities {
  const { communities, modularity } = louvain.detailed(undirectedProjection(graph), { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  return { communities, modularity };
}

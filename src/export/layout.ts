// Node positions computed at export time, so files open already laid out: ForceAtlas2 from a
// seeded start, then noverlap. Same graph in, same coordinates out.

import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { PropertyGraph } from '../graph/schema.js';
import { commonjsDefault, seededRandom } from '../graph/index.js';
import { undirectedProjection } from '../analytics/index.js';

const forceAtlas2 = commonjsDefault(forceAtlas2Module);
const noverlap = commonjsDefault(noverlapModule);

export interface Position {
  x: number;
  y: number;
}

/** Fewer iterations on big graphs: the layout must stay a matter of seconds. */
function iterationsFor(order: number): { forceAtlas2: number; noverlap: number } {
  if (order <= 500) return { forceAtlas2: 600, noverlap: 150 };
  if (order <= 2000) return { forceAtlas2: 150, noverlap: 60 };
  if (order <= 10000) return { forceAtlas2: 50, noverlap: 20 };
  return { forceAtlas2: 15, noverlap: 5 };
}

/**
 * Positions for every node of `graph`. `sizes` (radii) let noverlap keep big nodes apart.
 *
 * @example
 * const positions = computeLayout(graph, nodeSizes(nodeImportance(graph, 'degree')));
 */
export function computeLayout(graph: PropertyGraph, sizes: Map<string, number> = new Map()): Map<string, Position> {
  const projection = undirectedProjection(graph);
  const random = seededRandom(20240229);
  // Start on a disc in key order, so the start depends on the data and not on insertion luck.
  const keys = projection.nodes().sort();
  for (const key of keys) {
    const radius = Math.sqrt(random()) * 100;
    const angle = random() * 2 * Math.PI;
    projection.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  if (projection.order > 1) {
    const budget = iterationsFor(projection.order);
    forceAtlas2.assign(projection, {
      iterations: budget.forceAtlas2,
      getEdgeWeight: 'weight',
      // Strong gravity keeps the small components near the main one instead of at the edges.
      settings: {
        ...forceAtlas2.inferSettings(projection),
        strongGravityMode: true,
        gravity: 0.05,
        scalingRatio: 10,
        barnesHutOptimize: projection.order > 500,
      },
    });
    noverlap.assign(projection, {
      maxIterations: budget.noverlap,
      inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: sizes.get(key) ?? 4 }),
      settings: { margin: 2, ratio: 1.2 },
    });
  }
  const positions = new Map<string, Position>();
  projection.forEachNode((key, attributes) => {
    positions.set(key, { x: round(attributes.x ?? 0), y: round(attributes.y ?? 0) });
  });
  return positions;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

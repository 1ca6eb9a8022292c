// The visual attributes every drawable export gives a node: type, caption, colour by type, size
// by importance and a laid-out position, computed once per export.

import type { PropertyGraph } from '../graph/schema.js';
import { nodeCaption, nodeColour, nodeType } from './display.js';
import { nodeImportance } from '../analytics/index.js';
import type { ImportanceMeasure } from '../analytics/index.js';
import { nodeSizes } from './node-sizes.js';
import { computeLayout } from './layout.js';

export interface NodeStyle {
  type: string;
  caption: string;
  colour: string;
  size: number;
  x: number;
  y: number;
}

export interface StyleOptions {
  /** What node size follows (default PageRank). */
  size?: ImportanceMeasure;
}

/** Style of every node of `graph`, keyed by node key. */
export function styleNodes(graph: PropertyGraph, options: StyleOptions = {}): Map<string, NodeStyle> {
  const sizes = nodeSizes(nodeImportance(graph, options.size ?? 'pagerank'));
  const positions = computeLayout(graph, sizes);
  const styles = new Map<string, NodeStyle>();
  graph.forEachNode((key, attributes) => {
    const type = nodeType(attributes);
    const position = positions.get(key) ?? { x: 0, y: 0 };
    styles.set(key, {
      type,
      caption: nodeCaption(key, attributes),
      colour: nodeColour(type),
      size: sizes.get(key) ?? 4,
      x: position.x,
      y: position.y,
    });
  });
  return styles;
}

// Which part of the graph an export carries: everything, or entities only (no newsletters or
// items), narrowed by node type and by a minimum CO_OCCURS weight. Returns a new graph.

import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../graph/schema.js';
import { UsageError } from '../errors.js';

/** Node labels that are documents rather than things the documents talk about. */
const DOCUMENT_LABELS = new Set(['Newsletter', 'Item']);

export interface ExportScope {
  /** Drop Newsletter and Item nodes (and so HAS_ITEM and MENTIONED_IN). */
  entitiesOnly?: boolean;
  /** Keep only nodes carrying one of these labels. */
  types?: readonly string[];
  /** Drop CO_OCCURS relationships whose `weight` is below this. */
  minWeight?: number;
}

/**
 * The sub-graph an export carries. Nodes and relationships keep their keys, attributes and
 * order; a relationship survives only when both its ends do.
 *
 * @example
 * const entities = selectScope(graph, { entitiesOnly: true, minWeight: 2 });
 */
export function selectScope(graph: PropertyGraph, scope: ExportScope = {}): PropertyGraph {
  const wanted = scope.types === undefined ? undefined : new Set(scope.types);
  if (wanted !== undefined) {
    const present = new Set<string>();
    graph.forEachNode((_key, attributes) => attributes.labels.forEach((label) => present.add(label)));
    const unknown = [...wanted].filter((type) => !present.has(type));
    if (unknown.length > 0) {
      throw new UsageError(
        `Unknown node type ${unknown.map((t) => JSON.stringify(t)).join(', ')} in --types; ` + `the graph has ${[...present].sort().join(', ') || 'no nodes'}`,
      );
    }
  }
  if (scope.minWeight !== undefined && !Number.isFinite(scope.minWeight)) {
    throw new UsageError(`--min-weight must be a number, not ${scope.minWeight}`);
  }

  const result: PropertyGraph = new MultiDirectedGraph();
  result.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, attributes) => {
    if (scope.entitiesOnly && attributes.labels.some((label) => DOCUMENT_LABELS.has(label))) return;
    if (wanted !== undefined && !attributes.labels.some((label) => wanted.has(label))) return;
    result.addNode(key, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!result.hasNode(source) || !result.hasNode(target)) return;
    if (scope.minWeight !== undefined && attributes.type === 'CO_OCCURS') {
      const weight = attributes.properties.weight;
      if (typeof weight !== 'number' || weight < scope.minWeight) return;
    }
    result.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return result;
}

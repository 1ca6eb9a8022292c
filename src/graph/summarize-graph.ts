// Count what a graph holds: nodes per label, relationships per type, and the most mentioned
// entities; what `crimegraph stats` prints and the snapshot manifest records.

import type { GraphRecords } from './build-graph.js';
import { ENTITY_LABELS, type PropertyGraph } from './schema.js';

export interface GraphSummary {
  counts: {
    nodes: number;
    relationships: number;
    /** Nodes per label, labels sorted. */
    labels: Record<string, number>;
    /** Relationships per type, types sorted. */
    types: Record<string, number>;
    /** Person, Body, Act and Programme nodes. */
    entities: number;
  };
  /** Entities by mentionCount, most first; ties by id. */
  mostMentioned: { id: string; label: string; name: string; mentionCount: number }[];
}

/**
 * Counts and the `top` most mentioned entities.
 *
 * @example summarizeGraph(graph).counts.labels.Person // 42
 */
export function summarizeGraph(graph: PropertyGraph, top = 10): GraphSummary {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  const entities: GraphSummary['mostMentioned'] = [];
  const entityLabels = new Set<string>(ENTITY_LABELS);
  graph.forEachNode((key, { labels: nodeLabels, properties }) => {
    for (const label of nodeLabels) labels.set(label, (labels.get(label) ?? 0) + 1);
    const label = nodeLabels.find((l) => entityLabels.has(l));
    if (label !== undefined) {
      const count = typeof properties.mentionCount === 'number' ? properties.mentionCount : 0;
      entities.push({ id: key, label, name: String(properties.name ?? key), mentionCount: count });
    }
  });
  graph.forEachEdge((_key, { type }) => types.set(type, (types.get(type) ?? 0) + 1));
  entities.sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    counts: {
      nodes: graph.order,
      relationships: graph.size,
      labels: sortedRecord(labels),
      types: sortedRecord(types),
      entities: entities.length,
    },
    mostMentioned: entities.slice(0, top),
  };
}

/**
 * The counts of `summarizeGraph` from a graph's records, without a graphology graph.
 *
 * @example countRecords(graphRecords(corpus)).entities
 */
export function countRecords(records: GraphRecords): GraphSummary['counts'] {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  const entityLabels = new Set<string>(ENTITY_LABELS);
  let entities = 0;
  for (const { attributes } of records.nodes) {
    for (const label of attributes.labels) labels.set(label, (labels.get(label) ?? 0) + 1);
    if (attributes.labels.some((l) => entityLabels.has(l))) entities++;
  }
  for (const { attributes } of records.edges) types.set(attributes.type, (types.get(attributes.type) ?? 0) + 1);
  return { nodes: records.nodes.length, relationships: records.edges.length, labels: sortedRecord(labels), types: sortedRecord(types), entities };
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, count] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = count;
  return out;
}

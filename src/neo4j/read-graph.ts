// Read the whole graph back from Neo4j into the property graph the exporters take, so `serve
// --neo4j` exports through the same code as a snapshot: nodes keyed by their `id`, relationships
// by the snapshot's edge key, INTEGER properties as numbers, as the snapshot holds them.

import { MultiDirectedGraph } from 'graphology';

import { isCypherMap, type CypherValue } from '../cypher/index.js';
import { edgeKey } from '../graph/index.js';
import type { EdgeAttributes, NodeAttributes, Properties, PropertyGraph, PropertyValue } from '../graph/index.js';
import type { Neo4jConnection } from './connection.js';
import { elementAt } from '../errors.js';
import { Neo4jError } from './neo4j-error.js';

/** Nodes read per transaction (with their relationships): a large graph comes back in pages, never as one huge result. */
const PAGE = 20_000;

/**
 * The graph held by the database, as a snapshot would hold it. Nodes without an `id` (not loaded
 * by crimegraph) are refused, naming the first: an export of them could not be read back.
 *
 * @example const graph = await readGraph(connection); exportGraph(graph, 'gexf');
 */
export async function readGraph(connection: Neo4jConnection, options: { timeoutMs?: number; pageSize?: number } = {}): Promise<PropertyGraph> {
  const page = options.pageSize ?? PAGE;
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  const run = (query: string, params: Record<string, CypherValue>) => connection.run(query, params, { readOnly: true, timeoutMs: options.timeoutMs });
  const missing = (await run('MATCH (n) WHERE n.id IS NULL RETURN count(n) AS n', {})).rows[0]?.[0] ?? null;
  if (missing !== 0n)
    throw new Neo4jError(
      'E_NEO4J_QUERY',
      `${missing} nodes in the database have no id property: they were not loaded by crimegraph, so they cannot be exported`,
      undefined,
      false,
    );
  // Nodes in pages by id; then each page's outgoing relationships, found from their start nodes by
  // element id (a seek), never by SKIP over one huge sorted result.
  const nodes: { key: string; attributes: NodeAttributes }[] = [];
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  for (let after: string | null = null; ; ) {
    const { rows } = await run(
      'MATCH (n) WHERE $after IS NULL OR n.id > $after RETURN n.id AS id, labels(n) AS labels, properties(n) AS p, elementId(n) AS element ORDER BY n.id LIMIT $page',
      { after, page: BigInt(page) },
    );
    for (const [id, labels, p] of rows)
      nodes.push({
        key: String(id),
        attributes: { labels: (Array.isArray(labels) ? labels.map(String) : []).sort(byCodeUnits), properties: properties(p ?? null) },
      });
    const related = await run(
      'UNWIND $elements AS element MATCH (a)-[r]->(b) WHERE elementId(a) = element RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p',
      { elements: rows.map((row) => elementAt(row, 3)) },
    );
    for (const [a, type, b, p] of related.rows) {
      const [source, target] = [String(a), String(b)];
      edges.push({ key: edgeKey(String(type), source, target), source, target, attributes: { properties: properties(p ?? null), type: String(type) } });
    }
    if (rows.length < page) break;
    after = String(elementAt(rows, rows.length - 1)[0]);
  }
  nodes.sort((x, y) => byCodeUnits(x.key, y.key));
  for (const node of nodes) graph.addNode(node.key, node.attributes);
  // The snapshot adds its edges in key order.
  edges.sort((x, y) => byCodeUnits(x.key, y.key));
  for (const edge of edges) if (!graph.hasEdge(edge.key)) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return graph;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Properties as a loaded snapshot holds them: in name order, INTEGERs as numbers. */
function properties(value: CypherValue): Properties {
  const map = isCypherMap(value) ? value : {};
  const out: Properties = {};
  for (const [name, value] of Object.entries(map).sort(([a], [b]) => byCodeUnits(a, b))) out[name] = property(value);
  return out;
}

function property(value: CypherValue): PropertyValue {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(property);
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

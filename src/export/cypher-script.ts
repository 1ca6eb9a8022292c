// A Cypher script that recreates the graph on an empty database: uniqueness constraints on `id`,
// then nodes and relationships in `UNWIND` batches of literal maps (every string escaped).

import type { PropertyGraph } from '../graph/schema.js';
import { cypherMap, cypherName, cypherString } from './cypher-literal.js';
import type { ExportScope } from './scope.js';
import { selectScope } from './scope.js';

const BATCH = 200;

export interface CypherScriptOptions extends ExportScope {
  /** Start with `CREATE CONSTRAINT … IF NOT EXISTS` (Neo4j 5 syntax) on each label's id. Default true. */
  constraints?: boolean;
}

function batches<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) result.push(items.slice(i, i + BATCH));
  return result;
}

function labelPattern(labels: string[]): string {
  return labels.map((label) => `:${cypherName(label)}`).join('');
}

/**
 * Statements, one per line group and each ending in `;`, for `cypher-shell -f graph.cypher`.
 * Relationships find their ends by label and `id`, which the constraints index.
 *
 * @example
 * await writeFile('graph.cypher', writeCypherScript(graph, { entitiesOnly: true }));
 */
export function writeCypherScript(graph: PropertyGraph, options: CypherScriptOptions = {}): string {
  const scoped = selectScope(graph, options);
  const statements: string[] = [
    `// crimegraph: recreates ${scoped.order} nodes and ${scoped.size} relationships on an empty database.\n` + '// Run with: cypher-shell -f graph.cypher',
  ];

  const byLabels = new Map<string, { labels: string[]; rows: string[] }>();
  scoped.forEachNode((key, attributes) => {
    const group = byLabels.get(JSON.stringify(attributes.labels)) ?? { labels: attributes.labels, rows: [] };
    group.rows.push(cypherMap({ ...attributes.properties, id: key }));
    byLabels.set(JSON.stringify(attributes.labels), group);
  });

  if (options.constraints ?? true) {
    const labels = new Set([...byLabels.values()].flatMap((group) => group.labels));
    for (const label of [...labels].sort()) {
      const name = cypherName(`crimegraph_${label}_id`);
      statements.push(`CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n${labelPattern([label])}) REQUIRE n.id IS UNIQUE;`);
    }
  }

  for (const { labels, rows } of byLabels.values()) {
    for (const batch of batches(rows)) {
      statements.push(`UNWIND [\n  ${batch.join(',\n  ')}\n] AS row\nCREATE (n${labelPattern(labels)})\nSET n = row;`);
    }
  }

  const byEnds = new Map<string, { type: string; from: string[]; to: string[]; rows: string[] }>();
  scoped.forEachEdge((_key, attributes, source, target, sourceAttributes, targetAttributes) => {
    const signature = JSON.stringify([attributes.type, sourceAttributes.labels, targetAttributes.labels]);
    const group = byEnds.get(signature) ?? { type: attributes.type, from: sourceAttributes.labels, to: targetAttributes.labels, rows: [] };
    group.rows.push(`{source: ${cypherString(source)}, target: ${cypherString(target)}, properties: ${cypherMap(attributes.properties)}}`);
    byEnds.set(signature, group);
  });
  for (const { type, from, to, rows } of byEnds.values()) {
    // One label is enough to use the constraint's index.
    const fromLabel = labelPattern(from.slice(0, 1));
    const toLabel = labelPattern(to.slice(0, 1));
    for (const batch of batches(rows)) {
      statements.push(
        `UNWIND [\n  ${batch.join(',\n  ')}\n] AS row\n` +
          `MATCH (a${fromLabel} {id: row.source}), (b${toLabel} {id: row.target})\n` +
          `CREATE (a)-[r:${cypherName(type)}]->(b)\nSET r = row.properties;`,
      );
    }
  }
  return `${statements.join('\n\n')}\n`;
}

// The one conversion of JSON parameters (an API caller's, an HTTP body's, a query file's
// `// @param` defaults) to the Cypher values every backend takes: whole numbers become INTEGER,
// others FLOAT, objects MAP. The Neo4j side of the conversion is src/neo4j's `toDriverValue`.

import { fromJson } from '../cypher/index.js';
import type { CypherValue } from '../cypher/index.js';

/** JSON parameters by name, as Cypher values. */
export function cypherParams(params: Readonly<Record<string, unknown>>): Record<string, CypherValue> {
  const converted: Record<string, CypherValue> = {};
  for (const [name, value] of Object.entries(params)) converted[name] = fromJson(value);
  return converted;
}

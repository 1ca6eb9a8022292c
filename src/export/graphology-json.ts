// graphology's own serialisation format (`graph.export()`): the graph's labels, types and
// properties as they are, which `Graph.from()` reads back into the same property graph.

import type { PropertyGraph } from '../graph/schema.js';
import type { ExportScope } from './scope.js';
import { selectScope } from './scope.js';

/**
 * The graph as graphology JSON, two-space indented.
 *
 * @example
 * const copy = MultiDirectedGraph.from(JSON.parse(writeGraphologyJson(graph)));
 */
export function writeGraphologyJson(graph: PropertyGraph, options: ExportScope = {}): string {
  return `${JSON.stringify(selectScope(graph, options).export(), null, 2)}\n`;
}

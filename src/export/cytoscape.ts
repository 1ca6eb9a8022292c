// Cytoscape.js elements JSON (which Cytoscape desktop imports too): nodes and edges with their
// properties flattened into `data`, plus label, colour, size and the export-time positions.

import { valueAt } from '../errors.js';
import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import { edgeColour } from './display.js';
import type { ExportOptions } from './export-options.js';
import { assertNotReserved } from './export-error.js';
import { styleNodes } from './node-style.js';
import { selectScope } from './scope.js';

// Nodes carry `group: 'nodes'`, so a Newsletter's `source` property is not read as an edge end.
const NODE_RESERVED = new Set(['label', 'labels', 'type', 'color', 'size', 'parent']);
const EDGE_RESERVED = new Set(['id', 'label', 'type', 'color', 'source', 'target', 'parent']);

type Data = Record<string, PropertyValue>;

export interface CytoscapeDocument {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: {
    nodes: { group: 'nodes'; data: Data; position: { x: number; y: number } }[];
    edges: { group: 'edges'; data: Data }[];
  };
}

/** The Cytoscape.js elements document for the graph (as an object). */
export function toCytoscape(graph: PropertyGraph, options: ExportOptions = {}): CytoscapeDocument {
  const scoped = selectScope(graph, options);
  const styles = styleNodes(scoped, options);
  const nodes = scoped.mapNodes((key, attributes) => {
    const style = valueAt(styles, key);
    const data: Data = { id: key, label: style.caption, labels: attributes.labels, type: style.type, color: style.colour, size: style.size };
    for (const [name, value] of Object.entries(attributes.properties)) {
      // The key is the id property for every node the pipeline writes; any other id would clash.
      if (name === 'id') {
        if (value !== key) assertNotReserved('Cytoscape', `node ${key}`, name, new Set(['id']));
        continue;
      }
      assertNotReserved('Cytoscape', `node ${key}`, name, NODE_RESERVED);
      data[name] = value;
    }
    // Cytoscape's y axis points down, as the layout's does not.
    return { group: 'nodes' as const, data, position: { x: style.x, y: -style.y } };
  });
  const edges = scoped.mapEdges((key, attributes, source, target) => {
    const data: Data = { id: key, source, target, label: attributes.type, type: attributes.type, color: edgeColour(attributes) };
    for (const [name, value] of Object.entries(attributes.properties)) {
      assertNotReserved('Cytoscape', `relationship ${key}`, name, EDGE_RESERVED);
      data[name] = value;
    }
    return { group: 'edges' as const, data };
  });
  return {
    format_version: '1.0',
    generated_by: 'crimegraph',
    target_cytoscapejs_version: '~3',
    data: { name: 'crimegraph' },
    elements: { nodes, edges },
  };
}

/**
 * The graph as Cytoscape.js elements JSON text.
 *
 * @example
 * cytoscape({ container, ...JSON.parse(writeCytoscape(graph)) });
 */
export function writeCytoscape(graph: PropertyGraph, options: ExportOptions = {}): string {
  return `${JSON.stringify(toCytoscape(graph, options), null, 2)}\n`;
}

// GraphML written here (graphology-graphml only parses): one typed <key> per property, lists as
// JSON text named in a graph-level `listAttributes` key, Gephi's label/r/g/b/size/x/y keys, and
// yEd's own node and edge graphics so yEd opens it laid out and coloured too.

import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import { colourBytes, edgeColour } from './display.js';
import type { ExportOptions } from './export-options.js';
import { assertNotReserved } from './export-error.js';
import { styleNodes } from './node-style.js';
import { propertyColumns } from './property-columns.js';
import type { PropertyColumn, ScalarKind } from './property-columns.js';
import { selectScope } from './scope.js';
import { escapeXml, escapeXmlText } from './xml-text.js';

/** Keys Gephi and Cytoscape read for drawing; a property of the same name would be overwritten. */
const NODE_RESERVED = new Set(['label', 'labels', 'r', 'g', 'b', 'size', 'x', 'y']);
const EDGE_RESERVED = new Set(['label', 'type', 'r', 'g', 'b']);

interface Key {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  type: 'boolean' | 'long' | 'double' | 'string' | 'int';
}

const GRAPHML_TYPES: Record<ScalarKind, Key['type']> = {
  boolean: 'boolean',
  integer: 'long',
  float: 'double',
  string: 'string',
};

function keyType(column: PropertyColumn): Key['type'] {
  return column.list || column.mixed ? 'string' : GRAPHML_TYPES[column.kind];
}

function formatValue(value: PropertyValue, column: PropertyColumn): string | undefined {
  if (value === null) return undefined;
  if (column.list || column.mixed || Array.isArray(value)) return JSON.stringify(value);
  // A string in a numeric column cannot happen: the column widens to string first.
  return String(value);
}

/** The yEd graphics keys; readers of plain GraphML see them as one text attribute each. */
export const YED_NODE_KEY = 'yEd.nodegraphics';
export const YED_EDGE_KEY = 'yEd.edgegraphics';

/** A yEd circle of the node's colour and size at its layout position (yEd's y axis points down). */
function yedNode(caption: string, colour: string, size: number, x: number, y: number): string {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const geometry = `x="${round(x - size)}" y="${round(-y - size)}" width="${2 * size}" height="${2 * size}"`;
  return (
    `      <data key="${YED_NODE_KEY}"><y:ShapeNode><y:Geometry ${geometry}/><y:Fill color="${colour}" transparent="false"/>` +
    `<y:BorderStyle hasColor="false" type="line" width="1.0"/><y:NodeLabel modelName="sides" modelPosition="e">${escapeXmlText(caption)}</y:NodeLabel>` +
    `<y:Shape type="ellipse"/></y:ShapeNode></data>`
  );
}

function yedEdge(colour: string, undirected: boolean): string {
  return (
    `      <data key="${YED_EDGE_KEY}"><y:PolyLineEdge><y:LineStyle color="${colour}" type="line" width="1.0"/>` +
    `<y:Arrows source="none" target="${undirected ? 'none' : 'standard'}"/></y:PolyLineEdge></data>`
  );
}

function dataLine(key: Key, value: string): string {
  return `      <data key="${key.id}">${escapeXmlText(value)}</data>`;
}

/**
 * The graph as a GraphML document, readable by graphology-graphml, Gephi, yEd and Cytoscape.
 *
 * @example
 * const text = writeGraphml(graph, { types: ['Person', 'Body'] });
 */
export function writeGraphml(graph: PropertyGraph, options: ExportOptions = {}): string {
  const scoped = selectScope(graph, options);
  const styles = styleNodes(scoped, options);
  const nodeColumns = propertyColumns(scoped.mapNodes((_key, attributes) => attributes.properties));
  const edgeColumns = propertyColumns(scoped.mapEdges((_key, attributes) => attributes.properties));
  scoped.forEachNode((key, attributes) => {
    for (const name of Object.keys(attributes.properties)) assertNotReserved('GraphML', `node ${key}`, name, NODE_RESERVED);
  });
  scoped.forEachEdge((key, attributes) => {
    for (const name of Object.keys(attributes.properties)) assertNotReserved('GraphML', `relationship ${key}`, name, EDGE_RESERVED);
  });

  const keys: Key[] = [];
  const addKey = (domain: Key['domain'], name: string, type: Key['type']): Key => {
    const key: Key = { id: `${domain[0]}${keys.length}`, domain, name, type };
    keys.push(key);
    return key;
  };
  const listsKey = addKey('graph', 'listAttributes', 'string');
  const nodeKeys = {
    label: addKey('node', 'label', 'string'),
    labels: addKey('node', 'labels', 'string'),
    r: addKey('node', 'r', 'int'),
    g: addKey('node', 'g', 'int'),
    b: addKey('node', 'b', 'int'),
    size: addKey('node', 'size', 'double'),
    x: addKey('node', 'x', 'double'),
    y: addKey('node', 'y', 'double'),
  };
  const edgeKeys = {
    label: addKey('edge', 'label', 'string'),
    type: addKey('edge', 'type', 'string'),
    r: addKey('edge', 'r', 'int'),
    g: addKey('edge', 'g', 'int'),
    b: addKey('edge', 'b', 'int'),
  };
  const nodePropertyKeys = new Map(nodeColumns.map((column) => [column.name, { column, key: addKey('node', column.name, keyType(column)) }]));
  const edgePropertyKeys = new Map(edgeColumns.map((column) => [column.name, { column, key: addKey('edge', column.name, keyType(column)) }]));
  const listAttributes = {
    node: ['labels', ...nodeColumns.filter((c) => c.list || c.mixed).map((c) => c.name)],
    edge: edgeColumns.filter((c) => c.list || c.mixed).map((c) => c.name),
  };

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xmlns:y="http://www.yworks.com/xml/graphml"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
  ];
  for (const key of keys) {
    lines.push(`  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`);
  }
  // yEd reads these by yfiles.type; the attr.name only keeps other readers from a nameless key.
  lines.push(`  <key id="${YED_NODE_KEY}" for="node" yfiles.type="nodegraphics" attr.name="${YED_NODE_KEY}"/>`);
  lines.push(`  <key id="${YED_EDGE_KEY}" for="edge" yfiles.type="edgegraphics" attr.name="${YED_EDGE_KEY}"/>`);
  lines.push('  <graph id="crimegraph" edgedefault="directed">');
  lines.push(`    <data key="${listsKey.id}">${escapeXmlText(JSON.stringify(listAttributes))}</data>`);

  scoped.forEachNode((key, attributes) => {
    const style = styles.get(key)!;
    const { r, g, b } = colourBytes(style.colour);
    lines.push(`    <node id="${escapeXml(key)}">`);
    lines.push(dataLine(nodeKeys.label, style.caption));
    lines.push(dataLine(nodeKeys.labels, JSON.stringify(attributes.labels)));
    lines.push(dataLine(nodeKeys.r, String(r)), dataLine(nodeKeys.g, String(g)), dataLine(nodeKeys.b, String(b)));
    lines.push(dataLine(nodeKeys.size, String(style.size)), dataLine(nodeKeys.x, String(style.x)), dataLine(nodeKeys.y, String(style.y)));
    for (const [name, value] of Object.entries(attributes.properties)) {
      const { column, key: dataKey } = nodePropertyKeys.get(name)!;
      const text = formatValue(value, column);
      if (text !== undefined) lines.push(dataLine(dataKey, text));
    }
    lines.push(yedNode(style.caption, style.colour, style.size, style.x, style.y));
    lines.push('    </node>');
  });
  scoped.forEachEdge((key, attributes, source, target) => {
    const { r, g, b } = colourBytes(edgeColour(attributes));
    lines.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    lines.push(dataLine(edgeKeys.label, attributes.type), dataLine(edgeKeys.type, attributes.type));
    lines.push(dataLine(edgeKeys.r, String(r)), dataLine(edgeKeys.g, String(g)), dataLine(edgeKeys.b, String(b)));
    for (const [name, value] of Object.entries(attributes.properties)) {
      const { column, key: dataKey } = edgePropertyKeys.get(name)!;
      const text = formatValue(value, column);
      if (text !== undefined) lines.push(dataLine(dataKey, text));
    }
    lines.push(yedEdge(edgeColour(attributes), attributes.type === 'CO_OCCURS'));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// GraphML written here (graphology-graphml only parses), plain GraphML valid against the GraphML
// schema so NetworkX, igraph, yEd, Gephi and graphology read it without a warning: one typed <key>
// per property; node and edge ids as XML name tokens; the `id` property as `node_id`/`edge_id`
// (igraph and NetworkX give `id` to the XML id); each node's `type`; lists as JSON text, named
// in the graph's `listAttributes`; Gephi's label/r/g/b/size/x/y keys for drawing.

import { valueAt } from '../errors.js';
import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import { colourBytes, edgeColour } from './display.js';
import type { ExportOptions } from './export-options.js';
import { assertNotReserved } from './export-error.js';
import { styleNodes } from './node-style.js';
import { propertyColumns } from './property-columns.js';
import type { PropertyColumn, ScalarKind } from './property-columns.js';
import { selectScope } from './scope.js';
import { nameToken } from './xml-name.js';
import { escapeXml, escapeXmlText } from './xml-text.js';

/** Keys the writer adds (Gephi and Cytoscape read label/r/g/b/size/x/y for drawing). */
const NODE_RESERVED = new Set(['label', 'labels', 'type', 'r', 'g', 'b', 'size', 'x', 'y', 'node_id']);
const EDGE_RESERVED = new Set(['label', 'type', 'r', 'g', 'b', 'edge_id']);

/** The property each element's XML id stands beside, renamed so igraph can keep `id` for the XML id. */
const ID_PROPERTY = { node: 'node_id', edge: 'edge_id' } as const;

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

function dataLine(key: Key, value: string): string {
  return `      <data key="${key.id}">${escapeXmlText(value)}</data>`;
}

/** The name a property is written under: `id` gives way to the XML id (see ID_PROPERTY). */
function keyName(domain: 'node' | 'edge', property: string): string {
  return nameToken(property === 'id' ? ID_PROPERTY[domain] : property);
}

/**
 * The graph as a GraphML document, readable by NetworkX, igraph, yEd, Gephi and graphology-graphml.
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
    type: addKey('node', 'type', 'string'),
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
  const nodePropertyKeys = new Map(nodeColumns.map((column) => [column.name, { column, key: addKey('node', keyName('node', column.name), keyType(column)) }]));
  const edgePropertyKeys = new Map(edgeColumns.map((column) => [column.name, { column, key: addKey('edge', keyName('edge', column.name), keyType(column)) }]));
  const listAttributes = {
    node: ['labels', ...nodeColumns.filter((c) => c.list || c.mixed).map((c) => keyName('node', c.name))],
    edge: edgeColumns.filter((c) => c.list || c.mixed).map((c) => keyName('edge', c.name)),
  };

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">',
  ];
  for (const key of keys) {
    lines.push(`  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`);
  }
  lines.push('  <graph id="crimegraph" edgedefault="directed">');
  lines.push(`    <data key="${listsKey.id}">${escapeXmlText(JSON.stringify(listAttributes))}</data>`);

  scoped.forEachNode((key, attributes) => {
    const style = valueAt(styles, key);
    const { r, g, b } = colourBytes(style.colour);
    lines.push(`    <node id="${escapeXml(nameToken(key))}">`);
    lines.push(dataLine(nodeKeys.label, style.caption), dataLine(nodeKeys.type, style.type));
    lines.push(dataLine(nodeKeys.labels, JSON.stringify(attributes.labels)));
    lines.push(dataLine(nodeKeys.r, String(r)), dataLine(nodeKeys.g, String(g)), dataLine(nodeKeys.b, String(b)));
    lines.push(dataLine(nodeKeys.size, String(style.size)), dataLine(nodeKeys.x, String(style.x)), dataLine(nodeKeys.y, String(style.y)));
    for (const [name, value] of Object.entries(attributes.properties)) {
      const { column, key: dataKey } = valueAt(nodePropertyKeys, name);
      const text = formatValue(value, column);
      if (text !== undefined) lines.push(dataLine(dataKey, text));
    }
    lines.push('    </node>');
  });
  scoped.forEachEdge((key, attributes, source, target) => {
    const { r, g, b } = colourBytes(edgeColour(attributes));
    lines.push(`    <edge id="${escapeXml(nameToken(key))}" source="${escapeXml(nameToken(source))}" target="${escapeXml(nameToken(target))}">`);
    lines.push(dataLine(edgeKeys.label, attributes.type), dataLine(edgeKeys.type, attributes.type));
    lines.push(dataLine(edgeKeys.r, String(r)), dataLine(edgeKeys.g, String(g)), dataLine(edgeKeys.b, String(b)));
    for (const [name, value] of Object.entries(attributes.properties)) {
      const { column, key: dataKey } = valueAt(edgePropertyKeys, name);
      const text = formatValue(value, column);
      if (text !== undefined) lines.push(dataLine(dataKey, text));
    }
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

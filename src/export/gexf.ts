// GEXF 1.2draft, the version every reader knows (NetworkX 2.8 reads only 1.1draft and 1.2draft;
// NetworkX 3.x, Gephi and graphology-gexf read it too), valid against the GEXF project's XSD:
// node type, labels and properties as typed attributes, lists as `liststring` holding a JSON
// array, colour as r/g/b, size by importance and the export-time layout as x/y/z positions.

import { valueAt } from '../errors.js';
import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import { colourBytes, edgeColour } from './display.js';
import type { ExportOptions } from './export-options.js';
import { assertNotReserved } from './export-error.js';
import { styleNodes } from './node-style.js';
import { propertyColumns } from './property-columns.js';
import type { PropertyColumn, ScalarKind } from './property-columns.js';
import { selectScope } from './scope.js';
import { escapeXml, xmlSafe } from './xml-text.js';

/**
 * Node attributes the writer adds, and `label`, which NetworkX fills from the node's own label.
 * Edge: `type` is added; NetworkX fills `id` and `label` from the edge element.
 */
const NODE_RESERVED = new Set(['type', 'labels', 'label']);
const EDGE_RESERVED = new Set(['type', 'id', 'label']);

/** GEXF 1.2draft attribute types; it has one list type only (`liststring`). */
type GexfType = 'boolean' | 'long' | 'double' | 'string' | 'liststring';

const SCALAR_TYPES: Record<ScalarKind, GexfType> = {
  boolean: 'boolean',
  integer: 'long',
  float: 'double',
  string: 'string',
};

function gexfType(column: PropertyColumn): GexfType {
  if (column.mixed) return 'string';
  return column.list ? 'liststring' : SCALAR_TYPES[column.kind];
}

/**
 * One list element as JSON: strings quoted with `\\`, `"`, line breaks and tabs escaped (XML
 * cannot carry the other control characters), so the whole list is a JSON array that
 * graphology-gexf and Gephi also split correctly even when an element holds a comma.
 */
function listElement(value: PropertyValue): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(xmlSafe(typeof value === 'string' ? value : JSON.stringify(value)));
}

function attributeValue(value: PropertyValue, column: PropertyColumn): string | undefined {
  if (value === null) return undefined;
  if (column.mixed) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(listElement).join(', ')}]`;
  return String(value);
}

interface Declared {
  id: string;
  column: PropertyColumn;
}

function declarations(elementClass: 'node' | 'edge', declared: Declared[]): string[] {
  const lines = [`    <attributes class="${elementClass}" mode="static">`];
  for (const { id, column } of declared) {
    lines.push(`      <attribute id="${escapeXml(id)}" title="${escapeXml(column.name)}" type="${gexfType(column)}"/>`);
  }
  lines.push('    </attributes>');
  return lines;
}

function attvalues(values: [Declared, PropertyValue][]): string[] {
  const lines: string[] = [];
  for (const [{ id, column }, value] of values) {
    const text = attributeValue(value, column);
    if (text !== undefined) lines.push(`          <attvalue for="${escapeXml(id)}" value="${escapeXml(text)}"/>`);
  }
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

/** A number as xs:float spells it (`INF`, not JavaScript's `Infinity`). */
function xsFloat(value: number): string {
  if (Number.isFinite(value) || Number.isNaN(value)) return String(value);
  return value > 0 ? 'INF' : '-INF';
}

function colour(hex: string): string {
  const { r, g, b } = colourBytes(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

/**
 * The graph as a GEXF 1.2draft document (Gephi, NetworkX and graphology read it with types,
 * properties, positions, colours and sizes).
 *
 * @example
 * const text = writeGexf(graph, { entitiesOnly: true });
 */
export function writeGexf(graph: PropertyGraph, options: ExportOptions = {}): string {
  const scoped = selectScope(graph, options);
  const styles = styleNodes(scoped, options);
  const nodeColumns = propertyColumns(scoped.mapNodes((_key, attributes) => attributes.properties));
  const edgeColumns = propertyColumns(scoped.mapEdges((_key, attributes) => attributes.properties));
  scoped.forEachNode((key, attributes) => {
    for (const name of Object.keys(attributes.properties)) assertNotReserved('GEXF', `node ${key}`, name, NODE_RESERVED);
  });
  scoped.forEachEdge((key, attributes) => {
    for (const name of Object.keys(attributes.properties)) assertNotReserved('GEXF', `relationship ${key}`, name, EDGE_RESERVED);
  });

  const stringAttribute = (name: string): Declared => ({ id: name, column: { name, list: false, kind: 'string', mixed: false } });
  const nodeType = stringAttribute('type');
  const nodeLabels: Declared = { id: 'labels', column: { name: 'labels', list: true, kind: 'string', mixed: false } };
  const nodeDeclared = new Map(nodeColumns.map((column) => [column.name, { id: column.name, column }]));
  const edgeType = stringAttribute('type');
  // A numeric weight is the edge's own GEXF weight (what Gephi sizes edges by), not an attribute.
  const weightIsNumeric = edgeColumns.some((c) => c.name === 'weight' && !c.list && !c.mixed && c.kind !== 'string' && c.kind !== 'boolean');
  const edgeDeclared = new Map(
    edgeColumns.filter((column) => !(weightIsNumeric && column.name === 'weight')).map((column) => [column.name, { id: column.name, column }]),
  );

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>crimegraph</creator>',
    '    <description>Crime and policing news knowledge graph</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', [nodeType, nodeLabels, ...nodeDeclared.values()]),
    ...declarations('edge', [edgeType, ...edgeDeclared.values()]),
    '    <nodes>',
  ];
  scoped.forEachNode((key, attributes) => {
    const style = valueAt(styles, key);
    lines.push(`      <node id="${escapeXml(key)}" label="${escapeXml(style.caption)}">`);
    lines.push(
      ...attvalues([
        [nodeType, style.type],
        [nodeLabels, attributes.labels],
        ...Object.entries(attributes.properties).map(([name, value]): [Declared, PropertyValue] => [valueAt(nodeDeclared, name), value]),
      ]),
    );
    lines.push(`        ${colour(style.colour)}`);
    lines.push(`        <viz:size value="${style.size}"/>`);
    // The 1.2draft schema requires z; the layout is flat.
    lines.push(`        <viz:position x="${style.x}" y="${style.y}" z="0"/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  scoped.forEachEdge((key, attributes, source, target) => {
    const weight = attributes.properties.weight;
    const weightAttribute = weightIsNumeric && typeof weight === 'number' ? ` weight="${xsFloat(weight)}"` : '';
    lines.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(attributes.type)}"${weightAttribute}>`,
    );
    const values: [Declared, PropertyValue][] = [[edgeType, attributes.type]];
    for (const [name, value] of Object.entries(attributes.properties)) {
      const declared = edgeDeclared.get(name);
      if (declared !== undefined) values.push([declared, value]);
    }
    lines.push(...attvalues(values));
    lines.push(`        ${colour(edgeColour(attributes))}`);
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

// GEXF 1.3 through graphology-gexf: labels, types and properties as typed attributes (lists as
// GEXF list types), colour by type, size by importance, and the export-time layout as positions.

import gexf from 'graphology-gexf';
import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import { edgeColour } from './display.js';
import type { ExportOptions } from './export-options.js';
import { assertNotReserved } from './export-error.js';
import { styleNodes } from './node-style.js';
import { propertyColumns } from './property-columns.js';
import type { PropertyColumn } from './property-columns.js';
import { selectScope } from './scope.js';
import { referenceLineSeparators, xmlSafe } from './xml-text.js';

const NODE_RESERVED = new Set(['labels']);
const EDGE_RESERVED = new Set(['type']);

/** One list element in GEXF 1.3 list syntax: strings always quoted, so commas and brackets stay. */
function listElement(value: PropertyValue): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const escaped = xmlSafe(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

function encodeValue(value: PropertyValue, column: PropertyColumn | undefined): string | number | boolean | null {
  if (value === null) return null;
  if (column?.mixed) return xmlSafe(JSON.stringify(value));
  if (Array.isArray(value)) return `[${value.map(listElement).join(', ')}]`;
  return typeof value === 'string' ? xmlSafe(value) : value;
}

function gexfListType(column: PropertyColumn): string {
  switch (column.kind) {
    case 'boolean':
      return 'listboolean';
    case 'integer':
      return 'listlong';
    case 'float':
      return 'listdouble';
    case 'string':
      return 'liststring';
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * graphology-gexf infers attribute types from values and would write list elements bare (a
 * comma inside a name would split it on reading), so lists go in pre-quoted and their
 * declarations are retyped here.
 */
function retypeLists(xml: string, elementClass: 'node' | 'edge', columns: PropertyColumn[]): string {
  const open = `<attributes class="${elementClass}">`;
  const start = xml.indexOf(open);
  if (start < 0) return xml;
  const end = xml.indexOf('</attributes>', start);
  let block = xml.slice(start, end);
  for (const column of columns) {
    if (!column.list) continue;
    const id = escapeAttribute(column.name);
    block = block.replace(
      `<attribute id="${id}" title="${id}" type="string"/>`,
      `<attribute id="${id}" title="${id}" type="${gexfListType(column)}"/>`,
    );
  }
  return xml.slice(0, start) + block + xml.slice(end);
}

/**
 * The graph as a GEXF 1.3 document (Gephi reads it with positions, colours and sizes).
 *
 * @example
 * const text = writeGexf(graph, { entitiesOnly: true });
 */
export function writeGexf(graph: PropertyGraph, options: ExportOptions = {}): string {
  const scoped = selectScope(graph, options);
  const styles = styleNodes(scoped, options);
  const nodeColumns = propertyColumns(scoped.mapNodes((_key, attributes) => attributes.properties));
  const edgeColumns = propertyColumns(scoped.mapEdges((_key, attributes) => attributes.properties));
  nodeColumns.unshift({ name: 'labels', list: true, kind: 'string', mixed: false });
  const nodeColumnByName = new Map(nodeColumns.map((column) => [column.name, column]));
  const edgeColumnByName = new Map(edgeColumns.map((column) => [column.name, column]));

  scoped.replaceAttributes({ creator: 'crimegraph', description: 'Crime and policing news knowledge graph' });
  const xml = gexf.write(scoped, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const style = styles.get(key)!;
      const values: Record<string, string | number | boolean | null> = {
        labels: encodeValue(attributes.labels, nodeColumnByName.get('labels')),
      };
      for (const [name, value] of Object.entries(attributes.properties)) {
        assertNotReserved('GEXF', `node ${key}`, name, NODE_RESERVED);
        values[name] = encodeValue(value, nodeColumnByName.get(name));
      }
      return {
        label: xmlSafe(style.caption),
        attributes: values,
        viz: { color: style.colour, size: style.size, x: style.x, y: style.y },
      };
    },
    formatEdge: (key, attributes) => {
      const values: Record<string, string | number | boolean | null> = { type: xmlSafe(attributes.type) };
      const weight = attributes.properties.weight;
      for (const [name, value] of Object.entries(attributes.properties)) {
        assertNotReserved('GEXF', `relationship ${key}`, name, EDGE_RESERVED);
        // A numeric weight is the edge's own GEXF weight (what Gephi sizes edges by).
        if (name === 'weight' && typeof weight === 'number') continue;
        values[name] = encodeValue(value, edgeColumnByName.get(name));
      }
      return {
        label: xmlSafe(attributes.type),
        kind: xmlSafe(attributes.type),
        ...(typeof weight === 'number' ? { weight } : {}),
        attributes: values,
        viz: { color: edgeColour(attributes) },
      };
    },
  });
  // Only values can hold these characters; the markup around them is ASCII.
  return referenceLineSeparators(retypeLists(retypeLists(xml, 'node', nodeColumns), 'edge', edgeColumns));
}

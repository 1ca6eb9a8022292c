// Reading exports back with independent parsers (graphology-gexf, graphology-graphml, a plain
// RFC 4180 reader) into {labels, properties} / {type, properties}, so tests compare with the source.

import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { Properties, PropertyGraph, PropertyValue } from '../../../src/graph/schema.js';

export interface PlainGraph {
  nodes: Record<string, { labels: string[]; properties: Properties }>;
  edges: Record<string, { source: string; target: string; type: string; properties: Properties }>;
}

/** The graph as plain data, for deep equality. */
export function plain(graph: PropertyGraph): PlainGraph {
  const result: PlainGraph = { nodes: {}, edges: {} };
  graph.forEachNode((key, attributes) => {
    result.nodes[key] = { labels: attributes.labels, properties: attributes.properties };
  });
  graph.forEachEdge((key, attributes, source, target) => {
    result.edges[key] = { source, target, type: attributes.type, properties: attributes.properties };
  });
  return result;
}

function without(attributes: Record<string, unknown>, drop: string[]): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(attributes)) if (!drop.includes(name)) kept[name] = value as PropertyValue;
  return kept;
}

/** Parse GEXF with graphology-gexf; drawing attributes (label, viz) and the added `type` are set aside. */
export function readGexf(text: string): { graph: PlainGraph; drawing: Record<string, Record<string, unknown>> } {
  // respectInputGraphType: an edgeless file would otherwise ask for a mixed graph.
  const parsed = gexf.parse(MultiDirectedGraph, text, { respectInputGraphType: true });
  const graph: PlainGraph = { nodes: {}, edges: {} };
  const drawing: Record<string, Record<string, unknown>> = {};
  parsed.forEachNode((key, attributes) => {
    const { labels, label, type, color, size, x, y } = attributes;
    drawing[key] = { label, type, color: hexColour(color as string), size, x, y };
    graph.nodes[key] = { labels: labels as string[], properties: without(attributes, ['labels', 'label', 'type', 'color', 'size', 'x', 'y', 'z']) };
  });
  parsed.forEachEdge((key, attributes, source, target) => {
    graph.edges[key] = {
      source,
      target,
      type: attributes.type as string,
      properties: without(attributes, ['type', 'label', 'color']),
    };
  });
  return { graph, drawing };
}

/** `rgb(r,g,b)` (how graphology-gexf reads a GEXF 1.2 colour) as `#rrggbb`. */
function hexColour(rgb: string): string {
  const channels = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(rgb);
  if (channels === null) return rgb;
  return `#${channels
    .slice(1)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The text an XML name token stands for (the inverse of src/export/xml-name.ts). */
export function fromNameToken(token: string): string {
  return token.replace(/_x([0-9A-F]{4,6})_/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/**
 * Parse GraphML with graphology-graphml as docs/export.md tells a reader to: ids from XML name
 * tokens, `node_id`/`edge_id` back to `id`, lists decoded from JSON as `listAttributes` names them.
 */
export function readGraphml(text: string): { graph: PlainGraph; drawing: Record<string, Record<string, unknown>> } {
  const parsed = graphml.parse(MultiDirectedGraph, text);
  const lists = JSON.parse(parsed.getAttribute('listAttributes') as string) as { node: string[]; edge: string[] };
  const decode = (attributes: Record<string, unknown>, names: string[], idName: string): Record<string, unknown> => {
    const decoded: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(attributes)) {
      const property = name === idName ? 'id' : fromNameToken(name);
      decoded[property] = names.includes(name) && typeof value === 'string' ? JSON.parse(value) : value;
    }
    return decoded;
  };
  const graph: PlainGraph = { nodes: {}, edges: {} };
  const drawing: Record<string, Record<string, unknown>> = {};
  parsed.forEachNode((token, raw) => {
    const key = fromNameToken(token);
    const attributes = decode(raw, lists.node, 'node_id');
    // graphology-graphml reads Gephi's r/g/b keys as one `color`.
    const { label, type, color, size, x, y } = attributes;
    drawing[key] = { label, type, color, size, x, y };
    graph.nodes[key] = {
      labels: attributes.labels as string[],
      properties: without(attributes, ['labels', 'label', 'type', 'color', 'size', 'x', 'y']),
    };
  });
  parsed.forEachEdge((token, raw, source, target) => {
    const attributes = decode(raw, lists.edge, 'edge_id');
    graph.edges[fromNameToken(token)] = {
      source: fromNameToken(source),
      target: fromNameToken(target),
      type: attributes.type as string,
      properties: without(attributes, ['type', 'label', 'color']),
    };
  });
  return { graph, drawing };
}

/** RFC 4180 rows; a quoted field is marked so tests can tell "" (empty string) from null. */
export function readCsv(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') value += text[i++];
    }
    row.push({ value, quoted });
    if (text[i] === ',') {
      i += 1;
    } else if (text[i] === '\n' || i >= text.length) {
      rows.push(row);
      row = [];
      i += 1;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i])} after a field at ${i}`);
    }
  }
  return rows;
}

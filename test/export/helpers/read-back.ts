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

/** Parse GEXF with graphology-gexf; drawing attributes (label, viz) are set aside. */
export function readGexf(text: string): { graph: PlainGraph; drawing: Record<string, Record<string, unknown>> } {
  // respectInputGraphType: an edgeless file would otherwise ask for a mixed graph.
  const parsed = gexf.parse(MultiDirectedGraph, text, { respectInputGraphType: true });
  const graph: PlainGraph = { nodes: {}, edges: {} };
  const drawing: Record<string, Record<string, unknown>> = {};
  parsed.forEachNode((key, attributes) => {
    const { labels, label, color, size, x, y } = attributes;
    drawing[key] = { label, color, size, x, y };
    graph.nodes[key] = { labels: labels as string[], properties: without(attributes, ['labels', 'label', 'color', 'size', 'x', 'y']) };
  });
  parsed.forEachEdge((key, attributes, source, target) => {
    graph.edges[key] = {
      source,
      target,
      type: attributes.type as string,
      properties: without(attributes, ['type', 'label', 'kind', 'color']),
    };
  });
  return { graph, drawing };
}

/** Parse GraphML with graphology-graphml; lists decode from JSON as `listAttributes` names them. */
export function readGraphml(text: string): { graph: PlainGraph; drawing: Record<string, Record<string, unknown>> } {
  const parsed = graphml.parse(MultiDirectedGraph, text);
  const lists = JSON.parse(parsed.getAttribute('listAttributes') as string) as { node: string[]; edge: string[] };
  const decode = (attributes: Record<string, unknown>, names: string[]): Record<string, unknown> => {
    const decoded = { ...attributes };
    for (const name of names) if (typeof decoded[name] === 'string') decoded[name] = JSON.parse(decoded[name] as string);
    return decoded;
  };
  const graph: PlainGraph = { nodes: {}, edges: {} };
  const drawing: Record<string, Record<string, unknown>> = {};
  parsed.forEachNode((key, raw) => {
    const attributes = decode(raw, lists.node);
    const { label, color, size, x, y } = attributes;
    drawing[key] = { label, color, size, x, y };
    graph.nodes[key] = {
      labels: attributes.labels as string[],
      properties: without(attributes, ['labels', 'label', 'color', 'size', 'x', 'y', 'yEd.nodegraphics']),
    };
  });
  parsed.forEachEdge((key, raw, source, target) => {
    const attributes = decode(raw, lists.edge);
    graph.edges[key] = { source, target, type: attributes.type as string, properties: without(attributes, ['type', 'label', 'color', 'yEd.edgegraphics']) };
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

// The data the HTML viewer embeds: a graphology serialisation of the scoped graph whose node and
// edge attributes are ready to draw (position, colour, both sizes) and to explain (aliases,
// properties, mentions, evidence). Shared as types with the browser code in viewer/.

import { valueAt } from '../../errors.js';
import type { SerializedGraph } from 'graphology-types';
import type { PropertyGraph, PropertyValue } from '../../graph/schema.js';
import { edgeColour, nodeColour } from '../display.js';
import type { ExportOptions } from '../export-options.js';
import { nodeImportance } from '../../analytics/index.js';
import { nodeSizes } from '../node-sizes.js';
import { collectMentions } from '../mentions.js';
import type { EntityMention } from '../mentions.js';
import { styleNodes } from '../node-style.js';
import { selectScope } from '../scope.js';

export interface ViewerNode {
  label: string;
  nodeType: string;
  color: string;
  x: number;
  y: number;
  size: number;
  sizes: { pagerank: number; degree: number };
  aliases: string[];
  /** Other properties worth showing (acronym, kind, year, published, …) as [name, text]. */
  facts: [string, string][];
  mentions: EntityMention[];
}

export interface ViewerEdge {
  relation: string;
  color: string;
  size: number;
  /** sigma's edge program: arrows for typed relations, plain lines for CO_OCCURS. */
  type: 'arrow' | 'line';
  weight?: number;
  role?: string;
  evidence: string[];
}

export interface ViewerData {
  title: string;
  sizeBy: 'pagerank' | 'degree';
  types: { type: string; color: string; count: number }[];
  graph: SerializedGraph<ViewerNode, ViewerEdge>;
}

/** Properties shown elsewhere in the details panel, or not meant for people. */
const HIDDEN_FACTS = new Set(['id', 'name', 'aliases', 'text']);

function factText(value: PropertyValue): string {
  return Array.isArray(value) ? value.map((v) => (v === null ? '' : String(v))).join(', ') : String(value);
}

function stringList(value: PropertyValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Everything the viewer shows for `graph` under `options` (entities only unless told otherwise).
 * Mentions come from the full graph, so they survive the entities-only scope.
 */
export function buildViewerData(graph: PropertyGraph, options: ExportOptions = {}, title = 'crimegraph'): ViewerData {
  const scoped = selectScope(graph, { entitiesOnly: true, ...options });
  const sizeBy = options.size ?? 'pagerank';
  const styles = styleNodes(scoped, { size: sizeBy });
  const bySize = {
    pagerank: nodeSizes(nodeImportance(scoped, 'pagerank'), 4, 18),
    degree: nodeSizes(nodeImportance(scoped, 'degree'), 4, 18),
  };
  const mentions = collectMentions(graph);
  const counts = new Map<string, number>();

  const nodes = scoped.mapNodes((key, attributes) => {
    const style = valueAt(styles, key);
    counts.set(style.type, (counts.get(style.type) ?? 0) + 1);
    const sizes = { pagerank: bySize.pagerank.get(key) ?? 4, degree: bySize.degree.get(key) ?? 4 };
    const facts: [string, string][] = Object.entries(attributes.properties)
      .filter(([name, value]) => !HIDDEN_FACTS.has(name) && value !== null && !(name === 'title' && value === style.caption))
      .map(([name, value]) => [name, factText(value)]);
    return {
      key,
      attributes: {
        label: style.caption,
        nodeType: style.type,
        color: style.colour,
        x: style.x,
        y: style.y,
        size: sizes[sizeBy],
        sizes,
        aliases: stringList(attributes.properties.aliases),
        facts,
        mentions: mentions.get(key) ?? [],
      },
    };
  });
  const edges = scoped.mapEdges((key, attributes, source, target) => {
    const weight = attributes.properties.weight;
    const role = attributes.properties.role;
    const cooccurs = attributes.type === 'CO_OCCURS';
    return {
      key,
      source,
      target,
      attributes: {
        relation: attributes.type,
        color: edgeColour(attributes),
        size: cooccurs ? Math.min(4, 0.6 + 0.4 * (typeof weight === 'number' ? weight : 1)) : 1.6,
        type: cooccurs ? ('line' as const) : ('arrow' as const),
        ...(typeof weight === 'number' ? { weight } : {}),
        ...(typeof role === 'string' ? { role } : {}),
        evidence: stringList(attributes.properties.evidence),
      },
    };
  });
  const types = [...counts]
    .map(([type, count]) => ({ type, color: nodeColour(type), count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    title,
    sizeBy,
    types,
    graph: { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges },
  };
}

// How a node or relationship presents itself in every export: its type (first label), the text
// shown for it (name, title or id) and its colour from the palette data file.

import type { EdgeAttributes, NodeAttributes } from '../graph/schema.js';
import palette from './data/palette.json' with { type: 'json' };

const NODE_COLOURS: Record<string, string> = palette.nodes;
const EDGE_COLOURS: Record<string, string> = palette.edges;

/** The type a node is drawn as: its first label (the pipeline gives each node exactly one). */
export function nodeType(attributes: NodeAttributes): string {
  return attributes.labels[0] ?? 'Node';
}

/** The text people read for a node: an entity's name, a role's or item's title, else its id. */
export function nodeCaption(key: string, attributes: NodeAttributes): string {
  const { name, title, id } = attributes.properties;
  for (const candidate of [name, title, id]) {
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  return key;
}

/** `#rrggbb` for a node type; types outside the schema share one neutral colour. */
export function nodeColour(type: string): string {
  return (Object.hasOwn(NODE_COLOURS, type) ? NODE_COLOURS[type] : undefined) ?? palette.otherNode;
}

/** `#rrggbb` for a relationship type. */
export function edgeColour(attributes: EdgeAttributes): string {
  return (Object.hasOwn(EDGE_COLOURS, attributes.type) ? EDGE_COLOURS[attributes.type] : undefined) ?? palette.otherEdge;
}

/** The red, green and blue bytes of a `#rrggbb` colour (GraphML readers want them apart). */
export function colourBytes(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** Every node type the palette knows, in legend order. */
export const PALETTE_NODE_TYPES: readonly string[] = Object.keys(NODE_COLOURS);

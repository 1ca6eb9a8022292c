// The graph schema (src/graph/README.md) as types: node labels, relationship types, and the attribute
// shapes stored in the graphology graph that every later stage (Cypher, Neo4j, export, API) reads.

import type { MultiDirectedGraph } from 'graphology';

/** A property value as stored: what Neo4j accepts unchanged. */
export type PropertyValue = string | number | boolean | null | PropertyValue[];
export type Properties = Record<string, PropertyValue>;

export const NODE_LABELS = ['Newsletter', 'Item', 'Person', 'Body', 'Act', 'Programme', 'Role'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ENTITY_LABELS = ['Person', 'Body', 'Act', 'Programme'] as const;

export const RELATIONSHIP_TYPES = ['HAS_ITEM', 'MENTIONED_IN', 'AFFILIATED_WITH', 'HOLDS_ROLE', 'LEADS', 'AMENDS', 'PART_OF', 'CO_OCCURS'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Attributes of a node in the graphology graph. The node's graphology key equals
 * `properties.id` for every node the pipeline writes. Labels are a list because Cypher nodes
 * may carry several (the pipeline gives each node exactly one).
 */
export interface NodeAttributes {
  labels: string[];
  properties: Properties;
}

/** Attributes of a relationship. The graphology edge key is stable: `<type>:<source>-><target>`. */
export interface EdgeAttributes {
  type: string;
  properties: Properties;
}

/** The property graph every stage after `graph` reads: a graphology multi directed graph. */
export type PropertyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

// The typed results of the KnowledgeGraph API: plain data, the same on both backends.

export type EntityType = 'Person' | 'Body' | 'Act' | 'Programme';
export const ENTITY_TYPE_NAMES: readonly EntityType[] = ['Person', 'Body', 'Act', 'Programme'];

/** A canonical entity of the graph. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount: number;
  /** Body: acronym where known. */
  acronym?: string;
  /** Act: kind (`Act`, `Bill`, `Regulations`, …) and year where known. */
  kind?: string;
  year?: number;
}

/** An entity given by the caller: the record itself or its id. */
export type EntityRef = EntityRecord | string;

/** Any node of the graph (an entity, a Role, an Item or a Newsletter) as plain data. */
export interface NodeRecord {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipRecord {
  type: string;
  /** Ids of the start and end nodes. */
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** One item that mentions an entity. */
export interface MentionRecord {
  newsletter: string;
  newsletterTitle: string;
  /** ISO date of the newsletter. */
  published: string | null;
  item: string;
  title: string;
  count: number;
  evidence: string[];
}

export interface NeighbourRecord {
  node: NodeRecord;
  relation: string;
  /** `out` when the relation starts at the given entity. */
  direction: 'out' | 'in';
  properties: Record<string, unknown>;
}

export interface PathRecord {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

export interface RelatedRecord {
  entity: EntityRecord;
  sharedItems: number;
}

export interface TimelineRecord {
  published: string | null;
  newsletter: string;
  title: string;
  items: number;
  mentions: number;
}

export interface SearchHit {
  entity: Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases' | 'mentionCount'>;
  /** Similarity in [0, 1]; 1 is an exact match of the name or an alias. */
  score: number;
  /** The name or alias that matched best. */
  matched: string;
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export interface CentralityRecord {
  entity: EntityRecord;
  pagerank: number;
}

export interface Community {
  id: number;
  members: EntityRecord[];
}

export interface CommunityResult {
  modularity: number;
  communities: Community[];
}

export type Row = Record<string, unknown>;

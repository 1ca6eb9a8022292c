// KnowledgeGraph: questions about entities in a few typed lines, on the embedded engine or on
// Neo4j. Every question runs a named query from queries/api, so both backends answer alike.

import { toJson } from '../cypher/index.js';
import type { PlanOperator, QueryResult } from '../cypher/index.js';
import type { Node, Path, Relationship } from '../cypher/values.js';
import type { CypherValue } from '../cypher/values.js';
import { EntityNotFoundError, UnsupportedOperationError } from '../errors.js';
import { louvainCommunities, nodeImportance } from '../analytics/index.js';
import { selectScope } from '../export/index.js';
import { loadSnapshot, saveSnapshot } from '../graph/index.js';
import type { Snapshot } from '../graph/index.js';
import { Neo4jConnection } from '../neo4j/index.js';
import { EmbeddedBackend, Neo4jBackend } from './backend.js';
import type { QueryBackend } from './backend.js';
import { namedQuery } from './named-queries.js';
import { similarity } from './similarity.js';
import { ENTITY_TYPE_NAMES } from './types.js';
import type {
  CentralityRecord,
  CommunityResult,
  EntityRecord,
  EntityRef,
  EntityType,
  GraphStats,
  MentionRecord,
  NeighbourRecord,
  NodeRecord,
  PathRecord,
  RelatedRecord,
  RelationshipRecord,
  Row,
  SearchHit,
  TimelineRecord,
} from './types.js';

export interface ConnectOptions {
  uri: string;
  database?: string;
  /** Basic auth when given; none otherwise. The library never reads the environment: the CLI passes NEO4J_USERNAME. */
  username?: string;
  /** With `username`. The CLI passes NEO4J_PASSWORD. */
  password?: string;
}

export interface NeighbourOptions {
  /** Only neighbours with this label. */
  type?: EntityType | 'Role';
  /** Only this relationship type (`LEADS`, `CO_OCCURS`, …). */
  relation?: string;
  direction?: 'out' | 'in' | 'both';
}

/**
 * A knowledge graph of crime and policing news that answers questions.
 *
 * @example
 * const kg = await KnowledgeGraph.open('out');
 * const hmic = await kg.entity('HMIC');
 * for (const m of await kg.mentions(hmic!)) console.log(m.published, m.title);
 */
export class KnowledgeGraph {
  private constructor(
    private readonly backend: QueryBackend,
    private readonly snapshot: Snapshot | undefined,
  ) {}

  /** Wrap a snapshot already in memory (what `build()` returns). */
  static fromSnapshot(snapshot: Snapshot, options: { timeoutMs?: number } = {}): KnowledgeGraph {
    return new KnowledgeGraph(new EmbeddedBackend(snapshot.graph, options), snapshot);
  }

  /** Open a snapshot directory written by `crimegraph build` or `kg.save()`. */
  static async open(dir: string, options: { timeoutMs?: number } = {}): Promise<KnowledgeGraph> {
    return KnowledgeGraph.fromSnapshot(await loadSnapshot(dir), options);
  }

  /** Answer from a Neo4j server loaded with `crimegraph neo4j load`. */
  static async connect(options: ConnectOptions): Promise<KnowledgeGraph> {
    const connection = await Neo4jConnection.open({
      uri: options.uri,
      database: options.database,
      username: options.username,
      password: options.password,
    });
    return new KnowledgeGraph(new Neo4jBackend(connection), undefined);
  }

  /** `embedded` or `neo4j`. */
  get backendKind(): 'embedded' | 'neo4j' {
    return this.backend.kind;
  }

  /** Write the snapshot to a directory (atomically). Embedded backend only. */
  async save(dir: string): Promise<void> {
    await saveSnapshot(dir, this.requireSnapshot('save()'));
  }

  /** Release the backend (closes the Neo4j driver). */
  async close(): Promise<void> {
    await this.backend.close();
  }

  /** The entity whose name or alias is exactly `nameOrAlias`, ignoring case; the most mentioned if several. */
  async entity(nameOrAlias: string, type?: EntityType): Promise<EntityRecord | undefined> {
    const rows = await this.named('api/entity', { name: nameOrAlias, type: type ?? null });
    const first = rows[0];
    return first ? toEntity(first.entity) : undefined;
  }

  /** Entities ranked by how well their name or an alias matches `text`, typos forgiven. */
  async search(text: string, options: { type?: EntityType; limit?: number } = {}): Promise<SearchHit[]> {
    const rows = await this.named('api/search-candidates', { type: options.type ?? null });
    const hits: SearchHit[] = [];
    for (const row of rows) {
      const names = [row.name as string, ...((row.aliases as string[] | null) ?? [])];
      let best = { score: 0, matched: names[0]! };
      for (const name of names) {
        const score = similarity(text, name);
        if (score > best.score) best = { score, matched: name };
      }
      if (best.score >= 0.3) {
        hits.push({
          entity: {
            id: row.id as string,
            type: row.type as EntityType,
            name: row.name as string,
            aliases: (row.aliases as string[] | null) ?? [],
            mentionCount: Number(row.mentionCount ?? 0),
          },
          ...best,
        });
      }
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        b.entity.mentionCount - a.entity.mentionCount ||
        a.entity.name.localeCompare(b.entity.name),
    );
    return hits.slice(0, options.limit ?? 10);
  }

  /** The items that mention the entity, in date order, with evidence sentences. */
  async mentions(entity: EntityRef): Promise<MentionRecord[]> {
    const id = await this.resolveId(entity);
    const rows = await this.named('api/mentions', { id });
    return rows.map(row => ({
      newsletter: row.newsletter as string,
      newsletterTitle: row.newsletterTitle as string,
      published: (row.published as string | null) ?? null,
      item: row.item as string,
      title: row.title as string,
      count: Number(row.count ?? 0),
      evidence: (row.evidence as string[] | null) ?? [],
    }));
  }

  /** Neighbouring nodes (entities and roles) with the relation between, items and newsletters left out. */
  async neighbours(entity: EntityRef, options: NeighbourOptions = {}): Promise<NeighbourRecord[]> {
    const id = await this.resolveId(entity);
    const rows = await this.named('api/neighbours', {
      id,
      type: options.type ?? null,
      relation: options.relation ?? null,
      direction: options.direction ?? 'both',
    });
    return rows.map(row => ({
      node: toNodeRecord(row.neighbour),
      relation: row.relation as string,
      direction: row.direction as 'out' | 'in',
      properties: row.properties as Record<string, unknown>,
    }));
  }

  /** The shortest path from `a` to `b` over typed relations and co-occurrence, or undefined. */
  async path(a: EntityRef, b: EntityRef, options: { maxHops?: number } = {}): Promise<PathRecord | undefined> {
    const [from, to] = [await this.resolveId(a), await this.resolveId(b)];
    if (from === to) {
      const rows = await this.named('api/entity-by-id', { id: from });
      return { nodes: [toNodeRecord(rows[0]!.entity)], relationships: [] };
    }
    const rows = await this.named('api/path', { from, to, maxHops: options.maxHops ?? 6 });
    const first = rows[0];
    return first ? toPathRecord(first.path) : undefined;
  }

  /** Entities named in the same items, most shared items first. */
  async related(entity: EntityRef, options: { limit?: number } = {}): Promise<RelatedRecord[]> {
    const id = await this.resolveId(entity);
    const rows = await this.named('api/related', { id, limit: options.limit ?? 10 });
    return rows.map(row => ({ entity: toEntity(row.entity), sharedItems: Number(row.sharedItems) }));
  }

  /** Mentions per newsletter date. */
  async timeline(entity: EntityRef): Promise<TimelineRecord[]> {
    const id = await this.resolveId(entity);
    const rows = await this.named('api/timeline', { id });
    return rows.map(row => ({
      published: (row.published as string | null) ?? null,
      newsletter: row.newsletter as string,
      title: row.title as string,
      items: Number(row.items),
      mentions: Number(row.mentions),
    }));
  }

  /** Run any read-only Cypher; rows come back as plain objects (nodes as `{labels, properties}`). */
  async cypher(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return rowsOf(await this.backend.run(query, params), toJson);
  }

  /** The plan the engine would run `query` with, without running it (EXPLAIN). */
  async explain(query: string, params: Record<string, unknown> = {}): Promise<PlanOperator> {
    const { plan } = await this.backend.run(query, params, 'EXPLAIN');
    if (!plan) throw new UnsupportedOperationError('explain', this.backend.kind);
    return plan;
  }

  /** Run `query` and return its rows with the plan, counted per operator (PROFILE). */
  async profile(query: string, params: Record<string, unknown> = {}): Promise<{ rows: Row[]; plan: PlanOperator }> {
    const result = await this.backend.run(query, params, 'PROFILE');
    if (!result.plan) throw new UnsupportedOperationError('profile', this.backend.kind);
    return { rows: rowsOf(result, toJson), plan: result.plan };
  }

  /** Node and relationship counts, per label and per type. */
  async stats(): Promise<GraphStats> {
    const labels = await this.named('api/label-counts', {});
    const types = await this.named('api/relationship-counts', {});
    const labelCounts = Object.fromEntries(labels.map(r => [r.label as string, Number(r.count)]));
    const typeCounts = Object.fromEntries(types.map(r => [r.type as string, Number(r.count)]));
    const nodes =
      this.snapshot?.graph.order ?? Number((await this.cypher('MATCH (n) RETURN count(n) AS n'))[0]!.n);
    return {
      nodes,
      relationships: Object.values(typeCounts).reduce((a, b) => a + b, 0),
      labels: labelCounts,
      relationshipTypes: typeCounts,
    };
  }

  /** PageRank of every entity over typed relations and co-occurrence (embedded backend). */
  async centrality(options: { limit?: number } = {}): Promise<CentralityRecord[]> {
    const entities = this.entityGraph('centrality()');
    const scores = nodeImportance(entities, 'pagerank');
    return entities
      .mapNodes((node, attributes) => ({
        entity: entityFromAttributes(attributes.labels, attributes.properties),
        pagerank: scores.get(node) ?? 0,
      }))
      .sort((a, b) => b.pagerank - a.pagerank || a.entity.id.localeCompare(b.entity.id))
      .slice(0, options.limit ?? Infinity);
  }

  /** Louvain communities of entities, weighted by co-occurrence (embedded backend). */
  async communities(): Promise<CommunityResult> {
    const entities = this.entityGraph('communities()');
    const details = louvainCommunities(entities);
    const groups = new Map<number, EntityRecord[]>();
    entities.forEachNode((node, attributes) => {
      const community = details.communities[node]!;
      const entity = entityFromAttributes(attributes.labels, attributes.properties);
      groups.set(community, [...(groups.get(community) ?? []), entity]);
    });
    const communities = [...groups.values()]
      .map(members => members.sort((a, b) => a.id.localeCompare(b.id)))
      .sort((a, b) => b.length - a.length || a[0]!.id.localeCompare(b[0]!.id))
      .map((members, id) => ({ id, members }));
    return { modularity: details.modularity, communities };
  }

  /** The entities and the relations among them (no items, newsletters or roles). */
  private entityGraph(operation: string) {
    return selectScope(this.requireSnapshot(operation).graph, { types: ENTITY_TYPE_NAMES });
  }

  private requireSnapshot(operation: string): Snapshot {
    if (!this.snapshot) throw new UnsupportedOperationError(operation, this.backend.kind);
    return this.snapshot;
  }

  private async named(name: string, params: Record<string, unknown>): Promise<Record<string, CypherValue>[]> {
    const query = namedQuery(name);
    return rowsOf(await this.backend.run(query.text, { ...query.defaults, ...params }), value => value);
  }

  private async resolveId(entity: EntityRef): Promise<string> {
    if (typeof entity !== 'string') return entity.id;
    const rows = await this.named('api/entity-by-id', { id: entity });
    if (rows.length === 0) throw new EntityNotFoundError(entity);
    return entity;
  }
}

function rowsOf<T>(result: QueryResult, convert: (value: CypherValue) => T): Record<string, T>[] {
  return result.rows.map(row => Object.fromEntries(result.columns.map((column, i) => [column, convert(row[i]!)])));
}

function plainProperties(properties: Record<string, CypherValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toJson(v)]));
}

function toNodeRecord(value: unknown): NodeRecord {
  const node = value as Node;
  const properties = plainProperties(node.properties);
  return { id: String(properties.id ?? node.id), labels: [...node.labels], properties };
}

function entityFromAttributes(labels: string[], properties: Record<string, unknown>): EntityRecord {
  const type = labels.find(label => (ENTITY_TYPE_NAMES as readonly string[]).includes(label)) as EntityType;
  const record: EntityRecord = {
    id: String(properties.id),
    type,
    name: String(properties.name),
    aliases: (properties.aliases as string[] | undefined) ?? [],
    mentionCount: Number(properties.mentionCount ?? 0),
  };
  if (properties.acronym != null) record.acronym = String(properties.acronym);
  if (properties.kind != null) record.kind = String(properties.kind);
  if (properties.year != null) record.year = Number(properties.year);
  return record;
}

function toEntity(value: unknown): EntityRecord {
  const node = toNodeRecord(value);
  return entityFromAttributes(node.labels, node.properties);
}

function toRelationshipRecord(relationship: Relationship, ids: Map<string, string>): RelationshipRecord {
  return {
    type: relationship.type,
    start: ids.get(relationship.start) ?? relationship.start,
    end: ids.get(relationship.end) ?? relationship.end,
    properties: plainProperties(relationship.properties),
  };
}

function toPathRecord(value: unknown): PathRecord {
  const path = value as Path;
  const nodes = path.nodes.map(toNodeRecord);
  // Relationship ends name engine node ids; map them to the nodes' `id` properties.
  const ids = new Map(path.nodes.map((node, i) => [node.id, nodes[i]!.id]));
  return { nodes, relationships: path.relationships.map(r => toRelationshipRecord(r, ids)) };
}


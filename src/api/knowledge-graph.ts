// KnowledgeGraph: questions about entities in a few typed lines, on the embedded engine or on
// Neo4j. Every question runs a named query from queries/api, so both backends answer alike.

import { toJson } from '../cypher/index.js';
import type { PlanOperator, QueryResult } from '../cypher/index.js';
import type { Node, Path, Relationship } from '../cypher/values.js';
import type { CypherValue } from '../cypher/values.js';
import { CypherError, EntityNotFoundError, InternalQueryError, InvalidArgumentError, UnsupportedOperationError } from '../errors.js';
import {
  DIRECTIONS,
  MAX_PATH_HOPS,
  NEIGHBOUR_RELATIONS,
  NEIGHBOUR_TYPES,
  choice,
  entityRef,
  entityType,
  integer,
  options as checkOptions,
  text,
} from './arguments.js';
import type { BackendOptions } from './backend.js';
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

/** How an opened graph runs queries. */
export interface OpenOptions {
  /** Stop a query after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Memory budget of one query on the embedded engine, in megabytes (default 512). */
  maxMemoryMb?: number;
  /** Allow `cypher()` to run updating clauses (CREATE, SET, …); read-only by default. */
  write?: boolean;
}

export interface ConnectOptions extends Omit<OpenOptions, 'maxMemoryMb'> {
  uri: string;
  database?: string;
  /** Basic auth when given; none otherwise. The library never reads the environment: the CLI passes NEO4J_USERNAME. */
  username?: string;
  /** With `username`. The CLI passes NEO4J_PASSWORD. */
  password?: string;
  /** The deadline of each step of reaching the server, in milliseconds (default 10 000, as `--wait`). */
  waitMs?: number;
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
  static fromSnapshot(snapshot: Snapshot, options: OpenOptions = {}): KnowledgeGraph {
    return new KnowledgeGraph(new EmbeddedBackend(snapshot.graph, openOptions('KnowledgeGraph.open()', options)), snapshot);
  }

  /** Open a snapshot directory written by `crimegraph build` or `kg.save()`. */
  static async open(dir: string, options: OpenOptions = {}): Promise<KnowledgeGraph> {
    const checked = openOptions('KnowledgeGraph.open()', options);
    return KnowledgeGraph.fromSnapshot(await loadSnapshot(text('KnowledgeGraph.open()', 'dir', dir)), checked);
  }

  /** Answer from a Neo4j server loaded with `crimegraph neo4j load`. */
  static async connect(options: ConnectOptions): Promise<KnowledgeGraph> {
    const method = 'KnowledgeGraph.connect()';
    const checked = openOptions(method, options);
    const connection = await Neo4jConnection.open({
      uri: text(method, 'uri', options.uri),
      database: options.database,
      username: options.username,
      password: options.password,
      waitMs: integer(method, 'waitMs', options.waitMs, 1),
    });
    return new KnowledgeGraph(new Neo4jBackend(connection, checked), undefined);
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
    const method = 'entity()';
    const name = text(method, 'nameOrAlias', nameOrAlias);
    const rows = await this.named(method, 'api/entity', { name, type: entityType(method, 'type', type) ?? null });
    const first = rows[0];
    return first ? toEntity(first.entity) : undefined;
  }

  /** Entities ranked by how well their name or an alias matches `text`, typos forgiven. */
  async search(query: string, options: { type?: EntityType; limit?: number } = {}): Promise<SearchHit[]> {
    const method = 'search()';
    const wanted = text(method, 'text', query);
    const given = checkOptions(method, options);
    const type = entityType(method, 'type', given.type);
    const limit = integer(method, 'limit', given.limit, 1) ?? 10;
    const rows = await this.named(method, 'api/search-candidates', { type: type ?? null });
    const hits: SearchHit[] = [];
    for (const row of rows) {
      const names = [row.name as string, ...((row.aliases as string[] | null) ?? [])];
      let best = { score: 0, matched: names[0]! };
      for (const name of names) {
        const score = similarity(wanted, name);
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
    hits.sort((a, b) => b.score - a.score || b.entity.mentionCount - a.entity.mentionCount || a.entity.name.localeCompare(b.entity.name));
    return hits.slice(0, limit);
  }

  /** The items that mention the entity, in date order, with evidence sentences. */
  async mentions(entity: EntityRef): Promise<MentionRecord[]> {
    const id = await this.resolveId('mentions()', entity);
    const rows = await this.named('mentions()', 'api/mentions', { id });
    return rows.map((row) => ({
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
    const method = 'neighbours()';
    const given = checkOptions(method, options);
    const filters = {
      type: choice(method, 'type', given.type, NEIGHBOUR_TYPES) ?? null,
      relation: choice(method, 'relation', given.relation, NEIGHBOUR_RELATIONS) ?? null,
      direction: choice(method, 'direction', given.direction, DIRECTIONS) ?? 'both',
    };
    const id = await this.resolveId(method, entity);
    const rows = await this.named(method, 'api/neighbours', { id, ...filters });
    return rows.map((row) => ({
      node: toNodeRecord(row.neighbour),
      relation: row.relation as string,
      direction: row.direction as 'out' | 'in',
      properties: row.properties as Record<string, unknown>,
    }));
  }

  /** The shortest path from `a` to `b` over typed relations and co-occurrence, or undefined. */
  async path(a: EntityRef, b: EntityRef, options: { maxHops?: number } = {}): Promise<PathRecord | undefined> {
    const method = 'path()';
    const maxHops = integer(method, 'maxHops', checkOptions(method, options).maxHops, 1, MAX_PATH_HOPS) ?? 6;
    const [from, to] = [await this.resolveId(method, a, 'a'), await this.resolveId(method, b, 'b')];
    if (from === to) {
      const rows = await this.named(method, 'api/entity-by-id', { id: from });
      return { nodes: [toNodeRecord(rows[0]!.entity)], relationships: [] };
    }
    const rows = await this.named(method, 'api/path', { from, to, maxHops });
    const first = rows[0];
    return first ? toPathRecord(first.path) : undefined;
  }

  /** Entities named in the same items, most shared items first. */
  async related(entity: EntityRef, options: { limit?: number } = {}): Promise<RelatedRecord[]> {
    const method = 'related()';
    const limit = integer(method, 'limit', checkOptions(method, options).limit, 1) ?? 10;
    const id = await this.resolveId(method, entity);
    const rows = await this.named(method, 'api/related', { id, limit });
    return rows.map((row) => ({ entity: toEntity(row.entity), sharedItems: Number(row.sharedItems) }));
  }

  /** Mentions per newsletter date. */
  async timeline(entity: EntityRef): Promise<TimelineRecord[]> {
    const id = await this.resolveId('timeline()', entity);
    const rows = await this.named('timeline()', 'api/timeline', { id });
    return rows.map((row) => ({
      published: (row.published as string | null) ?? null,
      newsletter: row.newsletter as string,
      title: row.title as string,
      items: Number(row.items),
      mentions: Number(row.mentions),
    }));
  }

  /**
   * Run any Cypher (read-only unless the graph was opened with `write: true`); rows come back as
   * plain objects (nodes as `{labels, properties}`).
   */
  async cypher(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const method = 'cypher()';
    text(method, 'query', query);
    checkOptions(method, params);
    try {
      return rowsOf(await this.backend.run(query, params), toJson);
    } catch (error) {
      // The engine says what is refused; how to allow it is said in the API's words.
      if (error instanceof CypherError && error.detail === 'ReadOnly') {
        const [first, ...rest] = error.message.split('\n');
        const message = [`${first}; open the graph with { write: true } to allow it`, ...rest].join('\n');
        throw new CypherError(error.phase, error.type, error.detail, message, error.position);
      }
      throw error;
    }
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
    const labels = await this.named('stats()', 'api/label-counts', {});
    const types = await this.named('stats()', 'api/relationship-counts', {});
    const labelCounts = Object.fromEntries(labels.map((r) => [r.label as string, Number(r.count)]));
    const typeCounts = Object.fromEntries(types.map((r) => [r.type as string, Number(r.count)]));
    const nodes = this.snapshot?.graph.order ?? Number((await this.cypher('MATCH (n) RETURN count(n) AS n'))[0]!.n);
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
      .slice(0, integer('centrality()', 'limit', checkOptions('centrality()', options).limit, 1) ?? Infinity);
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
      .map((members) => members.sort((a, b) => a.id.localeCompare(b.id)))
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

  /**
   * Run one of the API's own queries. Its Cypher is ours, not the caller's: an error in it is an
   * InternalQueryError naming the method, never a CypherError the caller would look for in
   * their own query. Limits (timeout, memory) and server errors pass as they are.
   */
  private async named(method: string, name: string, params: Record<string, unknown>): Promise<Record<string, CypherValue>[]> {
    const query = namedQuery(name);
    try {
      return rowsOf(await this.backend.run(query.text, { ...query.defaults, ...params }), (value) => value);
    } catch (error) {
      if (error instanceof CypherError) throw new InternalQueryError(method, name, error);
      throw error;
    }
  }

  private async resolveId(method: string, entity: EntityRef, option = 'entity'): Promise<string> {
    const ref = entityRef(method, option, entity);
    if (typeof ref !== 'string') return ref.id;
    const rows = await this.named(method, 'api/entity-by-id', { id: ref });
    if (rows.length === 0) throw new EntityNotFoundError(ref);
    return ref;
  }
}

function openOptions(method: string, options: OpenOptions): BackendOptions {
  const given = checkOptions(method, options);
  if (given.write !== undefined && typeof given.write !== 'boolean') throw new InvalidArgumentError(method, 'write', 'true or false', given.write);
  return {
    timeoutMs: integer(method, 'timeoutMs', given.timeoutMs, 1),
    maxMemoryMb: integer(method, 'maxMemoryMb', given.maxMemoryMb, 1),
    write: given.write,
  };
}

function rowsOf<T>(result: QueryResult, convert: (value: CypherValue) => T): Record<string, T>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, convert(row[i]!)])));
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
  const type = labels.find((label) => (ENTITY_TYPE_NAMES as readonly string[]).includes(label)) as EntityType;
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
  return { nodes, relationships: path.relationships.map((r) => toRelationshipRecord(r, ids)) };
}

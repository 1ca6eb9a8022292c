// KnowledgeGraph: questions about entities in a few typed lines, on the embedded engine or on
// Neo4j. Every question runs a named query from queries/api, so both backends answer alike.

import { Node, toJson } from '../cypher/index.js';
import type { CypherValue, Path, PlanOperator, QueryResult, Relationship } from '../cypher/index.js';
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
import { louvainCommunities, nodeImportance } from '../analytics/index.js';
import { selectScope } from '../export/index.js';
import { loadSnapshot, openSnapshotColumns, saveSnapshot, summarizeGraph } from '../graph/index.js';
import type { NodeAttributes, Snapshot, SnapshotManifest } from '../graph/index.js';
import { ColumnarStore } from '../cypher/index.js';
import { Neo4jConnection } from '../neo4j/index.js';
import { API_QUERIES, entity as entityDecoder } from './api-queries.js';
import type { ApiQuery, CountRow, QueryParam } from './api-queries.js';
import { EmbeddedBackend, Neo4jBackend } from './backend.js';
import type { BackendOptions, QueryBackend } from './backend.js';
import { namedQuery } from './named-queries.js';
import { cypherParams } from './query-params.js';
import { RowReader, decodeValue } from './row-decoder.js';
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
    private snapshot: Snapshot | undefined,
    /** A snapshot opened through its columns: its counts, and graph.json loaded when a call needs the graph itself. */
    private readonly columnar?: { counts: SnapshotManifest['counts']; load: () => Promise<Snapshot> },
  ) {}

  /** Wrap a snapshot already in memory (what `build()` returns). */
  static fromSnapshot(snapshot: Snapshot, options: OpenOptions = {}): KnowledgeGraph {
    return new KnowledgeGraph(new EmbeddedBackend(snapshot.graph, openOptions('KnowledgeGraph.open()', options)), snapshot);
  }

  /**
   * Open a snapshot directory written by `crimegraph build` or `kg.save()`. Read-only, a snapshot
   * with columns (graph.store) opens through them, without building a graph; `centrality()`,
   * `communities()` and `save()` then load graph.json on first use.
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<KnowledgeGraph> {
    const checked = openOptions('KnowledgeGraph.open()', options);
    const at = text('KnowledgeGraph.open()', 'dir', dir);
    if (checked.write !== true) {
      const opened = await openSnapshotColumns(at);
      if (opened)
        return new KnowledgeGraph(new EmbeddedBackend(new ColumnarStore(opened.columns), checked), undefined, {
          counts: opened.manifest.counts,
          load: () => loadSnapshot(at),
        });
    }
    return KnowledgeGraph.fromSnapshot(await loadSnapshot(at), checked);
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
    await saveSnapshot(dir, await this.requireSnapshot('save()'));
  }

  /** Release the backend (closes the Neo4j driver). */
  async close(): Promise<void> {
    await this.backend.close();
  }

  /** The entity whose name or alias is exactly `nameOrAlias`, ignoring case; the most mentioned if several. */
  async entity(nameOrAlias: string, type?: EntityType): Promise<EntityRecord | undefined> {
    const method = 'entity()';
    const name = text(method, 'nameOrAlias', nameOrAlias);
    const [first] = await this.named(method, API_QUERIES.entity, { name, type: entityType(method, 'type', type) ?? null });
    return first?.entity;
  }

  /** Entities ranked by how well their name or an alias matches `text`, typos forgiven. */
  async search(query: string, options: { type?: EntityType; limit?: number } = {}): Promise<SearchHit[]> {
    const method = 'search()';
    const wanted = text(method, 'text', query);
    const given = checkOptions(method, options);
    const type = entityType(method, 'type', given.type);
    const limit = integer(method, 'limit', given.limit, 1) ?? 10;
    const rows = await this.named(method, API_QUERIES.searchCandidates, { type: type ?? null });
    const hits: SearchHit[] = [];
    for (const row of rows) {
      let best = { score: 0, matched: row.name };
      for (const name of [row.name, ...row.aliases]) {
        const score = similarity(wanted, name);
        if (score > best.score) best = { score, matched: name };
      }
      if (best.score >= 0.3) hits.push({ entity: row, ...best });
    }
    hits.sort((a, b) => b.score - a.score || b.entity.mentionCount - a.entity.mentionCount || a.entity.name.localeCompare(b.entity.name));
    return hits.slice(0, limit);
  }

  /** The items that mention the entity, in date order, with evidence sentences. */
  async mentions(entity: EntityRef): Promise<MentionRecord[]> {
    const id = await this.resolveId('mentions()', entity);
    return this.named('mentions()', API_QUERIES.mentions, { id });
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
    const rows = await this.named(method, API_QUERIES.neighbours, { id, ...filters });
    return rows.map((row) => ({
      node: toNodeRecord(row.neighbour),
      relation: row.relation,
      direction: row.direction,
      properties: plainProperties(row.properties),
    }));
  }

  /** The shortest path from `a` to `b` over typed relations and co-occurrence, or undefined. */
  async path(a: EntityRef, b: EntityRef, options: { maxHops?: number } = {}): Promise<PathRecord | undefined> {
    const method = 'path()';
    const maxHops = integer(method, 'maxHops', checkOptions(method, options).maxHops, 1, MAX_PATH_HOPS) ?? 6;
    const [from, to] = [await this.resolveId(method, a, 'a'), await this.resolveId(method, b, 'b')];
    if (from === to) {
      const [row] = await this.named(method, API_QUERIES.entityById, { id: from });
      return row ? { nodes: [toNodeRecord(row.node)], relationships: [] } : undefined;
    }
    const [first] = await this.named(method, API_QUERIES.path, { from, to, maxHops });
    return first ? toPathRecord(first.path) : undefined;
  }

  /** Entities named in the same items, most shared items first. */
  async related(entity: EntityRef, options: { limit?: number } = {}): Promise<RelatedRecord[]> {
    const method = 'related()';
    const limit = integer(method, 'limit', checkOptions(method, options).limit, 1) ?? 10;
    const id = await this.resolveId(method, entity);
    return this.named(method, API_QUERIES.related, { id, limit });
  }

  /** Mentions per newsletter date. */
  async timeline(entity: EntityRef): Promise<TimelineRecord[]> {
    const id = await this.resolveId('timeline()', entity);
    return this.named('timeline()', API_QUERIES.timeline, { id });
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
      return jsonRows(await this.backend.run(query, cypherParams(params)));
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
    const { plan } = await this.backend.run(query, cypherParams(params), 'EXPLAIN');
    if (!plan) throw new UnsupportedOperationError('explain', this.backend.kind);
    return plan;
  }

  /** Run `query` and return its rows with the plan, counted per operator (PROFILE). */
  async profile(query: string, params: Record<string, unknown> = {}): Promise<{ rows: Row[]; plan: PlanOperator }> {
    const result = await this.backend.run(query, cypherParams(params), 'PROFILE');
    if (!result.plan) throw new UnsupportedOperationError('profile', this.backend.kind);
    return { rows: jsonRows(result), plan: result.plan };
  }

  /**
   * Node and relationship counts, per label and per type. On a snapshot these are the counts of
   * `summarizeGraph` (what `crimegraph stats` and the snapshot manifest show); on Neo4j the
   * server counts with the api/label-counts, api/relationship-counts and api/node-count queries.
   */
  async stats(): Promise<GraphStats> {
    if (this.snapshot || this.columnar) {
      const { nodes, relationships, labels, types } = this.snapshot ? summarizeGraph(this.snapshot.graph, 0).counts : this.columnar!.counts;
      return { nodes, relationships, labels, relationshipTypes: types };
    }
    const labels = countsByKey(await this.named('stats()', API_QUERIES.labelCounts, {}));
    const types = countsByKey(await this.named('stats()', API_QUERIES.relationshipCounts, {}));
    const [count] = await this.named('stats()', API_QUERIES.nodeCount, {});
    return {
      nodes: count?.nodes ?? 0,
      relationships: Object.values(types).reduce((a, b) => a + b, 0),
      labels,
      relationshipTypes: types,
    };
  }

  /** PageRank of every entity over typed relations and co-occurrence (embedded backend). */
  async centrality(options: { limit?: number } = {}): Promise<CentralityRecord[]> {
    const entities = await this.entityGraph('centrality()');
    const scores = nodeImportance(entities, 'pagerank');
    return entities
      .mapNodes((node, attributes) => ({
        entity: entityFromAttributes(node, attributes),
        pagerank: scores.get(node) ?? 0,
      }))
      .sort((a, b) => b.pagerank - a.pagerank || a.entity.id.localeCompare(b.entity.id))
      .slice(0, integer('centrality()', 'limit', checkOptions('centrality()', options).limit, 1) ?? Infinity);
  }

  /** Louvain communities of entities, weighted by co-occurrence (embedded backend). */
  async communities(): Promise<CommunityResult> {
    const entities = await this.entityGraph('communities()');
    const details = louvainCommunities(entities);
    const groups = new Map<number, EntityRecord[]>();
    entities.forEachNode((node, attributes) => {
      const community = details.communities[node] ?? -1;
      const entity = entityFromAttributes(node, attributes);
      groups.set(community, [...(groups.get(community) ?? []), entity]);
    });
    // Each group holds one member at least, so its first id is the one to order by.
    const firstId = (members: EntityRecord[]): string => members[0]?.id ?? '';
    const communities = [...groups.values()]
      .map((members) => members.sort((a, b) => a.id.localeCompare(b.id)))
      .sort((a, b) => b.length - a.length || firstId(a).localeCompare(firstId(b)))
      .map((members, id) => ({ id, members }));
    return { modularity: details.modularity, communities };
  }

  /** The entities and the relations among them (no items, newsletters or roles). */
  private async entityGraph(operation: string) {
    return selectScope((await this.requireSnapshot(operation)).graph, { types: ENTITY_TYPE_NAMES });
  }

  private async requireSnapshot(operation: string): Promise<Snapshot> {
    if (!this.snapshot && this.columnar) this.snapshot = await this.columnar.load();
    if (!this.snapshot) throw new UnsupportedOperationError(operation, this.backend.kind);
    return this.snapshot;
  }

  /**
   * Run one of the API's own queries. Its Cypher is ours, not the caller's: an error in it is an
   * InternalQueryError naming the method, never a CypherError the caller would look for in
   * their own query. Limits (timeout, memory) and server errors pass as they are.
   */
  private async named<P extends Record<string, QueryParam>, R>(method: string, query: ApiQuery<P, R>, params: P): Promise<R[]> {
    const file = namedQuery(query.name);
    let result: QueryResult;
    try {
      result = await this.backend.run(file.text, cypherParams({ ...file.defaults, ...params }));
    } catch (error) {
      if (error instanceof CypherError) throw new InternalQueryError(method, query.name, error);
      throw error;
    }
    return cypherRows(result).map((row) => query.row(new RowReader(row, query.name, this.backend.kind)));
  }

  private async resolveId(method: string, entity: EntityRef, option = 'entity'): Promise<string> {
    const ref = entityRef(method, option, entity);
    if (typeof ref !== 'string') return ref.id;
    const rows = await this.named(method, API_QUERIES.entityById, { id: ref });
    if (rows.length === 0) throw new EntityNotFoundError(ref);
    return ref;
  }
}

function openOptions(method: string, options: OpenOptions): BackendOptions {
  const given = checkOptions(method, options);
  if (given.write !== undefined && typeof given.write !== 'boolean') throw new InvalidArgumentError(method, 'write', 'true or false', given.write);
  return {
    timeoutMs: integer(method, 'timeoutMs', given.timeoutMs, 1),
    maxMemoryBytes: megabytes(integer(method, 'maxMemoryMb', given.maxMemoryMb, 1)),
    write: given.write,
  };
}

function megabytes(mb: number | undefined): number | undefined {
  return mb === undefined ? undefined : mb * 1024 * 1024;
}

/** Rows as objects by column; a row shorter than the columns (never given by an engine) reads null. */
function cypherRows(result: QueryResult): Record<string, CypherValue>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null])));
}

function jsonRows(result: QueryResult): Row[] {
  return cypherRows(result).map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, toJson(value)])));
}

function countsByKey(rows: CountRow[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}

function plainProperties(properties: Record<string, CypherValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toJson(v)]));
}

function toNodeRecord(node: Node): NodeRecord {
  const properties = plainProperties(node.properties);
  return { id: typeof properties.id === 'string' ? properties.id : node.id, labels: [...node.labels], properties };
}

/** An entity node of the graph itself (analytics): checked as the entity column of a query row is. */
function entityFromAttributes(key: string, attributes: NodeAttributes): EntityRecord {
  return decodeValue('the snapshot graph', key, new Node(key, attributes.labels, attributes.properties), entityDecoder);
}

function toRelationshipRecord(relationship: Relationship, ids: Map<string, string>): RelationshipRecord {
  return {
    type: relationship.type,
    start: ids.get(relationship.start) ?? relationship.start,
    end: ids.get(relationship.end) ?? relationship.end,
    properties: plainProperties(relationship.properties),
  };
}

function toPathRecord(path: Path): PathRecord {
  const nodes = path.nodes.map(toNodeRecord);
  // Relationship ends name engine node ids; map them to the nodes' `id` properties.
  const ids = new Map(path.nodes.map((node, i) => [node.id, nodes[i]?.id ?? node.id]));
  return { nodes, relationships: path.relationships.map((r) => toRelationshipRecord(r, ids)) };
}

// The HTTP API as data: each route's method, path, schemas (validated by Fastify and published in
// the OpenAPI document) and handler. Handlers answer as the TypeScript API does.

import type { EntityRecord, EntityType } from '../api/index.js';
import { namedQuery } from '../api/index.js';
import { EntityNotFoundError } from '../errors.js';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../export/index.js';
import type { ExportFormat, ExportOutput } from '../export/index.js';
import type { AnswerCache } from './answer-cache.js';
import type { Catalogue } from './catalogue.js';
import type { GraphSource } from './graph-source.js';
import { ServeError } from './http-error.js';
import { mentionSpans } from './mention-spans.js';
import { isStringList, recordOf, stringsOf } from './json-shapes.js';
import { FieldReader } from './request-values.js';

export type JsonSchema = Record<string, unknown>;

export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** Aborts when the client closes its connection before the answer. */
  signal?: AbortSignal;
}

/** What a handler answers: JSON, or a file to download. */
export type RouteAnswer = { json: unknown; status?: number; headers?: Record<string, string> } | { file: string; contentType: string; name: string };

export interface ApiContext {
  source: GraphSource;
  catalogue: Catalogue;
  /** The viewer bundle, for the html export (embedded only). */
  viewerScript?: string;
  /** Export outputs made so far, by format: a big graph is exported once. */
  exports: Map<string, ReturnType<typeof exportGraph>>;
  /** When each export was made (Neo4j: they are remade after a minute). */
  exportedAt?: Map<string, number>;
  /** Exports being made now, so that many asking at once make one. */
  exporting?: Map<string, Promise<ExportOutput>>;
  /** Answers kept for the next asker (read-only snapshots only). */
  cache?: AnswerCache;
}

export interface ApiRoute {
  method: 'GET' | 'POST';
  /** Fastify form: `/api/entities/:ref`. */
  url: string;
  summary: string;
  tag: string;
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  /** The success answer's schema, for the OpenAPI document. */
  response: JsonSchema;
  /** Runs a query, so it counts against --max-concurrent: `main` on the main thread, `cypher` on the query workers (or Neo4j). */
  queries: false | 'main' | 'cypher';
  handler(request: RouteRequest, context: ApiContext): Promise<RouteAnswer>;
}

const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Body', 'Act', 'Programme'];
const NEIGHBOUR_TYPES: readonly (EntityType | 'Role')[] = [...ENTITY_TYPES, 'Role'];
const DIRECTIONS = ['out', 'in', 'both'] as const;

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const entitySchema: JsonSchema = {
  type: 'object',
  required: ['id', 'type', 'name', 'aliases', 'mentionCount'],
  properties: {
    id: str,
    type: { enum: ENTITY_TYPES },
    name: str,
    aliases: { type: 'array', items: str },
    mentionCount: { type: 'integer' },
    acronym: str,
    kind: str,
    year: { type: 'integer' },
  },
};
const nodeSchema: JsonSchema = { type: 'object', properties: { id: str, labels: { type: 'array', items: str }, properties: { type: 'object' } } };
const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: str, message: str, line: { type: 'integer' }, column: { type: 'integer' }, type: str },
    },
  },
};
const refParams: JsonSchema = {
  type: 'object',
  required: ['ref'],
  properties: { ref: { type: 'string', minLength: 1, maxLength: 500, description: 'entity id (`body:college-of-policing`), or a name or alias (any case)' } },
};
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const json = (value: unknown): RouteAnswer => ({ json: value });

/** The newsletter id of an item id (`<newsletter id>#<item number>`). */
function newsletterOfItem(item: string): string {
  const at = item.indexOf('#');
  return at < 0 ? item : item.slice(0, at);
}

/** The `:ref` of an entity route. */
function entityRef(request: RouteRequest): string {
  return new FieldReader(request.params, 'path parameter').text('ref');
}

/** An entity by id, or else by exact name or alias. */
async function findEntity(ref: string, context: ApiContext): Promise<EntityRecord> {
  const { kg } = context.source;
  // With the label known from the search index, the lookup uses the label's id index instead of
  // scanning every node (0.9 s on a 10,000-newsletter graph); the label is one of four names.
  const type = context.catalogue.entityType(ref);
  const [row] = type
    ? await kg.cypher(`MATCH (e:${type} {id: $id}) RETURN e AS entity`, { id: ref })
    : await kg.cypher(namedQuery('api/entity-by-id').text, { id: ref });
  const found = row === undefined ? undefined : entityRecord(row.entity);
  if (found) return found;
  const entity = await kg.entity(ref);
  if (!entity) throw new EntityNotFoundError(ref);
  return entity;
}

/** An entity node as the API's rows give it (`{labels, properties}`); undefined for a node of no entity label. */
function entityRecord(value: unknown): EntityRecord | undefined {
  const node = recordOf(value);
  const labels = isStringList(node.labels) ? node.labels : [];
  const type = ENTITY_TYPES.find((t) => labels.includes(t));
  if (type === undefined) return undefined;
  const p = recordOf(node.properties);
  const record: EntityRecord = {
    id: String(p.id),
    type,
    name: String(p.name),
    aliases: stringsOf(p.aliases),
    mentionCount: Number(p.mentionCount ?? 0),
  };
  if (p.acronym != null) record.acronym = String(p.acronym);
  if (p.kind != null) record.kind = String(p.kind);
  if (p.year != null) record.year = Number(p.year);
  return record;
}

export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'POST',
    url: '/api/cypher',
    tag: 'cypher',
    queries: 'cypher',
    summary: 'Run a Cypher query (read-only unless the server was started with --write)',
    body: {
      type: 'object',
      required: ['query'],
      additionalProperties: false,
      properties: { query: { type: 'string', minLength: 1, maxLength: 100_000 }, params: { type: 'object', default: {} } },
    },
    response: {
      type: 'object',
      required: ['columns', 'rows', 'summary'],
      properties: {
        columns: arrayOf(str),
        rows: arrayOf({ type: 'object' }),
        summary: {
          type: 'object',
          properties: { engine: { enum: ['embedded', 'neo4j'] }, rows: { type: 'integer' }, ms: { type: 'number' }, counters: { type: 'object' } },
        },
      },
    },
    async handler(request, context) {
      const body = new FieldReader(recordOf(request.body), 'body field');
      return json(await runCypher(context, body.text('query'), body.record('params'), request.signal));
    },
  },
  {
    method: 'GET',
    url: '/api/queries',
    tag: 'cypher',
    queries: false,
    summary: 'The named queries of queries/, with their parameters and defaults',
    response: arrayOf({ type: 'object', properties: { name: str, description: str, params: { type: 'object' }, text: str } }),
    async handler(_request, context) {
      return json(context.catalogue.namedQueries);
    },
  },
  {
    method: 'POST',
    url: '/api/queries/:name',
    tag: 'cypher',
    queries: 'cypher',
    summary: 'Run a named query; parameters given override its defaults',
    params: { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[a-z0-9-]+$' } } },
    body: { type: 'object', additionalProperties: false, properties: { params: { type: 'object', default: {} } } },
    response: { $ref: '#/components/schemas/CypherResult' },
    async handler(request, context) {
      const named = context.catalogue.namedQueries.find((q) => q.name === request.params.name);
      if (!named) throw new ServeError('E_NOT_FOUND', `No named query "${request.params.name}"`, 404);
      const params = new FieldReader(recordOf(request.body), 'body field').record('params');
      return json(await runCypher(context, named.text, { ...named.params, ...params }, request.signal));
    },
  },
  {
    method: 'GET',
    url: '/api/search',
    tag: 'entities',
    queries: false,
    summary: 'Entities whose name or an alias matches, typos forgiven, best first (as kg.search)',
    querystring: {
      type: 'object',
      required: ['q'],
      properties: {
        q: { type: 'string', minLength: 1, maxLength: 200 },
        type: { enum: ENTITY_TYPES },
        limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
      },
    },
    response: arrayOf({ type: 'object', properties: { entity: entitySchema, score: { type: 'number' }, matched: str } }),
    async handler(request, context) {
      const query = new FieldReader(request.query, 'query parameter');
      return json(context.catalogue.search(query.text('q'), { type: query.optionalOneOf('type', ENTITY_TYPES), limit: query.integer('limit') }));
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref',
    tag: 'entities',
    queries: 'main',
    summary: 'An entity by id, or by exact name or alias (as kg.entity)',
    params: refParams,
    response: entitySchema,
    async handler(request, context) {
      return json(await findEntity(entityRef(request), context));
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref/merges',
    tag: 'entities',
    queries: 'main',
    summary:
      "The merge log's entries for the entity: each name merged into it and the rule that joined them (on Neo4j from the snapshot given with --merge-log; empty without it)",
    params: refParams,
    response: arrayOf({ type: 'object', properties: { rule: str, type: str, into: str, name: str, item: str } }),
    async handler(request, context) {
      const entity = await findEntity(entityRef(request), context);
      return json(context.catalogue.merges(entity.type, entity.name));
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref/mentions',
    tag: 'entities',
    queries: 'main',
    summary:
      'Items that mention the entity, in date order, with evidence sentences (as kg.mentions); `offset` and `limit` take a page of them, and the X-Total-Count header says how many there are',
    params: refParams,
    querystring: { type: 'object', properties: { offset: { type: 'integer', minimum: 0, default: 0 }, limit: { type: 'integer', minimum: 1 } } },
    response: arrayOf({
      type: 'object',
      properties: { newsletter: str, newsletterTitle: str, published: strOrNull, item: str, title: str, count: { type: 'integer' }, evidence: arrayOf(str) },
    }),
    async handler(request, context) {
      // An entity of a large graph is mentioned in tens of thousands of items (27 MB of JSON for
      // the Home Office in 10,000 newsletters): the workbench takes the first page.
      const query = new FieldReader(request.query, 'query parameter');
      const offset = query.integer('offset');
      const limit = query.optionalInteger('limit');
      const entity = await findEntity(entityRef(request), context);
      // Every page of them is cut from one list, computed once per entity when answers are kept.
      const mentions = () => context.source.kg.mentions(entity);
      const all = context.cache
        ? await context.cache.get(`mentions\u0000${entity.id}`, mentions, (list) =>
            list.reduce((n, m) => n + 200 + m.evidence.reduce((k, e) => k + e.length, 0), 0),
          )
        : await mentions();
      return { json: all.slice(offset, limit === undefined ? undefined : offset + limit), headers: { 'x-total-count': String(all.length) } };
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref/neighbours',
    tag: 'entities',
    queries: 'main',
    summary: "Neighbouring entities and roles with the relation between (as kg.neighbours); relations carry items, evidence and the items' newsletter dates",
    params: refParams,
    querystring: {
      type: 'object',
      properties: {
        type: { enum: [...ENTITY_TYPES, 'Role'] },
        relation: { type: 'string', pattern: '^[A-Z_]+$' },
        direction: { enum: ['out', 'in', 'both'], default: 'both' },
      },
    },
    response: arrayOf({
      type: 'object',
      properties: { node: nodeSchema, relation: str, direction: { enum: ['out', 'in'] }, properties: { type: 'object' }, dates: arrayOf(strOrNull) },
    }),
    async handler(request, context) {
      const entity = await findEntity(entityRef(request), context);
      const query = new FieldReader(request.query, 'query parameter');
      const records = await context.source.kg.neighbours(entity, {
        type: query.optionalOneOf('type', NEIGHBOUR_TYPES),
        relation: query.optionalText('relation'),
        direction: query.optionalOneOf('direction', DIRECTIONS),
      });
      // Each evidence item's newsletter date, so a relation reads with when it was stated.
      return json(
        records.map((r) => {
          const items = stringsOf(r.properties.items);
          return { ...r, dates: items.map((item) => context.catalogue.newsletterById.get(newsletterOfItem(item))?.published ?? null) };
        }),
      );
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref/related',
    tag: 'entities',
    queries: 'main',
    summary: 'Entities named in the same items, most shared items first (as kg.related)',
    params: refParams,
    querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10 } } },
    response: arrayOf({ type: 'object', properties: { entity: entitySchema, sharedItems: { type: 'integer' } } }),
    async handler(request, context) {
      const limit = new FieldReader(request.query, 'query parameter').integer('limit');
      return json(await context.source.kg.related(await findEntity(entityRef(request), context), { limit }));
    },
  },
  {
    method: 'GET',
    url: '/api/entities/:ref/timeline',
    tag: 'entities',
    queries: 'main',
    summary: 'Mentions per newsletter date (as kg.timeline)',
    params: refParams,
    response: arrayOf({
      type: 'object',
      properties: { published: strOrNull, newsletter: str, title: str, items: { type: 'integer' }, mentions: { type: 'integer' } },
    }),
    async handler(request, context) {
      return json(await context.source.kg.timeline(await findEntity(entityRef(request), context)));
    },
  },
  {
    method: 'GET',
    url: '/api/path',
    tag: 'entities',
    queries: 'main',
    summary: 'The shortest path between two entities over typed relations and co-occurrence (as kg.path); 404 when none',
    querystring: {
      type: 'object',
      required: ['from', 'to'],
      properties: {
        from: { type: 'string', minLength: 1, maxLength: 500 },
        to: { type: 'string', minLength: 1, maxLength: 500 },
        maxHops: { type: 'integer', minimum: 1, maximum: 10, default: 6 },
      },
    },
    response: {
      type: 'object',
      properties: {
        nodes: arrayOf(nodeSchema),
        relationships: arrayOf({ type: 'object', properties: { type: str, start: str, end: str, properties: { type: 'object' } } }),
      },
    },
    async handler(request, context) {
      const query = new FieldReader(request.query, 'query parameter');
      const [from, to, maxHops] = [query.text('from'), query.text('to'), query.integer('maxHops')];
      const [a, b] = [await findEntity(from, context), await findEntity(to, context)];
      const path = await context.source.kg.path(a, b, { maxHops });
      if (!path) throw new ServeError('E_NO_PATH', `No path of at most ${maxHops} hops from ${a.name} to ${b.name}`, 404);
      return json(path);
    },
  },
  {
    method: 'GET',
    url: '/api/items/:id',
    tag: 'items',
    queries: 'main',
    summary: "An item's full text with its newsletter, the entities it mentions (with evidence) and where in the text each is named",
    params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } },
    response: {
      type: 'object',
      properties: {
        id: str,
        number: str,
        title: str,
        text: str,
        newsletter: str,
        newsletterTitle: str,
        published: strOrNull,
        mentions: arrayOf({
          type: 'object',
          properties: { id: str, type: str, name: str, aliases: arrayOf(str), count: { type: 'integer' }, evidence: arrayOf(str) },
        }),
        spans: arrayOf({ type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, entity: str } }),
      },
    },
    async handler(request, context) {
      const { kg } = context.source;
      const id = new FieldReader(request.params, 'path parameter').text('id');
      const [item] = await kg.cypher(namedQuery('api/item').text, { id });
      if (!item) throw new ServeError('E_NOT_FOUND', `No item with id "${id}"`, 404);
      const mentions = (await kg.cypher(namedQuery('api/item-mentions').text, { id })).map((m) => ({
        id: String(m.id),
        type: String(m.type),
        name: String(m.name),
        aliases: stringsOf(m.aliases),
        count: Number(m.count ?? 0),
        evidence: stringsOf(m.evidence),
      }));
      const text = String(item.text ?? '');
      return json({ ...item, number: String(item.number ?? ''), text, mentions, spans: mentionSpans(text, mentions) });
    },
  },
  {
    method: 'GET',
    url: '/api/newsletters',
    tag: 'items',
    queries: false,
    summary: 'Every newsletter with its date and number of items, in date order',
    response: arrayOf({ type: 'object', properties: { id: str, title: str, published: strOrNull, items: { type: 'integer' } } }),
    async handler(_request, context) {
      return json(context.catalogue.newsletters);
    },
  },
  {
    method: 'GET',
    url: '/api/stats',
    tag: 'graph',
    queries: false,
    summary: 'Node and relationship counts per label and type (as kg.stats), the engine, and whether writes are allowed',
    response: {
      type: 'object',
      properties: {
        nodes: { type: 'integer' },
        relationships: { type: 'integer' },
        labels: { type: 'object' },
        relationshipTypes: { type: 'object' },
        engine: str,
      },
    },
    async handler(_request, context) {
      return json({
        ...context.catalogue.stats,
        engine: context.source.kind,
        source: context.source.name,
        workers: context.source.workerHealth() ?? null,
        cache: context.cache?.stats ?? null,
        load: { pages: context.source.gate.load, cypher: context.source.cypherGate.load },
      });
    },
  },
  {
    method: 'GET',
    url: '/api/export/:format',
    tag: 'graph',
    queries: false,
    summary: `The graph as a file: ${EXPORT_FORMATS.filter((f) => f !== 'csv').join(', ')}; csv lists its files (neo4j-admin import), fetched with /api/export/csv/{file}. On Neo4j the graph is read back from the database (at most a minute old)`,
    params: { type: 'object', required: ['format'], properties: { format: { enum: [...EXPORT_FORMATS] } } },
    response: { description: 'the file (or, for csv, `{files: [names]}`)' },
    async handler(request, context) {
      const format = request.params.format ?? '';
      if (!isExportFormat(format)) throw new ServeError('E_NOT_FOUND', `No export format "${format}"`, 404);
      const output = await exportOnce(context, format);
      if (output.kind === 'directory') return json({ files: output.files.map((f) => f.name) });
      return { file: output.content, ...EXPORT_TYPES[format] };
    },
  },
  {
    method: 'GET',
    url: '/api/export/csv/:file',
    tag: 'graph',
    queries: false,
    summary: 'One file of the csv export',
    params: { type: 'object', required: ['file'], properties: { file: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' } } },
    response: { description: 'the file' },
    async handler(request, context) {
      const output = await exportOnce(context, 'csv');
      const file = output.kind === 'directory' ? output.files.find((f) => f.name === request.params.file) : undefined;
      if (!file) throw new ServeError('E_NOT_FOUND', `The csv export has no file "${request.params.file}"`, 404);
      return { file: file.content, name: file.name, contentType: file.name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8' };
    },
  },
];

const EXPORT_TYPES: Record<ExportFormat, { contentType: string; name: string }> = {
  gexf: { contentType: 'application/xml; charset=utf-8', name: 'graph.gexf' },
  graphml: { contentType: 'application/xml; charset=utf-8', name: 'graph.graphml' },
  json: { contentType: 'application/json; charset=utf-8', name: 'graph.json' },
  cytoscape: { contentType: 'application/json; charset=utf-8', name: 'graph.cytoscape.json' },
  cypher: { contentType: 'text/plain; charset=utf-8', name: 'graph.cypher' },
  csv: { contentType: 'text/csv; charset=utf-8', name: 'graph.csv' },
  html: { contentType: 'text/html; charset=utf-8', name: 'graph.html' },
};

/** How long an export read back from Neo4j is reused: the database may change under the server. */
const NEO4J_EXPORT_TTL_MS = 60_000;

/**
 * An export of the graph, made once on a snapshot; on Neo4j made from the graph read back from
 * the database, kept a minute (a csv download asks for each file in turn), one reading at a time.
 */
export async function exportOnce(context: ApiContext, format: string): Promise<ExportOutput> {
  if (!isExportFormat(format)) throw new ServeError('E_NOT_FOUND', `No export format "${format}"`, 404);
  const { source } = context;
  const made = context.exports.get(format);
  if (made && (source.kind === 'embedded' || Date.now() - (context.exportedAt?.get(format) ?? 0) < NEO4J_EXPORT_TTL_MS)) return made;
  const exporting = (context.exporting ??= new Map());
  const running = exporting.get(format);
  if (running) return running;
  const make = async () => exportGraph(await source.graph(), format, { viewerScript: context.viewerScript });
  const output = (source.kind === 'embedded' ? make() : source.gate.run(make)).then((done) => {
    context.exports.set(format, done);
    (context.exportedAt ??= new Map()).set(format, Date.now());
    return done;
  });
  exporting.set(format, output);
  try {
    return await output;
  } finally {
    exporting.delete(format);
  }
}

/** Run Cypher under the server's limits and answer `{columns, rows, summary}`. */
export async function runCypher(context: ApiContext, query: string, params: Record<string, unknown>, signal?: AbortSignal) {
  const started = performance.now();
  const { columns, rows, counters } = await context.source.cypher(query, params, signal);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return { columns, rows, summary: { engine: context.source.kind, rows: rows.length, ms, counters } };
}

export { errorSchema };

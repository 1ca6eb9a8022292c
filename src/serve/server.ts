// `crimegraph serve`: a Fastify server with the workbench at / and the HTTP API under /api/.
// Safe by default: loopback only, read-only, Host and Origin checked, a token for any other
// host, bodies, time, rows and concurrent queries bounded, a CSP that allows no inline script.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

import { Ajv } from 'ajv';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { readViewerBundle } from '../export/index.js';
import { UsageError } from '../errors.js';
import { checkOrigin, checkToken, isLoopback } from './access-guard.js';
import { AnswerCache, isRepeatable, requestKey } from './answer-cache.js';
import { API_ROUTES, exportOnce } from './api-routes.js';
import type { ApiContext, ApiRoute, RouteAnswer, RouteRequest } from './api-routes.js';
import { buildCatalogue } from './catalogue.js';
import { openGraphSource } from './graph-source.js';
import type { GraphSource, SourceSpec } from './graph-source.js';
import { ServeError, toHttpError } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { recordOf } from './json-shapes.js';
import { stringFields } from './request-values.js';

export interface ServeOptions {
  source: SourceSpec;
  /** Listen address; default 127.0.0.1. Any non-loopback host needs `token`. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Bearer token required on /api/ and /explorer. */
  token?: string;
  /** Allow write queries (default false). On the embedded engine changes stay in memory. */
  write?: boolean;
  /** Per query, ms (default 30 000). */
  timeoutMs?: number;
  /** Rows in one answer (default 10 000). */
  maxRows?: number;
  /** Queries at once (default 8); eight times as many wait, more get 429. */
  maxConcurrent?: number;
  /**
   * Query worker threads for POST /api/cypher and named queries (default 0: the main thread).
   * Each holds its own copy of the snapshot, so a slow query leaves pages and the rest of the
   * API answering; one that will not stop at its timeout is terminated and replaced. Embedded
   * snapshot directories only, and not with `write`.
   */
  workers?: number;
  /** Loaded query workers held in reserve to replace a stopped one at once (default 1 with workers). */
  spareWorkers?: number;
  /**
   * Megabytes of answers kept for the next asker (default 256; 0 keeps none). Read-only snapshots
   * only: there the same request always gets the same answer.
   */
  cacheMb?: number;
  /** Entities, most mentioned first, whose pages are computed at start (default 10). */
  warmEntities?: number;
  /** Request body limit in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** The built workbench (index.html, app.css, app.js); default dist/serve/web. */
  assetsDir?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  source: GraphSource;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The workbench page's policy: scripts and styles from this server only, no inline script. */
export const WORKBENCH_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Where the built workbench lives: beside this module once compiled, or in dist/ from the sources. */
export function workbenchAssetCandidates(): string[] {
  return [fileURLToPath(new URL('./web/', import.meta.url)), fileURLToPath(new URL('../../dist/serve/web/', import.meta.url))];
}

async function readAssets(dir: string | undefined): Promise<Record<string, string>> {
  for (const candidate of dir ? [dir] : workbenchAssetCandidates()) {
    try {
      const read = (f: string) => readFile(join(candidate, f), 'utf8');
      const [html, css, js] = await Promise.all([read('index.html'), read('app.css'), read('app.js')]);
      return { 'index.html': html, 'app.css': css, 'app.js': js };
    } catch {
      // try the next place
    }
  }
  throw new ServeError('E_SERVE_ASSETS_MISSING', 'The workbench is not built (dist/serve/web); run `npm run build` first', 500);
}

/**
 * Open the graph, read what pages need once, and listen.
 *
 * @example
 * const server = await startServer({ source: { kind: 'snapshot', dir: 'out' }, port: 0 });
 * console.log(server.url); await server.close();
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token)
    throw new UsageError(`--host ${host} is not a loopback address: give --token too, so only those who know it can query`);
  if (options.token !== undefined && options.token.length < 8) throw new UsageError('--token must be at least 8 characters');
  const assets = await readAssets(options.assetsDir);
  const source = await openGraphSource(options.source, {
    write: options.write ?? false,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRows: options.maxRows ?? 10_000,
    maxConcurrent: options.maxConcurrent ?? 8,
    workers: options.workers ?? 0,
    spareWorkers: options.spareWorkers,
  });
  try {
    const cacheBytes = (options.cacheMb ?? 256) * 1024 * 1024;
    const cache = source.kind === 'embedded' && !options.write && cacheBytes > 0 ? new AnswerCache(cacheBytes) : undefined;
    const context: ApiContext = { source, catalogue: await buildCatalogue(source), exports: new Map(), cache };
    const explorer = await prepareExplorer(context);
    const app = buildApp(context, assets, explorer, { host, token: options.token, bodyLimit: options.bodyLimit ?? 1024 * 1024 });
    if (cache) await warmEntityPages(app, context, options.warmEntities ?? 10, options.token);
    await app.listen({ host, port: options.port ?? 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
    const urlHost = host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${urlHost}:${port}/`,
      port,
      source,
      app,
      async close() {
        // Stop listening and close the source together: queries queued for the workers are
        // turned away at once, so requests waiting on them end and the close does not hang.
        const closing = app.close();
        await source.close();
        await closing;
      },
    };
  } catch (error) {
    await source.close();
    throw error;
  }
}

// The pages of the most mentioned entities are the slowest to compute (the Home Office is named in
// 87,000 items of 10,000 newsletters: seconds of the main thread for its mentions and neighbours)
// and the most visited: computed at start, through the routes themselves, so the cache holds
// exactly what a visit asks for.
async function warmEntityPages(app: FastifyInstance, context: ApiContext, count: number, token: string | undefined): Promise<void> {
  if (count <= 0) return;
  const top = context.catalogue.entities().slice(0, count);
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  for (const entity of top) {
    const ref = encodeURIComponent(entity.id);
    for (const tail of ['', '/merges', `/mentions?limit=${FIRST_MENTIONS}`, '/neighbours', '/timeline']) {
      await app.inject({ method: 'GET', url: `/api/entities/${ref}${tail}`, headers });
    }
  }
}

/** How many mentions the workbench's entity page asks for first (web/entity-page.ts). */
const FIRST_MENTIONS = 100;

// The whole-graph explorer (the export's viewer) is laid out once at start on a snapshot, not per
// page load; on Neo4j, whose graph may change, it is the html export (read back, a minute old at most).
async function prepareExplorer(context: ApiContext): Promise<string | undefined> {
  try {
    context.viewerScript = await readViewerBundle();
  } catch {
    return undefined;
  }
  if (!context.source.snapshot) return undefined;
  const output = await exportOnce(context, 'html');
  return output.kind === 'file' ? output.content : undefined;
}

function buildApp(
  context: ApiContext,
  assets: Record<string, string>,
  explorer: string | undefined,
  config: { host: string; token?: string; bodyLimit: number },
): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: config.bodyLimit,
    return503OnClosing: true,
  });
  // Query strings and path parameters are text, so they are coerced to their schema types; a JSON
  // body is taken as sent (`{"query": 42}` is an error, not the query "42").
  const coercing = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: false, allErrors: false });
  const strict = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));

  // JSON only: a text/plain body (what a cross-site form can send without a preflight) is 415.
  app.removeContentTypeParser(['text/plain']);

  app.setReplySerializer((payload) => jsonText(payload));

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    checkOrigin(stringFields(request.headers), { host: config.host, token: config.token });
    const [path = ''] = request.url.split('?');
    if (path.startsWith('/api/') || path === '/explorer') {
      const queryToken = path === '/explorer' ? new URL(request.url, 'http://x').searchParams.get('token') : null;
      checkToken(queryToken ? `Bearer ${queryToken}` : request.headers.authorization, config.token);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const answer = toHttpError(error);
    // A bug, not a user's error: the client learns nothing of it, the operator sees it on stderr.
    if (answer.status >= 500 && answer.body.error.code === 'E_INTERNAL') {
      process.stderr.write(
        `crimegraph serve: internal error on ${request.method} ${request.url.split('?')[0]}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    void reply.code(answer.status).headers(answer.headers).type('application/json; charset=utf-8').send(answer.body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send({ error: { code: 'E_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });

  const page = (name: string, type: string) => async (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header('content-security-policy', WORKBENCH_CSP).type(type).send(assets[name]);
  app.get('/', page('index.html', 'text/html; charset=utf-8'));
  app.get('/assets/app.css', page('app.css', 'text/css; charset=utf-8'));
  app.get('/assets/app.js', page('app.js', 'text/javascript; charset=utf-8'));
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  app.get('/explorer', async (_request, reply) => {
    if (explorer === undefined && context.viewerScript === undefined)
      throw new ServeError('E_UNSUPPORTED', 'The whole-graph explorer needs the built viewer (npm run build)', 501);
    const page = explorer ?? (await exportOnce(context, 'html'));
    // The page carries its own CSP (one script, pinned by hash); the header adds no framing.
    return reply
      .header('content-security-policy', "frame-ancestors 'none'")
      .type('text/html; charset=utf-8')
      .send(typeof page === 'string' ? page : page.kind === 'file' ? page.content : '');
  });

  const document = openApiDocument(API_ROUTES, version());
  app.get('/api/openapi.json', async () => document);

  for (const route of API_ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      schema: {
        ...(route.params ? { params: route.params } : {}),
        ...(route.querystring ? { querystring: route.querystring } : {}),
        ...(route.body ? { body: route.body } : {}),
      },
      handler: async (request, reply) => {
        const routeRequest: RouteRequest = {
          params: stringFields(request.params),
          query: recordOf(request.query),
          body: request.body,
        };
        const gate = route.queries === 'cypher' ? context.source.cypherGate : route.queries === 'main' ? context.source.gate : undefined;
        if (context.cache && isCacheable(route, routeRequest)) {
          // Kept answers skip the gate; a computation others may be waiting on is not dropped
          // when its first asker leaves.
          const compute = async () => kept(await (gate ? gate.run(() => route.handler(routeRequest, context)) : route.handler(routeRequest, context)));
          const answer = await context.cache.get(
            requestKey(route.method, route.url, routeRequest.params, routeRequest.query, routeRequest.body),
            compute,
            (a) => ('text' in a ? a.text.length + 256 : Number.POSITIVE_INFINITY),
          );
          if ('text' in answer) return reply.code(200).headers(answer.headers).type('application/json; charset=utf-8').send(answer.text);
          return sendAnswer(reply, answer.answer);
        }
        // A client that closes its connection while its query waits gives its place up.
        const gone = new AbortController();
        reply.raw.once('close', () => {
          if (!reply.raw.writableEnded) gone.abort();
        });
        const run = () => route.handler({ ...routeRequest, signal: gone.signal }, context);
        const answer: RouteAnswer = gate ? await gate.run(run, gone.signal) : await run();
        return sendAnswer(reply, answer);
      },
    });
  }
  return app;
}

/** Routes whose answer depends on the request alone (on a read-only snapshot): every query route, unless its Cypher asks for the time or a random number. */
function isCacheable(route: ApiRoute, request: RouteRequest): boolean {
  if (route.queries === false) return false;
  if (route.url === '/api/cypher') return isRepeatable(String(recordOf(request.body).query ?? ''));
  return true;
}

/** A JSON answer kept as its text (serialised once); anything else kept as it is. */
function kept(answer: RouteAnswer): { text: string; headers: Record<string, string> } | { answer: RouteAnswer } {
  if ('file' in answer || (answer.status ?? 200) !== 200) return { answer };
  return { text: jsonText(answer.json), headers: answer.headers ?? {} };
}

function sendAnswer(reply: FastifyReply, answer: RouteAnswer) {
  if ('file' in answer) return reply.type(answer.contentType).header('content-disposition', `attachment; filename="${answer.name}"`).send(answer.file);
  return reply
    .code(answer.status ?? 200)
    .headers(answer.headers ?? {})
    .type('application/json; charset=utf-8')
    .send(answer.json);
}

// Some API records carry 64-bit integers as bigint (relation weights): JSON numbers when safe.
function jsonText(payload: unknown): string {
  return JSON.stringify(payload, (_key, value: unknown) =>
    typeof value === 'bigint'
      ? value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value.toString()
      : value,
  );
}

function version(): string {
  try {
    // Same depth from src/serve and dist/serve.
    const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const { version } = recordOf(manifest);
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

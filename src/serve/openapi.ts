// The OpenAPI 3.1 document of the HTTP API, made from the same route table Fastify validates
// with, so the description cannot drift from what the server accepts.

import type { ApiRoute, JsonSchema } from './api-routes.js';
import { errorSchema } from './api-routes.js';
import { isStringList, recordOf } from './json-shapes.js';

const ERROR_STATUSES: Record<string, string> = {
  '400': 'bad request: malformed JSON, a parameter out of range, a Cypher syntax or semantic error (with line and column)',
  '401': 'missing or wrong bearer token (only when the server was started with --token)',
  '403': 'a write query on a read-only server, or a request from another origin',
  '404': 'no such entity, item, named query, path or route',
  '408': 'the query ran past --timeout',
  '413': 'the request body is larger than the limit',
  '421': 'the Host header names another server',
  '422': 'the result has more rows than --max-rows',
  '429': 'too many queries at once; retry after a second',
};

/** The OpenAPI document for `routes`, served at /api/openapi.json. */
export function openApiDocument(routes: readonly ApiRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...propertiesOf(route.params).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...propertiesOf(route.querystring).map(([name, schema]) => ({
        name,
        in: 'query',
        required: requiredOf(route.querystring).includes(name),
        schema,
      })),
    ];
    const isFile = route.response.description !== undefined && route.response.type === undefined;
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        tags: [route.tag],
        operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/(^|[/-])(\w)/g, (_, _s, c: string) => c.toUpperCase())}`,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(route.body
          ? { requestBody: { required: route.method === 'POST' && route.url === '/api/cypher', content: { 'application/json': { schema: route.body } } } }
          : {}),
        responses: {
          '200': isFile
            ? { description: String(route.response.description), content: { 'application/octet-stream': { schema: { type: 'string' } } } }
            : { description: 'OK', content: { 'application/json': { schema: route.response } } },
          ...Object.fromEntries(
            Object.entries(ERROR_STATUSES).map(([status, description]) => [
              status,
              { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
            ]),
          ),
        },
      },
    };
  }
  paths['/api/openapi.json'] = {
    get: {
      summary: 'This document',
      tags: ['meta'],
      operationId: 'getOpenapi',
      responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  const cypher = routes.find((r) => r.url === '/api/cypher');
  return {
    openapi: '3.1.0',
    info: {
      title: 'crimegraph',
      version,
      description:
        'The knowledge graph of crime and policing news: Cypher, entities, mentions with evidence, items and exports. Read-only unless the server runs with --write. With --token, send `Authorization: Bearer TOKEN`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: errorSchema, CypherResult: cypher?.response ?? {} },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

function propertiesOf(schema: JsonSchema | undefined): [string, unknown][] {
  return Object.entries(recordOf(schema?.properties));
}

function requiredOf(schema: JsonSchema | undefined): string[] {
  const required = schema?.required;
  return isStringList(required) ? required : [];
}

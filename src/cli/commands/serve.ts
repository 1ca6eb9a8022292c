// `crimegraph serve`: the workbench and HTTP API over a snapshot (or Neo4j) until interrupted.
// Prints the URL on stdout; read-only, loopback-only and bounded unless told otherwise.

import type { Command } from '../command.js';
import { createProgress } from '../progress.js';
import { requiredInteger, requiredString, stringOption } from '../option-values.js';

export const command: Command = {
  name: 'serve',
  summary: 'Serve the analyst workbench and the HTTP API (read-only unless --write)',
  usage: 'serve [--graph DIR | --neo4j URI] [--port N] [--host H --token T] [--write]',
  positionals: { name: 'ARG', min: 0, max: 0 },
  options: [
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'neo4j', type: 'string', value: 'URI', description: 'answer from this Neo4j server instead (credentials from NEO4J_USERNAME, NEO4J_PASSWORD)' },
    { name: 'database', type: 'string', value: 'NAME', description: "with --neo4j: the database (default: the server's default)" },
    {
      name: 'merge-log',
      type: 'string',
      value: 'DIR',
      description: 'with --neo4j: the snapshot loaded into it, for the merge log (which Neo4j does not hold) on entity pages',
    },
    { name: 'port', short: 'p', type: 'integer', value: 'N', description: 'port to listen on; 0 picks a free one', default: 7475 },
    { name: 'host', type: 'string', value: 'H', description: 'address to listen on; anything but loopback needs --token', default: '127.0.0.1' },
    { name: 'token', type: 'string', value: 'T', description: 'bearer token required on /api/ (Authorization: Bearer T); at least 8 characters' },
    { name: 'write', type: 'boolean', description: 'allow CREATE, SET, DELETE… (on a snapshot, changes stay in memory and are not saved)' },
    { name: 'timeout', type: 'integer', value: 'MS', description: 'stop a query after this many milliseconds (408)', default: 30000 },
    { name: 'max-rows', type: 'integer', value: 'N', description: 'largest result answered (422 past it)', default: 10000 },
    { name: 'max-concurrent', type: 'integer', value: 'N', description: 'queries run at once; 8N more wait, past that 429', default: 8 },
    {
      name: 'query-workers',
      type: 'integer',
      value: 'N',
      description:
        'worker threads for Cypher and named queries on a snapshot, each with its own copy of the graph, so a slow query never stalls the pages (0: main thread; not with --write)',
      default: 1,
    },
    {
      name: 'spare-workers',
      type: 'integer',
      value: 'N',
      description:
        'query workers loaded and held in reserve: one takes the place of a worker stopped for overrunning --timeout at once, so a runaway query costs no capacity',
      default: 1,
    },
    {
      name: 'cache-mb',
      type: 'integer',
      value: 'MB',
      description: 'answers kept for the next asker on a read-only snapshot (entity pages, named queries, Cypher without rand() or the clock); 0 keeps none',
      default: 256,
    },
    { name: 'wait', type: 'integer', value: 'MS', description: 'with --neo4j: how long to keep trying a server that is starting', default: 10000 },
  ],
  details: [
    'Examples:',
    '  crimegraph serve --graph out                     # http://127.0.0.1:7475/',
    '  crimegraph serve --neo4j bolt://127.0.0.1:7687 --port 0',
    '  curl -s localhost:7475/api/cypher -H \'content-type: application/json\' -d \'{"query":"MATCH (b:Body) RETURN b.name AS name LIMIT 3"}\'',
  ].join('\n'),
  async run(args, io) {
    const { startServer } = await import('../../serve/index.js');
    const o = args.options;
    const neo4jUri = stringOption(o, 'neo4j');
    const progress = createProgress(io);
    const server = await startServer({
      source: neo4jUri
        ? {
            kind: 'neo4j',
            uri: neo4jUri,
            database: stringOption(o, 'database'),
            username: io.env.NEO4J_USERNAME || undefined,
            password: io.env.NEO4J_PASSWORD,
            waitMs: requiredInteger(o, 'wait'),
            mergeLog: stringOption(o, 'merge-log'),
          }
        : { kind: 'snapshot', dir: requiredString(o, 'graph'), onLoadProgress: progress.update },
      host: requiredString(o, 'host'),
      port: requiredInteger(o, 'port'),
      token: stringOption(o, 'token'),
      write: o.write === true,
      timeoutMs: requiredInteger(o, 'timeout'),
      maxRows: requiredInteger(o, 'max-rows'),
      maxConcurrent: requiredInteger(o, 'max-concurrent'),
      workers: requiredInteger(o, 'query-workers'),
      spareWorkers: requiredInteger(o, 'spare-workers'),
      cacheMb: requiredInteger(o, 'cache-mb'),
    }).finally(progress.end);
    io.stdout(`${server.url}\n`);
    const spares = server.source.workerHealth()?.spares ?? 0;
    const workers =
      server.source.workers > 0
        ? `, ${server.source.workers} query worker${server.source.workers > 1 ? 's' : ''}${spares > 0 ? ` and ${spares} spare${spares > 1 ? 's' : ''}` : ''}`
        : '';
    io.stderr(
      `crimegraph serve: ${server.source.name}, ${o.write === true ? 'read-write' : 'read-only'}${workers}${o.token ? ', token required' : ''}; Ctrl-C stops\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        resolve();
        // A second Ctrl-C does not wait for queries still running.
        process.once('SIGINT', () => process.exit(130));
        process.once('SIGTERM', () => process.exit(143));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};

// `crimegraph query`: run Cypher given inline or in a file on the snapshot (read-only unless
// --write), with parameters, printed as a table, JSON or CSV.

import { readFile } from 'node:fs/promises';
import { parseQueryFile } from '../../api/named-queries.js';
import { formatResult, planLines, type ResultFormat } from '../../cypher/index.js';
import { CypherError, InputError, UsageError } from '../../errors.js';
import type { Command } from '../command.js';
import { parseParams } from '../query-params.js';
import { openQueryTarget } from '../query-target.js';
import { createProgress } from '../progress.js';

export const command: Command = {
  name: 'query',
  summary: 'Run a Cypher query on the snapshot (read-only unless --write)',
  usage: "query 'CYPHER' | --file FILE [--param name=value]… [--format table|json|csv] [--graph DIR]",
  positionals: { name: 'CYPHER', min: 0, max: 1 },
  options: [
    { name: 'file', short: 'f', type: 'string', value: 'FILE', description: 'read the query from a file; its `// @param name value` lines give defaults' },
    { name: 'param', short: 'p', type: 'list', value: 'NAME=VALUE', description: 'a query parameter; the value is JSON, or a string when it is not JSON' },
    { name: 'format', type: 'string', value: 'FORMAT', description: 'output format', choices: ['table', 'json', 'csv'], default: 'table' },
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'timeout', type: 'integer', value: 'MS', description: 'stop the query after this many milliseconds', default: 30000 },
    { name: 'plan', type: 'boolean', description: 'print the plan instead of running the query (as EXPLAIN); a PROFILE query prints its plan with rows and db hits on stderr' },
    { name: 'write', type: 'boolean', description: 'allow CREATE, SET, DELETE…; the snapshot is then saved back atomically' },
    { name: 'neo4j', type: 'string', value: 'URI', description: 'run on this Neo4j server instead (credentials from NEO4J_USERNAME, NEO4J_PASSWORD)' },
    { name: 'database', type: 'string', value: 'NAME', description: "with --neo4j: the database (default: the server's default)" },
  ],
  details: [
    'Examples:',
    "  crimegraph query 'MATCH (b:Body) RETURN b.name AS name ORDER BY name LIMIT 5'",
    '  crimegraph query --file queries/programme-leaders.cypher --param limit=5 --format csv',
  ].join('\n'),
  async run(args, io) {
    const inline = args.positionals[0];
    const file = args.options.file as string | undefined;
    if ((inline === undefined) === (file === undefined)) throw new UsageError('give the query either inline or with --file, not both');
    let text: string;
    let defaults: Record<string, unknown> = {};
    if (file !== undefined) {
      const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputError('E_NOT_FOUND', `cannot read query file (${error.code ?? error.message})`, { file }, error);
      });
      ({ text, defaults } = parseQueryFile(content, file));
    } else {
      text = inline!;
    }
    const params = { ...defaults, ...parseParams(args.options.param as string[]) };
    const write = args.options.write === true;
    const neo4jUri = args.options.neo4j as string | undefined;
    const neo4j = neo4jUri
      ? { uri: neo4jUri, database: args.options.database as string | undefined, username: io.env.NEO4J_USERNAME || undefined, password: io.env.NEO4J_PASSWORD }
      : undefined;
    const progress = createProgress(io);
    const target = await openQueryTarget({ graph: args.options.graph as string, timeoutMs: args.options.timeout as number, write, neo4j, onLoadProgress: progress.update }).finally(progress.end);
    try {
      const result = await target.run(text, params, args.options.plan === true ? 'EXPLAIN' : undefined).catch((error: unknown) => {
        // A query file's errors name the file, as any input's do.
        if (error instanceof CypherError && file !== undefined && error.position && !error.position.file) {
          Object.assign(error, { position: { ...error.position, file } });
        }
        throw error;
      });
      const format = args.options.format as ResultFormat;
      // EXPLAIN's plan is the answer (stdout); PROFILE's sits beside the rows (stderr).
      if (result.plan && result.plan.rows === undefined) io.stdout(format === 'json' ? `${JSON.stringify(result.plan, null, 2)}\n` : `${planLines(result.plan).join('\n')}\n`);
      else io.stdout(formatResult(result, format));
      if (result.plan && result.plan.rows !== undefined) io.stderr(`${planLines(result.plan).join('\n')}\n`);
      if (write) {
        await target.commit();
        const changes = Object.entries(result.stats).filter(([, n]) => n > 0);
        io.stderr(changes.length === 0 ? 'No changes.\n' : `${changes.map(([k, n]) => `${k}: ${n}`).join(', ')}; saved ${target.name}\n`);
      }
      return 0;
    } finally {
      await target.close();
    }
  },
};

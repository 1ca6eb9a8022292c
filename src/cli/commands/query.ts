// `crimegraph query`: run Cypher given inline or in a file on the snapshot (read-only unless
// --write), with parameters, printed as a table, JSON or CSV.

import { readFile } from 'node:fs/promises';
import { openQueryBackend } from '../../api/backend.js';
import { parseQueryFile } from '../../api/named-queries.js';
import { formatResult, planLines, type CypherValue, type ResultFormat } from '../../cypher/index.js';
import { CypherError, InputError, UsageError, errorCode } from '../../errors.js';
import type { Command } from '../command.js';
import { paramValue, parseParams } from '../query-params.js';
import { createProgress } from '../progress.js';
import { WAIT_OPTION, waitNotice } from '../neo4j-wait.js';
import { DEFAULT_MAX_MEMORY_MB, changeSummary, hasChanges, positiveInteger } from '../query-limits.js';
import { choiceOption, listOption, requiredString, stringOption } from '../option-values.js';

const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv'];

export const command: Command = {
  name: 'query',
  summary: 'Run a Cypher query on the snapshot or on Neo4j (read-only on both unless --write)',
  usage: "query 'CYPHER' | --file FILE [--param name=value]… [--format table|json|csv] [--graph DIR]",
  positionals: { name: 'CYPHER', min: 0, max: 1 },
  options: [
    { name: 'file', short: 'f', type: 'string', value: 'FILE', description: 'read the query from a file; its `// @param name value` lines give defaults' },
    {
      name: 'param',
      short: 'p',
      type: 'list',
      value: 'NAME=VALUE',
      description: 'a query parameter; the value is JSON (integers exact to 64 bits, 1.0 a FLOAT), or a string when it is not JSON',
    },
    { name: 'format', type: 'string', value: 'FORMAT', description: 'output format', choices: RESULT_FORMATS, default: 'table' },
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'timeout', type: 'integer', value: 'MS', description: 'stop the query after this many milliseconds', default: 30000 },
    {
      name: 'plan',
      type: 'boolean',
      description: 'print the plan instead of running the query (as EXPLAIN); a PROFILE query prints its plan with rows and db hits on stderr',
    },
    {
      name: 'max-memory',
      type: 'integer',
      value: 'MB',
      description: 'memory budget of the query on the snapshot: longer lists and strings, or more held rows, stop it',
      default: DEFAULT_MAX_MEMORY_MB,
    },
    { name: 'write', type: 'boolean', description: 'allow CREATE, SET, DELETE… (on the snapshot, saved back atomically; on Neo4j, a write transaction)' },
    { name: 'neo4j', type: 'string', value: 'URI', description: 'run on this Neo4j server instead (credentials from NEO4J_USERNAME, NEO4J_PASSWORD)' },
    { name: 'database', type: 'string', value: 'NAME', description: "with --neo4j: the database (default: the server's default)" },
    WAIT_OPTION,
  ],
  details: [
    'Examples:',
    "  crimegraph query 'MATCH (b:Body) RETURN b.name AS name ORDER BY name LIMIT 5'",
    '  crimegraph query --file queries/programme-leaders.cypher --param limit=5 --format csv',
  ].join('\n'),
  async run(args, io) {
    const source = querySource(args.positionals[0], stringOption(args.options, 'file'));
    const file = 'file' in source ? source.file : undefined;
    const timeoutMs = positiveInteger(args.options.timeout, '--timeout');
    const maxMemoryMb = positiveInteger(args.options['max-memory'], '--max-memory');
    let text: string;
    const defaults: Record<string, CypherValue> = {};
    if ('file' in source) {
      const content = await readFile(source.file, 'utf8').catch((error: unknown) => {
        throw new InputError('E_NOT_FOUND', `cannot read query file (${errorCode(error) ?? String(error)})`, { file: source.file }, error);
      });
      const parsed = parseQueryFile(content, source.file);
      text = parsed.text;
      for (const [name, raw] of Object.entries(parsed.defaultTexts)) defaults[name] = paramValue(raw, `${source.file}: @param ${name}`);
    } else {
      text = source.inline;
    }
    const params = { ...defaults, ...parseParams(listOption(args.options, 'param')) };
    const write = args.options.write === true;
    const neo4jUri = stringOption(args.options, 'neo4j');
    const neo4j = neo4jUri
      ? { uri: neo4jUri, database: stringOption(args.options, 'database'), username: io.env.NEO4J_USERNAME || undefined, password: io.env.NEO4J_PASSWORD }
      : undefined;
    const progress = createProgress(io);
    const backend = await openQueryBackend({
      graph: requiredString(args.options, 'graph'),
      timeoutMs,
      maxMemoryBytes: maxMemoryMb * 1024 * 1024,
      write,
      neo4j,
      waitMs: positiveInteger(args.options.wait, '--wait'),
      onWait: waitNotice(io),
      onLoadProgress: progress.update,
    }).finally(progress.end);
    try {
      const result = await backend.run(text, params, args.options.plan === true ? 'EXPLAIN' : undefined).catch((error: unknown) => {
        // A query file's errors name the file, as any input's do.
        if (error instanceof CypherError && file !== undefined && error.position && !error.position.file) {
          Object.assign(error, { position: { ...error.position, file } });
        }
        throw error;
      });
      const format = choiceOption(args.options, 'format', RESULT_FORMATS) ?? 'table';
      // Results on stdout: EXPLAIN's plan is the answer; PROFILE's plan sits beside the rows
      // (stderr); a query without RETURN has no rows (a table of no columns is not one).
      if (result.plan && result.plan.rows === undefined)
        io.stdout(format === 'json' ? `${JSON.stringify(result.plan, null, 2)}\n` : `${planLines(result.plan).join('\n')}\n`);
      else if (result.columns.length > 0 || format === 'json') io.stdout(formatResult(result, format));
      if (result.plan && result.plan.rows !== undefined) io.stderr(`${planLines(result.plan).join('\n')}\n`);
      if (write) {
        await backend.commit();
        io.stderr(`${changeSummary(result.stats)}${backend.kind === 'embedded' && hasChanges(result.stats) ? `; saved ${backend.name}` : ''}\n`);
      } else if (result.columns.length === 0) io.stderr('The query returned no columns.\n');
      return 0;
    } finally {
      await backend.close();
    }
  },
};

/** The query given inline or as a file: exactly one of them. */
function querySource(inline: string | undefined, file: string | undefined): { inline: string } | { file: string } {
  if (inline !== undefined && file !== undefined) throw new UsageError('give the query either inline or with --file, not both');
  if (file !== undefined) return { file };
  if (inline !== undefined) return { inline };
  throw new UsageError("no query given: write it after 'query' (in quotes) or give --file FILE");
}

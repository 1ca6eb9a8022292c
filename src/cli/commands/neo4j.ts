// `crimegraph neo4j load`: write a snapshot into a Neo4j database (constraints, then batched
// idempotent MERGEs), credentials from NEO4J_USERNAME / NEO4J_PASSWORD only.

import { UsageError } from '../../errors.js';
import { openSnapshot } from '../open-snapshot.js';
import { loadGraph, Neo4jConnection } from '../../neo4j/index.js';
import type { Command } from '../command.js';
import { createProgress } from '../progress.js';
import { WAIT_OPTION, waitNotice } from '../neo4j-wait.js';
import { requiredInteger, requiredString, stringOption } from '../option-values.js';

const DEFAULT_URI = 'bolt://127.0.0.1:7687';

export const command: Command = {
  name: 'neo4j',
  summary: 'Load the snapshot into Neo4j (idempotent, incremental)',
  usage: 'neo4j load [--graph DIR] [--uri URI] [--database NAME] [--batch-size N]',
  positionals: { name: 'ACTION', min: 1, max: 1 },
  options: [
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'uri', type: 'string', value: 'URI', description: `Neo4j server (default $NEO4J_URI, else ${DEFAULT_URI})` },
    { name: 'database', type: 'string', value: 'NAME', description: "database name (default: the server's default database)" },
    { name: 'batch-size', type: 'integer', value: 'N', description: 'rows per transaction', default: 1000 },
    WAIT_OPTION,
  ],
  details: [
    'Credentials come from the environment only: NEO4J_USERNAME and NEO4J_PASSWORD (none when unset).',
    'Loading is idempotent (MERGE on id): loading again changes no count, and a snapshot built from',
    'more newsletters adds what is new and updates counts and evidence. A refused connection or bad',
    'credentials exit with code 2.',
    '',
    'Example:',
    '  NEO4J_USERNAME=neo4j NEO4J_PASSWORD=… crimegraph neo4j load --graph out --uri bolt://localhost:7687',
  ].join('\n'),
  async run(args, io) {
    const action = args.positionals[0];
    if (action !== 'load') throw new UsageError(`unknown neo4j action "${action}"; actions: load`);
    const batchSize = requiredInteger(args.options, 'batch-size');
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a positive integer');
    const graphDir = requiredString(args.options, 'graph');
    const uri = stringOption(args.options, 'uri') ?? io.env.NEO4J_URI ?? DEFAULT_URI;

    const snapshot = await openSnapshot(io, graphDir);
    let connection: Neo4jConnection | undefined;
    const progress = createProgress(io);
    try {
      connection = await Neo4jConnection.open({
        uri,
        database: stringOption(args.options, 'database'),
        username: io.env.NEO4J_USERNAME || undefined,
        password: io.env.NEO4J_PASSWORD,
        waitMs: requiredInteger(args.options, 'wait'),
        onWait: waitNotice(io),
      });
      const summary = await loadGraph(connection, snapshot.graph, {
        batchSize,
        onProgress: (p) => progress.update({ stage: p.phase, done: p.done, total: p.total }),
      });
      progress.end();
      io.stderr(
        `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships into ${connection.where}` +
          ` (${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships new) in ${(summary.ms / 1000).toFixed(1)} s\n`,
      );
      return 0;
    } catch (error) {
      progress.end();
      throw error;
    } finally {
      await connection?.close();
    }
  },
};

// The `--wait` option and its notice, shared by every command that reaches Neo4j, so its
// default and its words are the same everywhere (`neo4j load`, `query --neo4j`).

import { DEFAULT_WAIT_MS } from '../neo4j/index.js';
import type { CliIo, OptionSpec } from './command.js';

export const WAIT_OPTION: OptionSpec = {
  name: 'wait',
  type: 'integer',
  value: 'MS',
  description: 'the longest wait for Neo4j at each step (connecting, the handshake, a pooled connection); a server still starting is retried until then',
  default: DEFAULT_WAIT_MS,
};

/** On a terminal, say what the pause is: the server is not answering yet and how long we will wait. */
export function waitNotice(io: CliIo): (event: { where: string; waitMs: number }) => void {
  return ({ where, waitMs }) => {
    if (io.stderrIsTTY) io.stderr(`Waiting up to ${waitMs / 1000} s for Neo4j at ${where} (--wait)…\n`);
  };
}

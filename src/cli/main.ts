// The crimegraph command line: find the command, parse its options, run it, and turn any error
// into one line on stderr and an exit code (0 ok, 1 input or runtime error, 2 usage).

import { readFileSync } from 'node:fs';
import { CrimegraphError, UsageError, formatError } from '../errors.js';
import type { CliIo, Command } from './command.js';
import { COMMANDS } from './commands.js';
import { commandHelp, programHelp } from './help.js';
import { parseOptions } from './parse-options.js';
import { processIo } from './process-io.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * Run the CLI on `argv` (the words after `crimegraph`) and resolve to the exit code.
 *
 * @example process.exitCode = await main(['build', 'fixtures', '--out', 'out']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (name === undefined) {
      io.stderr(programHelp(COMMANDS, version()));
      return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(programHelp(COMMANDS, version()));
      return EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (entry === undefined) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    command = await entry.load();
    const args = parseOptions(command.options, rest, command.positionals);
    if (args.help) {
      io.stdout(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io, command);
  }
}

/** Reaching or entering a server is the caller's setup, as usage is: exit 2 (`neo4j load`, `query --neo4j`). */
const SETUP_ERRORS: ReadonlySet<string> = new Set(['E_NEO4J_UNAVAILABLE', 'E_NEO4J_AUTH', 'E_NEO4J_CONFIG']);

/** The engine says which limit or rule stopped a query; the command line names its option. */
const OPTION_HINTS: Readonly<Record<string, string>> = {
  E_CYPHER_READ_ONLY: 'Queries are read-only; add --write to allow updating clauses.',
  E_QUERY_TIMEOUT: 'Raise the limit with --timeout MS.',
  E_QUERY_MEMORY_LIMIT: 'Raise the budget with --max-memory MB.',
};

function reportError(error: unknown, io: CliIo, command: Command | undefined): number {
  if (error instanceof UsageError) {
    io.stderr(`crimegraph: ${error.message}\n`);
    io.stderr(`Run 'crimegraph ${command ? `${command.name} ` : ''}--help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CrimegraphError) {
    io.stderr(`crimegraph: ${formatError(error).replace(/\n/g, '\n  ')}\n`);
    const hint = OPTION_HINTS[error.code];
    if (hint) io.stderr(`${hint}\n`);
    return SETUP_ERRORS.has(error.code) ? EXIT_USAGE : EXIT_INPUT;
  }
  // A bug, not a user error: still one line, the stack only on request.
  io.stderr(`crimegraph: internal error: ${formatError(error)}\n`);
  if (io.env.CRIMEGRAPH_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT_INPUT;
}

function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return pkg !== null && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

// Public face of the command line: main() for bin/crimegraph.js, and the pieces other commands
// and tests use (option parsing, the command registry and types).

export { main, EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './main.js';
export { COMMANDS } from './commands.js';
export { parseOptions } from './parse-options.js';
export { parseParams } from './query-params.js';
export { createProgress } from './progress.js';
export { reportInputs } from './report-inputs.js';
export { writeFileAtomically } from './write-output.js';
export type { CliIo, Command, CommandEntry, OptionSpec, OptionValue, ParsedArgs } from './command.js';

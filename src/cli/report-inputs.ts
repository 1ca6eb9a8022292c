// Print what went wrong with the inputs of a run: one line per bad file naming it, one line per
// skipped duplicate, so a user sees each problem once.

import { formatError, type InputError } from '../errors.js';
import type { CliIo } from './command.js';

/** Print each input error and warning on stderr. */
export function reportInputs(io: CliIo, errors: readonly InputError[], warnings: readonly string[]): void {
  for (const error of errors) io.stderr(`error: ${formatError(error)}\n`);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
}

/** Printed, and nothing written, when not one input could be used. */
export function reportNothingUsable(io: CliIo): void {
  io.stderr('error: no input could be used; nothing written\n');
}

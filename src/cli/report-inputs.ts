// Print what went wrong with the inputs of a run: one line per bad file naming it, one line per
// skipped duplicate, so a user sees each problem once.

import { formatError, UsageError, type InputError } from '../errors.js';
import type { CliIo, OptionValue } from './command.js';
import { createProgress } from './progress.js';
import { integerOption, requiredInteger } from './option-values.js';

/** Print each input error and warning on stderr. */
export function reportInputs(io: CliIo, errors: readonly InputError[], warnings: readonly string[]): void {
  for (const error of errors) io.stderr(`error: ${formatError(error)}\n`);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
}

/** Printed, and nothing written, when not one input could be used. */
export function reportNothingUsable(io: CliIo): void {
  io.stderr('error: no input could be used; nothing written\n');
}

/**
 * Run the pipeline for a command that reads newsletters (build, extract, eval): progress on a
 * TTY, each bad input reported, and `undefined` when not one input could be used.
 */
export async function runPipelineReported(
  io: CliIo,
  paths: readonly string[],
  options: Readonly<Record<string, OptionValue>>,
  pipelineOptions: Pick<
    import('../api/pipeline.js').PipelineOptions,
    'cache' | 'full' | 'resolutionOnly' | 'items' | 'shape' | 'skip' | 'resolve' | 'keepExtractions'
  > = {},
): Promise<import('../api/pipeline.js').CorpusResult | undefined> {
  const maxSize = requiredInteger(options, 'max-size');
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new UsageError(`--max-size must be a whole number of megabytes, at least 1 (not ${String(maxSize)})`);
  const progress = createProgress(io);
  // Loaded here, not at the top: parsing options and --help must not load the NLP models.
  const { readCorpus } = await import('../api/pipeline.js');
  const result = await readCorpus(paths, {
    onProgress: progress.update,
    workers: integerOption(options, 'workers'),
    maxBytes: maxSize * 1024 * 1024,
    ...pipelineOptions,
  }).finally(progress.end);
  reportInputs(io, result.errors, result.warnings);
  if (result.corpus.documents.length > 0 || result.skipped.size > 0) return result;
  reportNothingUsable(io);
  return undefined;
}

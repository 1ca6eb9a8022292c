// build(): the whole pipeline in-process, newsletters in, a KnowledgeGraph out.

import type { InputError } from '../errors.js';
import { createSnapshot } from '../graph/index.js';
import { KnowledgeGraph } from './knowledge-graph.js';
import { runPipeline } from './pipeline.js';
import type { PipelineProgress } from './pipeline.js';

export interface BuildOptions {
  /** Called as files are read and extracted. */
  onProgress?: (event: PipelineProgress) => void;
  /** Extraction threads (0: in-process); default one per core for many files. */
  workers?: number;
  /**
   * Called once per input that could not be used, naming it. Without it, build() throws the
   * first such error when no input at all could be used, and otherwise goes on silently.
   */
  onInputError?: (error: InputError) => void;
  /** Query timeout of the embedded engine, in milliseconds (default 30 000). */
  timeoutMs?: number;
}

/**
 * Build a knowledge graph from newsletter files and directories (.txt, .md, .html).
 *
 * @example
 * const kg = await build(['fixtures']);
 * console.log(await kg.stats());
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  const { corpus, graph, errors } = await runPipeline(paths, { onProgress: options.onProgress, workers: options.workers });
  errors.forEach(error => options.onInputError?.(error));
  if (corpus.documents.length === 0 && errors.length > 0 && !options.onInputError) throw errors[0];
  return KnowledgeGraph.fromSnapshot(createSnapshot(corpus, graph), { timeoutMs: options.timeoutMs });
}

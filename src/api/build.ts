// build(): the whole pipeline in-process, newsletters in, a KnowledgeGraph out.

import { ExtractionCache } from '../cache/index.js';
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
  /**
   * An extraction cache directory (as `crimegraph build --cache DIR`): files extracted before
   * are not extracted again; the graph is the same as without it.
   */
  cache?: string;
}

/**
 * Build a knowledge graph from newsletter files and directories (.txt, .md, .html).
 *
 * @example
 * const kg = await build(['fixtures']);
 * console.log(await kg.stats());
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  const cache = options.cache === undefined ? undefined : new ExtractionCache(options.cache);
  const { corpus, graph, errors } = await runPipeline(paths, { onProgress: options.onProgress, workers: options.workers, cache });
  errors.forEach((error) => options.onInputError?.(error));
  if (corpus.documents.length === 0 && errors.length > 0 && !options.onInputError) throw errors[0];
  return KnowledgeGraph.fromSnapshot(createSnapshot(corpus, graph), { timeoutMs: options.timeoutMs });
}

// `crimegraph build PATH… --out DIR`: run the pipeline on newsletters and write the graph
// snapshot that query, export and the API load. Extractions are kept in a cache beside the
// snapshot, so a build run again extracts only the files it has not seen.

import { setFlagsFromString } from 'node:v8';
import type { CorpusResult } from '../../api/pipeline.js';
import { ExtractionCache, readBuildState, snapshotCachePath, writeBuildState, type BuildState } from '../../cache/index.js';
import { InputError, StoreError } from '../../errors.js';
import {
  assertSnapshotTarget,
  createRecordSnapshot,
  coOccurrenceChanges as graphCoOccurrenceChanges,
  copiedRecords,
  documentEntityIds,
  documentRelationKeys,
  documentFingerprint,
  EvidenceReferences,
  graphRecords,
  leanExtractions,
  saveRecordSnapshot,
  saveSplicedSnapshot,
  saveStreamedSnapshot,
  type ReadDocument,
  spliceableIds,
  type SnapshotManifest,
} from '../../graph/index.js';
import type { CliIo, Command } from '../command.js';
import { createProgress } from '../progress.js';
import { runPipelineReported } from '../report-inputs.js';
import { plural } from '../plural.js';
import { requiredString, stringOption } from '../option-values.js';

export const command: Command = {
  name: 'build',
  summary: 'Build the knowledge graph snapshot from newsletters and other texts (.txt, .md, .html, .pdf files or directories)',
  usage: 'build PATH… [--out DIR] [--full] [--cache DIR] [--workers N]',
  positionals: { name: 'PATH', min: 1 },
  options: [
    { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'snapshot directory to write, replaced atomically', default: 'out' },
    { name: 'full', type: 'boolean', description: 'extract every file again instead of reusing cached extractions' },
    {
      name: 'cache',
      type: 'string',
      value: 'DIR',
      description: 'extraction cache to use and keep (default: .OUT.cache beside the snapshot, pruned to its files)',
    },
    { name: 'max-size', type: 'integer', value: 'MB', description: 'refuse input files larger than this many megabytes', default: 4 },
    {
      name: 'workers',
      type: 'integer',
      value: 'N',
      description: 'extraction threads; 0 extracts in-process (default: one per core above 2 000 000 characters of text)',
    },
  ],
  details:
    'Run again on an existing snapshot, build extracts only new or changed files and gives the same\n' +
    'bytes as a full build of the same inputs. Bad inputs are reported one line each and skipped;\n' +
    'the exit code is then 1. When no input can be used, nothing is written.',
  async run(args, io) {
    const out = requiredString(args.options, 'out');
    const started = Date.now();
    limitHeapGrowth();
    // Refuse a foreign directory before hours of extraction, not after.
    await assertSnapshotTarget(out);
    const shared = stringOption(args.options, 'cache');
    const cache = new ExtractionCache(shared ?? snapshotCachePath(out));
    const full = args.options.full === true;
    // What the last build of this snapshot left: the records of documents unchanged since are
    // copied from its graph.json, and their files read as resolution parts only.
    const state = full ? undefined : await readBuildState(cache.dir, out);
    const previousKeys = state && new Set([...state.values()].map((d) => d.key));
    // A second reading (rare) reports nothing again: the inputs, their errors and the extractions are those of the first.
    const quiet: CliIo = { ...io, stderr: () => undefined, stderrIsTTY: false };
    let reading = io;
    // Whether the corpus now held was read lean (see `leanExtractions`): what a build that makes
    // every record resolves, writing the graph from the cache entries read again one by one.
    let lean = false;
    // The references its relation evidence was leaned to, numbered anew at each reading.
    let references: EvidenceReferences | undefined;
    const read = (resolutionOnly?: (key: string) => boolean, shaped = false) => {
      references = shaped ? new EvidenceReferences() : undefined;
      const numbered = references;
      const run = runPipelineReported(reading, args.positionals, args.options, {
        cache,
        full,
        resolutionOnly,
        items: false,
        shape: numbered && ((entries) => leanExtractions(entries, numbered)),
      });
      reading = quiet;
      lean = shaped;
      return run;
    };
    let result = await read(previousKeys && ((key) => previousKeys.has(key)), state === undefined);
    if (!result) return 1;
    const { reused, extracted } = result;
    let splice = state && planSplice(state, result);
    if (splice && splice.reread.size > 0) {
      // Documents read as parts whose records change (an entity they name was renamed): read whole.
      const reread = splice.reread;
      result = await read((key) => previousKeys!.has(key) && !reread.has(key));
      if (!result) return 1;
      splice = planSplice(state!, result);
      if (splice && splice.reread.size > 0) splice = undefined;
    }
    if (!splice && !lean) {
      result = await read(undefined, true);
      if (!result) return 1;
    }
    const progress = createProgress(io);
    progress.update({ stage: 'building', done: 0, total: 1 });
    const next = splice?.next ?? nextState(result);
    const documents = result.corpus.documents.length;
    const items = result.corpus.documents.reduce((n, d) => n + d.items.length, 0);
    const failed = result.errors.length > 0;
    let counts: SnapshotManifest['counts'] | undefined;
    let copied = 0;
    if (splice) {
      const dirty = splice.dirty;
      // Entities and relations that no changed document names, before or now, are copied too.
      const copy = copiedRecords(result.corpus, state!, dirty, splice.relationKeys);
      const snapshot = createRecordSnapshot(
        result.corpus,
        graphRecords(result.corpus, { documents: (id) => dirty.has(id), coOccurrences: false, shared: copy && ((key) => !copy(key)) }),
      );
      result = undefined;
      // Co-occurrences change only through the items of the documents whose records are made anew.
      const gone = [...state!].filter(([id]) => dirty.has(id) || !next.has(id)).map(([, d]) => d.entities);
      const coOccurrenceChanges = graphCoOccurrenceChanges(
        gone,
        [...dirty].map((id) => next.get(id)!.entities),
      );
      progress.update({ stage: 'writing', done: 0, total: 1 });
      try {
        const report = await saveSplicedSnapshot(out, snapshot, {
          previousDocuments: new Set(state!.keys()),
          keep: (id) => next.has(id) && !dirty.has(id),
          coOccurrenceChanges,
          copy,
        });
        counts = report.counts;
        copied = report.keptNodes + report.keptEdges;
      } catch (error) {
        // A previous graph.json not in the layout a build writes: nothing was written; make every record.
        if (!(error instanceof StoreError && error.code === 'E_SNAPSHOT_CORRUPT')) throw error;
      } finally {
        progress.end();
      }
      if (counts === undefined) {
        result = await read(undefined, true);
        if (!result) return 1;
      }
    }
    if (counts === undefined && result && lean && cache.writeFailure === undefined) {
      // Every record made, streamed: the lean corpus is resolved; each document's full
      // extraction is read again from the cache as its records are made.
      const { corpus, documentKeys } = result;
      result = undefined;
      progress.update({ stage: 'writing', done: 0, total: 1 });
      counts = await saveStreamedSnapshot(out, corpus, cachedDocuments(cache, documentKeys), { references }).finally(progress.end);
    }
    if (counts === undefined && result) {
      // The cache could not keep every extraction: the corpus is read whole and held (the extractions again).
      if (lean) result = await read();
      if (!result) return 1;
      const snapshot = createRecordSnapshot(result.corpus, graphRecords(result.corpus));
      // Writing needs only the graph's records: the corpus (extractions, resolved items, entities
      // with their evidence) is let go first, so it is not held through the largest allocations.
      result = undefined;
      progress.update({ stage: 'writing', done: 0, total: 1 });
      await saveRecordSnapshot(out, snapshot).finally(progress.end);
      counts = snapshot.manifest.counts;
    }
    await writeBuildState(cache.dir, out, next);
    // The snapshot's own cache keeps the extractions of this build only; a shared one keeps all.
    if (shared === undefined) await cache.prune();
    const labels = ['Person', 'Body', 'Act', 'Programme'].map((l) => `${counts!.labels[l] ?? 0} ${l}`).join(', ');
    const reuse = `reused ${reused.toLocaleString('en-GB')} of ${documents.toLocaleString('en-GB')} documents`;
    if (io.stderrIsTTY) {
      const records = counts!.nodes + counts!.relationships;
      io.stderr(
        `${reuse}, extracted ${extracted.toLocaleString('en-GB')}; copied ${copied.toLocaleString('en-GB')} of ${records.toLocaleString('en-GB')} graph records\n`,
      );
    }
    // The snapshot is the result; this line is a summary, so stderr (stdout stays for results).
    io.stderr(
      `Built ${out}: ${plural(documents, 'newsletter')}, ${plural(items, 'item')}, ${plural(counts!.entities, 'entity')} (${labels}), ` +
        `${plural(counts!.nodes, 'node')}, ${plural(counts!.relationships, 'relationship')} in ${((Date.now() - started) / 1000).toFixed(1)} s (${reuse})\n`,
    );
    return failed ? 1 : 0;
  },
};

/**
 * How far V8 lets the heap grow past what the last full collection left live, in percent. By
 * default V8 lets it grow up to four times, which a build, allocating gigabytes of short-lived
 * strings, uses to the full: at 1,000 newsletters (warm cache) main's build peaked at 450-490 MB
 * of RSS with 168 MB live at most, this one at 450-480 MB with 73 MB live. At 50% the peak RSS
 * follows what is live (250-280 MB here) for about 20% more CPU in the collector on that warm
 * build (12.4 s against 10 s; a few percent of a build that extracts). bench/RESULTS.md, 2026-12-07.
 */
const HEAP_GROWTH_PERCENT = 50;

/** Set once per process, before the build allocates (V8 reads the flag at each full collection). */
function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}

/** A document's full extractions read back from the cache entry of its file (the last entry read is kept: a file may hold several documents). */
function cachedDocuments(cache: ExtractionCache, keys: ReadonlyMap<string, string>): ReadDocument {
  let held: { key: string; documents: Awaited<ReturnType<ExtractionCache['get']>> } | undefined;
  return async (id) => {
    const key = keys.get(id);
    if (key !== undefined && held?.key !== key) held = { key, documents: await cache.get(key) };
    const found = key === undefined ? undefined : held?.documents?.find((d) => d.document.id === id);
    if (found === undefined)
      throw new InputError('E_UNREADABLE', `the extraction cache lost the entry of document ${id} during the build; build again`, { file: cache.dir });
    return found;
  };
}

/** Which documents' records are made anew, against the previous build's state. */
interface SplicePlan {
  /** Documents new, changed, or whose entities resolved to other ids: their local records are made anew. */
  dirty: Set<string>;
  /** Cache keys of files read as resolution parts that hold a dirty document: to read whole. */
  reread: Set<string>;
  /** The state this build leaves. */
  next: BuildState;
  /** `documentRelationKeys` of the corpus. */
  relationKeys: Map<string, string[]>;
}

/** The state a build of `result` leaves for the next one. */
function nextState(result: CorpusResult, relationKeys = documentRelationKeys(result.corpus)): BuildState {
  const next: BuildState = new Map();
  const acronyms = result.corpus.acronyms;
  for (const [id, entities] of documentEntityIds(result.corpus)) {
    next.set(id, {
      key: result.documentKeys.get(id) ?? '',
      fingerprint: documentFingerprint(entities),
      entities,
      relations: relationKeys.get(id) ?? [],
      acronyms: (acronyms?.defined.get(id) ?? []).map((a): [string, string] => [a, acronyms?.signatures.get(a) ?? '']),
    });
  }
  return next;
}

/** Undefined when document ids would make graph.json's lines ambiguous (see `spliceableIds`). */
function planSplice(state: BuildState, result: CorpusResult): SplicePlan | undefined {
  const ids = result.corpus.documents.map((d) => d.id);
  if (!spliceableIds(ids) || !spliceableIds(state.keys())) return undefined;
  const relationKeys = documentRelationKeys(result.corpus);
  const next = nextState(result, relationKeys);
  const dirty = new Set<string>();
  const reread = new Set<string>();
  for (const id of ids) {
    const previous = state.get(id);
    const now = next.get(id)!;
    if (previous !== undefined && now.key !== '' && previous.key === now.key && previous.fingerprint === now.fingerprint) continue;
    dirty.add(id);
    if (result.partial.has(id)) reread.add(now.key);
  }
  return { dirty, reread, next, relationKeys };
}

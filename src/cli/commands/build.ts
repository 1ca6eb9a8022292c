// `crimegraph build PATH… --out DIR`: run the pipeline on newsletters and write the graph
// snapshot that query, export and the API load. Extractions are kept in a cache beside the
// snapshot, so a build run again extracts only the files it has not seen.

import { setFlagsFromString } from 'node:v8';
import type { CorpusResult } from '../../api/pipeline.js';
import {
  type BuildState,
  type DocumentSummary,
  ExtractionCache,
  readBuildState,
  readResolutionState,
  snapshotCachePath,
  writeBuildState,
  writeResolutionState,
} from '../../cache/index.js';
import { InputError, StoreError } from '../../errors.js';
import type { ItemExtraction } from '../../extract/types.js';
import type { Document } from '../../ingest/types.js';
import {
  assertSnapshotTarget,
  type DocumentEntityIds,
  itemNodeId,
  manifestDocument,
  createRecordSnapshot,
  coOccurrenceChanges as graphCoOccurrenceChanges,
  copiedRecords,
  documentEntityIds,
  edgeKey,
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
import {
  type ChangedDocument,
  parseResolutionState,
  type ResolutionState,
  type ResolvedChange,
  resolutionOf,
  resolveChanges,
  serializeResolutionState,
} from '../../resolve/index.js';
import type { ResolvedCorpus } from '../../resolve/types.js';
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
    const finish = async (built: Built): Promise<number> => {
      await writeBuildState(cache.dir, out, built.next);
      // (None from a first or --full build; a state left by an earlier build names another graph.json and is passed over.)
      if (built.resolution) await writeResolutionState(cache.dir, out, built.resolution);
      // The snapshot's own cache keeps the extractions of this build only; a shared one keeps all.
      if (shared === undefined) await cache.prune();
      report(io, out, started, built);
      return built.failed ? 1 : 0;
    };
    // With the resolution state of the last build too, files unchanged since are not read at all
    // and resolution replays only what the change reaches (src/resolve/resolve-changes.ts).
    const resolutionBytes = state && (await readResolutionState(cache.dir, out));
    const resolution = resolutionBytes === undefined ? undefined : parseResolutionState(resolutionBytes);
    // Extractions made by an incremental attempt that could not go on are in the cache: counted as extracted.
    let extractedFirst: number | undefined;
    if (state && resolution) {
      const run = await runPipelineReported(reading, args.positionals, args.options, {
        cache,
        skip: (key) => previousKeys!.has(key),
        resolve: false,
        items: false,
      });
      reading = quiet;
      if (!run) return 1;
      const built = await buildIncrementally(out, cache, state, resolution, run, io);
      if (built !== undefined) return finish(built);
      extractedFirst = run.extracted;
    }
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
        keepExtractions: true,
      });
      reading = quiet;
      lean = shaped;
      return run;
    };
    let result = await read(previousKeys && ((key) => previousKeys.has(key)), state === undefined);
    if (!result) return 1;
    const extracted = extractedFirst ?? result.extracted;
    const reused = extractedFirst === undefined ? result.reused : result.corpus.documents.length - extractedFirst;
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
    // The state the next build resolves from: the resolution of the same extractions, kept as its text.
    // Only a build run again on its snapshot makes it: in a first or --full build it was the peak
    // (a warm build of 3,000 synthetic newsletters 729 MB with it, 429 MB without; the 10,000-newsletter
    // build's 1.5 GB budget would not hold), so the first incremental build after one resolves the
    // whole corpus and writes the state, and the builds after it replay only what changed.
    // Its relation evidence is the sentences themselves (an incremental build replays relations from
    // it), not the references a lean reading numbered them as.
    const stated = state && (result.extractions ?? []).map((x) => (references ? references.withSentences(x) : x));
    const resolutionState = stated && serializeResolutionState(resolutionOf(changedDocuments(result.corpus.documents, stated)).state);
    result.extractions = undefined;
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
    return finish({ next, resolution: resolutionState, counts: counts!, copied, documents, items, reused, extracted, failed });
  },
};

/** What a build wrote and leaves for the next one. */
interface Built {
  next: BuildState;
  /** The resolution state's bytes (none from a first or --full build). */
  resolution: Buffer | undefined;
  counts: SnapshotManifest['counts'];
  copied: number;
  documents: number;
  items: number;
  reused: number;
  extracted: number;
  failed: boolean;
}

/** The build's summary line (stderr, as every summary: stdout stays for results). */
function report(io: CliIo, out: string, started: number, built: Built): void {
  const { counts, documents, items, reused, extracted, copied } = built;
  const labels = ['Person', 'Body', 'Act', 'Programme'].map((l) => `${counts.labels[l] ?? 0} ${l}`).join(', ');
  const reuse = `reused ${reused.toLocaleString('en-GB')} of ${documents.toLocaleString('en-GB')} documents`;
  if (io.stderrIsTTY) {
    const records = counts.nodes + counts.relationships;
    io.stderr(
      `${reuse}, extracted ${extracted.toLocaleString('en-GB')}; copied ${copied.toLocaleString('en-GB')} of ${records.toLocaleString('en-GB')} graph records\n`,
    );
  }
  io.stderr(
    `Built ${out}: ${plural(documents, 'newsletter')}, ${plural(items, 'item')}, ${plural(counts.entities, 'entity')} (${labels}), ` +
      `${plural(counts.nodes, 'node')}, ${plural(counts.relationships, 'relationship')} in ${((Date.now() - started) / 1000).toFixed(1)} s (${reuse})\n`,
  );
}

/** The extractions of each document (given in the documents' order, as the pipeline gives them). */
function changedDocuments(documents: readonly Document[], extractions: readonly ItemExtraction[]): ChangedDocument[] {
  const byDocument = new Map<string, ItemExtraction[]>(documents.map((d) => [d.id, []]));
  for (const x of extractions) byDocument.get(x.documentId)?.push(x);
  return documents.map((d) => ({ id: d.id, items: byDocument.get(d.id) ?? [] }));
}

/** Item entity ids by document, as `documentEntityIds` gives them, from an incremental resolution. */
function entityIdsOf(change: ResolvedChange, ids: readonly string[]): Map<string, DocumentEntityIds> {
  const byDocument = new Map<string, DocumentEntityIds>(ids.map((id) => [id, []]));
  for (const x of change.itemEntities) byDocument.get(x.documentId)?.push([itemNodeId(x.documentId, x.item), x.ids]);
  return byDocument;
}

/** The keys of the typed relations a document's items state, sorted, each once. */
function statedKeys(state: ResolutionState, id: string): string[] {
  const keys = new Set<string>();
  for (const item of state.documents.get(id)?.items ?? []) for (const key of item.statements) keys.add(edgeKeyOf(key));
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The graph key of a relation key `type|source|target`. */
function edgeKeyOf(key: string): string {
  const [type, source, target] = key.split('|') as [string, string, string];
  return edgeKey(type, source, target);
}

/**
 * The build of a snapshot whose last build left both states: the files unchanged since are not
 * read (their documents stand in the resolution state and their records in graph.json), the
 * change is resolved by replaying what it reaches, and graph.json and the columns are spliced.
 * Undefined (nothing written) when it cannot be done so: an acronym whose meaning changes for a
 * document not changed, document ids that clash, a graph.json not in a build's layout. Then the
 * caller builds as without the resolution state.
 */
async function buildIncrementally(
  out: string,
  cache: ExtractionCache,
  state: BuildState,
  resolution: ResolutionState,
  run: CorpusResult,
  io: CliIo,
): Promise<Built | undefined> {
  const kept = [...state].filter(([, d]) => run.skipped.has(d.key)).map(([id]) => id);
  const keptSet = new Set(kept);
  const read = run.corpus.documents;
  if (read.some((d) => keptSet.has(d.id))) return undefined;
  const ids = [...kept, ...read.map((d) => d.id)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!spliceableIds(ids) || !spliceableIds(state.keys())) return undefined;
  const removed = [...state.keys()].filter((id) => !keptSet.has(id));
  const documents = new Map(read.map((d) => [d.id, d]));
  let added = changedDocuments(read, run.extractions ?? []);
  run.extractions = undefined;
  const progress = createProgress(io);
  progress.update({ stage: 'resolving', done: 0, total: 1 });
  let change = resolveChanges(resolution, { remove: removed, add: added });
  if (change === undefined) return undefined;
  let entityIds = entityIdsOf(change, ids);
  // Documents not changed whose entities now resolve to other ids: their records are made anew, from their whole extractions.
  // (Only a document the replay reached can have: the resolution state copies those it changes.)
  const moved = (id: string) =>
    change!.state.documents.get(id) !== resolution.documents.get(id) && documentFingerprint(entityIds.get(id) ?? []) !== state.get(id)!.fingerprint;
  const reread = kept.filter(moved);
  if (reread.length > 0) {
    for (const id of reread) {
      const whole = (await cache.get(state.get(id)!.key))?.find((d) => d.document.id === id);
      if (whole === undefined) return undefined;
      documents.set(id, whole.document);
      added = [...added, { id, items: whole.items }];
    }
    change = resolveChanges(resolution, { remove: [...removed, ...reread], add: added });
    if (change === undefined) return undefined;
    entityIds = entityIdsOf(change, ids);
    const again = new Set(reread);
    if (kept.some((id) => !again.has(id) && moved(id))) return undefined;
  }
  const resolved = change;
  const dirty = new Set(documents.keys());
  // A document whose entities were replayed may state other relations even with the same ids (an
  // end named like another entity's new name): then its records are made anew too. Rare: built as without the state.
  const relationKeys = new Map<string, string[]>();
  for (const id of ids) {
    const replayed = resolved.state.documents.get(id) !== resolution.documents.get(id);
    if (!dirty.has(id) && !replayed) continue;
    const keys = statedKeys(resolved.state, id);
    if (dirty.has(id)) relationKeys.set(id, keys);
    else if (keys.join('\n') !== [...state.get(id)!.relations].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n')) return undefined;
  }
  const next: BuildState = new Map();
  const acronymsOf = (id: string) => (resolved.acronyms.defined.get(id) ?? []).map((a): [string, string] => [a, resolved.acronyms.signatures.get(a) ?? '']);
  for (const id of ids) {
    const previous = state.get(id);
    const document = documents.get(id);
    if (document === undefined) {
      next.set(id, { ...previous!, acronyms: acronymsOf(id) });
      continue;
    }
    const entities = entityIds.get(id) ?? [];
    next.set(id, {
      key: run.documentKeys.get(id) ?? previous!.key,
      fingerprint: documentFingerprint(entities),
      entities,
      relations: relationKeys.get(id) ?? [],
      acronyms: acronymsOf(id),
      summary: manifestDocument(document),
    });
  }
  const corpus: ResolvedCorpus = {
    documents: [...documents.values()],
    items: [],
    entities: resolved.entities,
    roles: resolved.roles,
    relations: resolved.relations,
    mergeLog: resolved.mergeLog,
    itemEntities: resolved.itemEntities,
    acronyms: resolved.acronyms,
  };
  const copy = copiedRecords(corpus, state, dirty, relationKeys, ids);
  if (copy === undefined) return undefined;
  // Every entity and relation made anew is one the resolution replayed (else its record would be missing).
  const replayed = new Set(resolved.entities.map((e) => e.id));
  for (const id of entityIdsOfDocuments(state, entityIds, dirty, next)) if (!copy(id) && resolved.state.nameOf.has(id) && !replayed.has(id)) return undefined;
  const roleIds = new Set(resolved.roles.map((r) => r.id));
  const records = graphRecords(corpus, {
    documents: (id) => dirty.has(id),
    coOccurrences: false,
    shared: (key) => !copy(key),
    ends: (id) => resolved.state.nameOf.has(id) || roleIds.has(id),
  });
  const snapshot = createRecordSnapshot(
    corpus,
    records,
    ids.map((id) => (documents.has(id) ? manifestDocument(documents.get(id)!) : (state.get(id)!.summary as ReturnType<typeof manifestDocument>))),
  );
  const gone = [...state].filter(([id]) => dirty.has(id) || !next.has(id)).map(([, d]) => d.entities);
  const coOccurrenceChanges = graphCoOccurrenceChanges(
    gone,
    [...dirty].map((id) => next.get(id)!.entities),
  );
  const text = serializeResolutionState(resolved.state);
  progress.update({ stage: 'writing', done: 0, total: 1 });
  let spliced: Awaited<ReturnType<typeof saveSplicedSnapshot>>;
  try {
    spliced = await saveSplicedSnapshot(out, snapshot, {
      previousDocuments: new Set(state.keys()),
      keep: (id) => next.has(id) && !dirty.has(id),
      coOccurrenceChanges,
      copy,
    });
  } catch (error) {
    // A previous graph.json not in the layout a build writes: nothing was written.
    if (!(error instanceof StoreError && error.code === 'E_SNAPSHOT_CORRUPT')) throw error;
    return undefined;
  } finally {
    progress.end();
  }
  return {
    next,
    resolution: text,
    counts: spliced.counts!,
    copied: spliced.keptNodes + spliced.keptEdges,
    documents: ids.length,
    items: ids.reduce((n, id) => n + (next.get(id)!.summary.items ?? 0), 0),
    reused: run.reused + kept.length,
    extracted: run.extracted,
    failed: run.errors.length > 0,
  };
}

/** The entity ids that documents made anew name, now or before. */
function entityIdsOfDocuments(state: BuildState, now: Map<string, DocumentEntityIds>, dirty: ReadonlySet<string>, next: BuildState): Set<string> {
  const ids = new Set<string>();
  for (const [id, d] of state) if (dirty.has(id) || !next.has(id)) for (const [, list] of d.entities) for (const e of list) ids.add(e);
  for (const id of dirty) for (const [, list] of now.get(id) ?? []) for (const e of list) ids.add(e);
  return ids;
}

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
  const summaries = new Map<string, DocumentSummary>(result.corpus.documents.map((d) => [d.id, manifestDocument(d)]));
  for (const [id, entities] of documentEntityIds(result.corpus)) {
    next.set(id, {
      key: result.documentKeys.get(id) ?? '',
      fingerprint: documentFingerprint(entities),
      entities,
      relations: relationKeys.get(id) ?? [],
      acronyms: (acronyms?.defined.get(id) ?? []).map((a): [string, string] => [a, acronyms?.signatures.get(a) ?? '']),
      summary: summaries.get(id)!,
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

// `crimegraph build PATH… --out DIR`: run the pipeline on newsletters and write the graph
// snapshot that query, export and the API load. Extractions are kept in a cache beside the
// snapshot, so a build run again extracts only the files it has not seen.

import { ExtractionCache, snapshotCachePath } from '../../cache/index.js';
import { assertSnapshotTarget, createRecordSnapshot, graphRecords, saveRecordSnapshot } from '../../graph/index.js';
import type { Command } from '../command.js';
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
    // Refuse a foreign directory before hours of extraction, not after.
    await assertSnapshotTarget(out);
    const shared = stringOption(args.options, 'cache');
    const cache = new ExtractionCache(shared ?? snapshotCachePath(out));
    let result = await runPipelineReported(io, args.positionals, args.options, { cache, full: args.options.full === true });
    if (!result) return 1;
    const progress = createProgress(io);
    progress.update({ stage: 'building', done: 0, total: 1 });
    const snapshot = createRecordSnapshot(result.corpus, graphRecords(result.corpus));
    const documents = result.corpus.documents.length;
    const items = result.corpus.documents.reduce((n, d) => n + d.items.length, 0);
    const { reused, extracted } = result;
    const failed = result.errors.length > 0;
    // Writing needs only the graph's records: the corpus (extractions, resolved items, entities
    // with their evidence) is let go first, so it is not held through the largest allocations.
    result = undefined;
    progress.update({ stage: 'writing', done: 0, total: 1 });
    await saveRecordSnapshot(out, snapshot).finally(progress.end);
    // The snapshot's own cache keeps the extractions of this build only; a shared one keeps all.
    if (shared === undefined) await cache.prune();
    const { counts } = snapshot.manifest;
    const labels = ['Person', 'Body', 'Act', 'Programme'].map((l) => `${counts.labels[l] ?? 0} ${l}`).join(', ');
    const reuse = `reused ${reused.toLocaleString('en-GB')} of ${documents.toLocaleString('en-GB')} documents`;
    if (io.stderrIsTTY) io.stderr(`${reuse}, extracted ${extracted.toLocaleString('en-GB')}\n`);
    // The snapshot is the result; this line is a summary, so stderr (stdout stays for results).
    io.stderr(
      `Built ${out}: ${plural(documents, 'newsletter')}, ${plural(items, 'item')}, ${plural(counts.entities, 'entity')} (${labels}), ` +
        `${plural(counts.nodes, 'node')}, ${plural(counts.relationships, 'relationship')} in ${((Date.now() - started) / 1000).toFixed(1)} s (${reuse})\n`,
    );
    return failed ? 1 : 0;
  },
};

// `crimegraph build PATH… --out DIR`: run the pipeline on newsletters and write the graph
// snapshot that query, export and the API load.

import { createSnapshot, saveSnapshot, summarizeGraph } from '../../graph/index.js';
import type { Command } from '../command.js';
import { runPipelineReported } from '../report-inputs.js';
import { plural } from '../plural.js';

export const command: Command = {
  name: 'build',
  summary: 'Build the knowledge graph snapshot from newsletters (.txt, .md, .html files or directories)',
  usage: 'build PATH… [--out DIR] [--workers N]',
  positionals: { name: 'PATH', min: 1 },
  options: [
    { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'snapshot directory to write, replaced atomically', default: 'out' },
    { name: 'max-size', type: 'integer', value: 'MB', description: 'refuse input files larger than this many megabytes', default: 4 },
    { name: 'workers', type: 'integer', value: 'N', description: 'extraction threads; 0 extracts in-process (default: one per core above 2 000 000 characters of text)' },
  ],
  details: 'Bad inputs are reported one line each and skipped; the exit code is then 1.\nWhen no input can be used, nothing is written.',
  async run(args, io) {
    const out = args.options.out as string;
    const started = Date.now();
    const result = await runPipelineReported(io, args.positionals, args.options);
    if (!result) return 1;
    await saveSnapshot(out, createSnapshot(result.corpus, result.graph));
    const { counts } = summarizeGraph(result.graph);
    const items = result.corpus.documents.reduce((n, d) => n + d.items.length, 0);
    const labels = ['Person', 'Body', 'Act', 'Programme'].map((l) => `${counts.labels[l] ?? 0} ${l}`).join(', ');
    // The snapshot is the result; this line is a summary, so stderr (stdout stays for results).
    io.stderr(
      `Built ${out}: ${plural(result.corpus.documents.length, 'newsletter')}, ${plural(items, 'item')}, ${plural(counts.entities, 'entity')} (${labels}), ` +
        `${plural(counts.nodes, 'node')}, ${plural(counts.relationships, 'relationship')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return result.errors.length > 0 ? 1 : 0;
  },
};

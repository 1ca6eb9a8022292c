// `crimegraph extract PATH… --json FILE`: the extraction in the annotation guidelines' system
// format (documents -> items -> entities and relations), for score.mjs and for reading.

import type { Command } from '../command.js';
import { createProgress } from '../progress.js';
import { reportInputs, reportNothingUsable } from '../report-inputs.js';
import { writeFileAtomically } from '../write-output.js';

export const command: Command = {
  name: 'extract',
  summary: 'Extract entities and relations as annotation JSON (the format score.mjs reads)',
  usage: 'extract PATH… [--json FILE] [--workers N]',
  positionals: { name: 'PATH', min: 1 },
  options: [
    { name: 'json', type: 'string', value: 'FILE', description: 'write the JSON here (atomically) instead of to stdout' },
    { name: 'max-size', type: 'integer', value: 'MB', description: 'refuse input files larger than this many megabytes', default: 4 },
    { name: 'workers', type: 'integer', value: 'N', description: 'extraction threads; 0 extracts in-process' },
  ],
  async run(args, io) {
    const progress = createProgress(io);
    // Loaded here, not at the top: parsing options and --help must not load the NLP models.
    const { runPipeline } = await import('../../api/pipeline.js');
    const result = await runPipeline(args.positionals, {
      onProgress: progress.update,
      workers: args.options.workers as number | undefined,
      maxBytes: (args.options['max-size'] as number) * 1024 * 1024,
    }).finally(progress.end);
    reportInputs(io, result.errors, result.warnings);
    if (result.corpus.documents.length === 0) {
      reportNothingUsable(io);
      return 1;
    }
    const { toAnnotation } = await import('../../evaluate/index.js');
    const json = `${JSON.stringify(toAnnotation(result.corpus), null, 2)}\n`;
    const file = args.options.json as string | undefined;
    if (file === undefined) io.stdout(json);
    else await writeFileAtomically(file, json);
    return result.errors.length > 0 ? 1 : 0;
  },
};

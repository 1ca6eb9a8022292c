// `crimegraph extract PATH… --json FILE`: the extraction in the annotation guidelines' system
// format (documents -> items -> entities and relations), for score.mjs and for reading.

import type { Command } from '../command.js';
import { runPipelineReported } from '../report-inputs.js';
import { writeFileAtomically } from '../write-output.js';
import { stringOption } from '../option-values.js';

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
    const result = await runPipelineReported(io, args.positionals, args.options);
    if (!result) return 1;
    const { toAnnotation } = await import('../../evaluate/index.js');
    const json = `${JSON.stringify(toAnnotation(result.corpus), null, 2)}\n`;
    const file = stringOption(args.options, 'json');
    if (file === undefined) io.stdout(json);
    else await writeFileAtomically(file, json);
    return result.errors.length > 0 ? 1 : 0;
  },
};

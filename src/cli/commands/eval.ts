// `crimegraph eval [PATH…] --gold DIR`: extract the newsletters (the bundled fixtures by
// default) and print this system's scores against gold annotations.

import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../../errors.js';
import { plural } from '../plural.js';
import type { Command } from '../command.js';
import { runPipelineReported } from '../report-inputs.js';
import { stringOption } from '../option-values.js';

// Same depth from src/cli/commands and dist/cli/commands.
const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));

export const command: Command = {
  name: 'eval',
  summary: 'Score extraction against gold annotations (per-type P/R/F1, duplicates, relations)',
  usage: 'eval [PATH…] --gold DIR [--explain] [--json]',
  positionals: { name: 'PATH', min: 0 },
  options: [
    { name: 'gold', type: 'string', value: 'DIR', description: 'directory of gold annotation files (one JSON per document)' },
    {
      name: 'explain',
      type: 'boolean',
      description:
        'per item: each entity found with the rule that typed it, each relation with the rule that read it and its sentence, each error (FP/FN) with a reason',
    },
    { name: 'json', type: 'boolean', description: 'print the scores as JSON instead of a table (with --explain, the explanation under "explanation")' },
    { name: 'max-size', type: 'integer', value: 'MB', description: 'refuse input files larger than this many megabytes', default: 4 },
    { name: 'workers', type: 'integer', value: 'N', description: 'extraction threads; 0 extracts in-process' },
  ],
  details:
    "PATH defaults to the newsletters in the package's fixtures/ directory. --explain prints, before the table, one block per item: `ok`, `FP` or `FN`, the entity or relation, the rule behind it in [brackets], and for errors a reason (not found under any of its names, typed differently, an end not found, both ends found but no rule read it, not a gold entity, gold has another target).",
  async run(args, io) {
    const gold = stringOption(args.options, 'gold');
    if (gold === undefined) throw new UsageError('missing --gold DIR');
    const paths = args.positionals.length > 0 ? args.positionals : [FIXTURES];
    const { documentsWithoutGold, explain, formatExplanation, formatScoreTable, readGold, score, toAnnotation } = await import('../../evaluate/index.js');
    const goldFiles = await readGold(gold);
    const result = await runPipelineReported(io, paths, args.options);
    if (!result) return 1;
    const system = toAnnotation(result.corpus);
    // Scores against gold that names none of the documents read are all zeros: say why instead.
    const unscored = documentsWithoutGold(goldFiles, system);
    if (unscored.length === system.length)
      throw new InputError(
        'E_NO_GOLD',
        `${system.length === 1 ? 'the document read has no' : `none of the ${plural(system.length, 'document')} read has a`} gold annotation here (gold files name documents by file name: ${
          goldFiles
            .slice(0, 3)
            .map((g) => g.doc)
            .join(', ') || 'none found'
        }); nothing to score`,
        { file: gold },
      );
    for (const doc of unscored) io.stderr(`warning: ${doc.doc}: no gold annotation in ${gold}; not scored\n`);
    const scores = score(goldFiles, system);
    const explanation = args.options.explain ? explain(goldFiles, result.corpus, scores) : undefined;
    if (args.options.json) io.stdout(`${JSON.stringify(explanation ? { ...scores, explanation } : scores, null, 2)}\n`);
    else {
      const table = formatScoreTable(scores);
      io.stdout(`${explanation ? `${formatExplanation(explanation)}\n\n` : ''}${table.endsWith('\n') ? table : `${table}\n`}`);
    }
    return result.errors.length > 0 ? 1 : 0;
  },
};

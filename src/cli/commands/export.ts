// `crimegraph export --format F --graph DIR --out PATH`: write the snapshot's graph as GEXF,
// GraphML, graphology JSON, Cytoscape JSON, neo4j-admin CSV (a directory), Cypher or HTML.

import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import {
  ENTITIES_ONLY_BY_DEFAULT,
  EXPORT_FORMATS,
  IMPORTANCE_MEASURES,
  exportGraph,
  isExportFormat,
  readViewerBundle,
  selectScope,
} from '../../export/index.js';
import type { ExportRequest } from '../../export/index.js';
import { writeDirectoryAtomically } from '../../graph/index.js';
import { openSnapshot } from '../open-snapshot.js';
import type { Command } from '../command.js';
import { writeFileAtomically } from '../write-output.js';
import { plural } from '../plural.js';
import { choiceOption, integerOption, requiredString, stringOption } from '../option-values.js';

/** A CSV export directory we may replace: empty, or holding what writeCsv writes. */
async function isCsvExport(dir: string): Promise<boolean> {
  try {
    const names = await readdir(dir);
    return (
      names.length === 0 ||
      (names.includes('import.sh') && names.every((n) => /^(nodes_|relationships_).*\.csv$|^import\.sh$|^graph\.cypher$|^empty-lists\.cypher$/.test(n)))
    );
  } catch {
    return false;
  }
}

function typeList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (types.length === 0) throw new UsageError('option --types needs at least one type, e.g. --types Person,Body');
  return types;
}

export const command: Command = {
  name: 'export',
  summary: 'Export the graph as GEXF, GraphML, JSON, Cytoscape JSON, neo4j-admin CSV, Cypher or an HTML viewer',
  usage:
    'export --format FORMAT --out PATH [--graph DIR] [--entities-only | --all] [--types Person,Body] [--min-weight N] [--size pagerank|degree] [--title TEXT]',
  positionals: { name: 'ARG', min: 0, max: 0 },
  options: [
    { name: 'format', short: 'f', type: 'string', value: 'FORMAT', description: 'what to write', choices: EXPORT_FORMATS },
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'out', short: 'o', type: 'string', value: 'PATH', description: "file to write (a directory for csv), replaced atomically; '-' writes to stdout" },
    { name: 'entities-only', type: 'boolean', description: 'leave out newsletters and items (the default for html)' },
    { name: 'all', type: 'boolean', description: 'html: keep newsletters and items too' },
    { name: 'types', type: 'string', value: 'LIST', description: 'keep only nodes of these comma-separated labels' },
    { name: 'min-weight', type: 'integer', value: 'N', description: 'drop CO_OCCURS relationships of weight below N' },
    { name: 'size', type: 'string', value: 'MEASURE', description: 'node size follows', choices: IMPORTANCE_MEASURES, default: 'pagerank' },
    { name: 'title', type: 'string', value: 'TEXT', description: 'html: the page title' },
  ],
  details:
    'gexf, graphml and cytoscape carry colours by type, sizes by importance and a precomputed layout.\n' +
    'csv writes nodes_*.csv and relationships_*.csv for neo4j-admin import, import.sh, graph.cypher, and empty-lists.cypher when a list is empty (neo4j-admin imports an empty list as no property).\n' +
    'html writes one self-contained page (no network) with search, legend and details.',
  async run(args, io) {
    const format = stringOption(args.options, 'format');
    const out = stringOption(args.options, 'out');
    if (format === undefined) throw new UsageError(`missing --format (${EXPORT_FORMATS.join(', ')})`);
    if (!isExportFormat(format)) throw new UsageError(`option --format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (out === undefined) throw new UsageError('missing --out PATH');
    if (args.options.all === true && args.options['entities-only'] === true) throw new UsageError('--all and --entities-only contradict each other');

    const request: ExportRequest = {
      entitiesOnly: args.options['entities-only'] === true || (ENTITIES_ONLY_BY_DEFAULT.has(format) && args.options.all !== true),
      types: typeList(stringOption(args.options, 'types')),
      minWeight: integerOption(args.options, 'min-weight'),
      size: choiceOption(args.options, 'size', IMPORTANCE_MEASURES),
      ...(typeof args.options.title === 'string' ? { title: args.options.title } : {}),
    };
    const snapshot = await openSnapshot(io, resolve(io.cwd, requiredString(args.options, 'graph')));
    const scoped = selectScope(snapshot.graph, request);
    if (format === 'html') request.viewerScript = await readViewerBundle();
    const output = exportGraph(snapshot.graph, format, request);
    const counts = `${plural(scoped.order, 'node')} and ${plural(scoped.size, 'relationship')}`;
    if (out === '-') {
      // The export is the result: stdout. What was written is a summary: stderr.
      if (output.kind !== 'file') throw new UsageError(`--format ${format} writes a directory of files; give --out DIR, not -`);
      io.stdout(output.content);
      io.stderr(`Wrote ${format} of ${counts} to stdout\n`);
      return 0;
    }
    const target = resolve(io.cwd, out);
    if (output.kind === 'file') await writeFileAtomically(target, output.content);
    else await writeDirectoryAtomically(target, new Map(output.files.map((f) => [f.name, f.content])), isCsvExport);
    const what = output.kind === 'file' ? '' : ` (${plural(output.files.length, 'file')})`;
    io.stderr(`Wrote ${format} of ${counts} to ${out}${what}\n`);
    return 0;
  },
};

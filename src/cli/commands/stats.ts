// `crimegraph stats --graph DIR`: what a snapshot holds: nodes per label, relationships per
// type, and the most mentioned entities.

import { summarizeGraph, type GraphSummary } from '../../graph/index.js';
import { openSnapshot } from '../open-snapshot.js';
import { requiredInteger, requiredString } from '../option-values.js';
import { plural } from '../plural.js';
import type { Command } from '../command.js';

export const command: Command = {
  name: 'stats',
  summary: 'Count nodes per label and relationships per type in a snapshot, and list the most mentioned entities',
  usage: 'stats [--graph DIR] [--top N] [--format table|json]',
  positionals: { name: 'ARG', min: 0, max: 0 },
  options: [
    { name: 'graph', short: 'g', type: 'string', value: 'DIR', description: 'snapshot directory', default: 'out' },
    { name: 'top', type: 'integer', value: 'N', description: 'how many of the most mentioned entities to list', default: 10 },
    { name: 'format', type: 'string', value: 'FORMAT', description: 'output format', choices: ['table', 'json'], default: 'table' },
  ],
  async run(args, io) {
    const snapshot = await openSnapshot(io, requiredString(args.options, 'graph'));
    const summary = summarizeGraph(snapshot.graph, requiredInteger(args.options, 'top'));
    const documents = snapshot.manifest.documents.length;
    if (args.options.format === 'json') io.stdout(`${JSON.stringify({ documents, ...summary }, null, 2)}\n`);
    else io.stdout(statsTable(summary, documents));
    return 0;
  },
};

/** The stats as aligned text tables. */
export function statsTable(summary: GraphSummary, documents: number): string {
  const { counts, mostMentioned } = summary;
  const lines = [
    `${plural(documents, 'newsletter')}, ${plural(counts.nodes, 'node')}, ${plural(counts.relationships, 'relationship')}, ${plural(counts.entities, 'entity')}`,
    '',
  ];
  lines.push(
    ...table(
      ['label', 'nodes'],
      Object.entries(counts.labels).map(([k, v]) => [k, String(v)]),
    ),
    '',
  );
  lines.push(
    ...table(
      ['relationship', 'count'],
      Object.entries(counts.types).map(([k, v]) => [k, String(v)]),
    ),
    '',
  );
  lines.push('Most mentioned entities:');
  lines.push(
    ...table(
      ['mentions', 'label', 'name', 'id'],
      mostMentioned.map((e) => [String(e.mentionCount), e.label, e.name, e.id]),
    ),
  );
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  const cell = (row: string[], i: number): string => row[i] ?? '';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cell(r, i).length)));
  const numeric = header.map((_h, i) => rows.length > 0 && rows.every((r) => /^\d+$/.test(cell(r, i))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

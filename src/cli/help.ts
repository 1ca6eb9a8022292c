// Help text for the program and for each command, built from the commands' data.

import type { Command, CommandEntry } from './command.js';

/** `crimegraph --help`: the commands and their one-line summaries. */
export function programHelp(commands: readonly CommandEntry[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `crimegraph ${version}: turn crime and policing news into a knowledge graph and query it with Cypher.`,
    '',
    'Usage: crimegraph COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'crimegraph COMMAND --help' for a command's options.",
    '',
  ].join('\n');
}

/** `crimegraph build --help`. */
export function commandHelp(command: Command): string {
  const rows = command.options.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.type === 'boolean' ? '' : ` ${o.value ?? 'VALUE'}`}`;
    const extra = [
      o.choices ? `one of ${o.choices.join(', ')}` : undefined,
      o.default !== undefined ? `default ${String(o.default)}` : undefined,
      o.type === 'list' ? 'repeatable' : undefined,
    ].filter((x) => x !== undefined);
    return [flag, `${o.description}${extra.length ? ` (${extra.join('; ')})` : ''}`] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return [
    `Usage: crimegraph ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    ...(command.details ? ['', command.details.trimEnd()] : []),
    '',
  ].join('\n');
}

// The programs outside Node that the export tests run (xmllint, Python readers): whether each is
// here, and why not. Outside CI a missing one skips its tests with that reason; under CI=true
// (where .ci/run installs them all) it is a failure, so CI never passes on skipped readers.

import { spawnSync } from 'node:child_process';

export interface Tool {
  /** What the tests call it, e.g. "NetworkX 2.8 (Debian's python3-networkx)". */
  name: string;
  /** Argument vector that exits 0 (printing the version on stdout) when the tool is usable. */
  probe: readonly string[];
  /** How its users install it, for the skip message. */
  install: string;
  /** A further condition on the probe's output (a version), with the reason it failed. */
  accept?: (stdout: string) => string | undefined;
}

export interface Availability {
  /** The probe's stdout (a version) when the tool can run. */
  version?: string;
  /** Why the tool cannot run here. */
  missing?: string;
}

/** Probe `tool`; throw under CI=true when it is missing. */
export function availability(tool: Tool, env: Record<string, string | undefined> = process.env): Availability {
  const [command, ...args] = tool.probe;
  const run = spawnSync(command!, args, { encoding: 'utf8', timeout: 60_000 });
  let missing: string | undefined;
  if (run.error !== undefined) missing = `${command} cannot be run (${run.error.message})`;
  else if (run.status !== 0) missing = `\`${tool.probe.join(' ')}\` failed: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`;
  else missing = tool.accept?.(run.stdout.trim());
  if (missing === undefined) return { version: run.stdout.trim() };
  const reason = `${tool.name} is not available: ${missing} (install: ${tool.install})`;
  if (env.CI === 'true') throw new Error(`CI=true but ${reason}; .ci/run installs it`);
  return { missing: reason };
}

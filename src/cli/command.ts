// The shape of a CLI command and of its options, as data: main reads it to parse arguments and
// print help without running anything, and each command file exports one.

/** One option of a command. `list` options may repeat (`--param a=1 --param b=2`). */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean' | 'integer' | 'list';
  /** Placeholder shown in help (`DIR`, `MS`). */
  value?: string;
  description: string;
  default?: string | number | boolean;
  /** The allowed values of a string option. */
  choices?: readonly string[];
}

export type OptionValue = string | number | boolean | string[] | undefined;

/** Arguments after parsing: positionals in order, options by name with defaults applied. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, OptionValue>;
  help: boolean;
}

/** Where a command writes: stdout for results, stderr for messages and progress. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress is shown only when stderr is a terminal. */
  stderrIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  /** Synopsis after `crimegraph `: `build PATH… [--out DIR]`. */
  usage: string;
  /** Positional arguments allowed. */
  positionals: { name: string; min: number; max?: number };
  options: readonly OptionSpec[];
  /** Longer text printed under the options in --help. */
  details?: string;
  /** Run with parsed arguments; resolves to the exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A command as the registry knows it before its module is loaded. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

// Typed reads of parsed options: the parser gives each option the type its spec names, and these
// check that type where a command reads it, so a command never casts `args.options.x as string`.
// A mismatch is a fault in a command's option data, not the user's input: it throws a TypeError.

import { UsageError } from '../errors.js';
import type { OptionValue } from './command.js';

type Options = Readonly<Record<string, OptionValue>>;

function wrongType(name: string, expected: string, value: OptionValue): never {
  throw new TypeError(`option --${name} should hold ${expected} (its spec's type), but holds ${JSON.stringify(value)}`);
}

/** A string option, or undefined when not given and without default. */
export function stringOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return value === undefined || typeof value === 'string' ? value : wrongType(name, 'a string', value);
}

/** A string option that has a default or must be given. */
export function requiredString(options: Options, name: string): string {
  const value = stringOption(options, name);
  if (value === undefined) throw new UsageError(`option --${name} is required`);
  return value;
}

/** A string option with `choices`, typed as one of them. */
export function choiceOption<T extends string>(options: Options, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(options, name);
  if (value === undefined) return undefined;
  return choices.find((choice) => choice === value) ?? wrongType(name, `one of ${choices.join(', ')}`, value);
}

/** An integer option, or undefined when not given and without default. */
export function integerOption(options: Options, name: string): number | undefined {
  const value = options[name];
  return value === undefined || typeof value === 'number' ? value : wrongType(name, 'a number', value);
}

/** An integer option that has a default or must be given. */
export function requiredInteger(options: Options, name: string): number {
  const value = integerOption(options, name);
  if (value === undefined) throw new UsageError(`option --${name} is required`);
  return value;
}

/** A list option (repeatable): the values given, in order. */
export function listOption(options: Options, name: string): string[] {
  const value = options[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : wrongType(name, 'a list', value);
}

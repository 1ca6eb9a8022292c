// Parse a command's arguments against its option specs: a pure function, so the tables of
// accepted and refused command lines are tested without running any command.

import { UsageError } from '../errors.js';
import type { OptionSpec, OptionValue, ParsedArgs } from './command.js';

/**
 * Parse `argv` (the words after the command name). Accepts `--name value`, `--name=value`,
 * `-x value`, boolean flags, repeated list options, `--help`/`-h`, and `--` before positionals
 * that start with a dash.
 *
 * @throws UsageError for an unknown option, a missing or bad value, or a wrong number of positionals.
 * @example parseOptions(spec, ['fixtures', '--out', 'out']) // { positionals: ['fixtures'], options: { out: 'out' }, help: false }
 */
export function parseOptions(
  specs: readonly OptionSpec[],
  argv: readonly string[],
  positionals: { name: string; min: number; max?: number } = { name: 'ARG', min: 0 },
): ParsedArgs {
  const options: Record<string, OptionValue> = {};
  const rest: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === undefined) break;
    if (word === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (word === '--help' || word === '-h') {
      help = true;
      continue;
    }
    if (!word.startsWith('-') || word === '-') {
      rest.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const flag = eq > 0 && word.startsWith('--') ? word.slice(0, eq) : word;
    const spec = word.startsWith('--') ? specs.find((s) => `--${s.name}` === flag) : specs.find((s) => s.short !== undefined && `-${s.short}` === flag);
    if (spec === undefined) throw new UsageError(`unknown option ${flag}${suggestion(flag, specs)}`);
    if (spec.type === 'boolean') {
      if (eq > 0 && flag !== word) throw new UsageError(`option --${spec.name} takes no value`);
      options[spec.name] = true;
      continue;
    }
    let value: string;
    if (eq > 0 && flag !== word) value = word.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next))) {
        throw new UsageError(`option --${spec.name} needs a value (${spec.value ?? 'VALUE'})`);
      }
      value = next;
      i++;
    }
    options[spec.name] = convert(spec, value, options[spec.name]);
  }
  if (!help) {
    if (rest.length < positionals.min) {
      throw new UsageError(positionals.min === 1 ? `missing ${positionals.name}` : `expected at least ${positionals.min} ${positionals.name} arguments`);
    }
    if (positionals.max !== undefined && rest.length > positionals.max) {
      throw new UsageError(`unexpected argument ${rest[positionals.max]}`);
    }
  }
  for (const spec of specs) {
    if (options[spec.name] === undefined) options[spec.name] = spec.type === 'list' ? [] : spec.default;
  }
  return { positionals: rest, options, help };
}

function convert(spec: OptionSpec, value: string, held: OptionValue): OptionValue {
  switch (spec.type) {
    case 'integer': {
      if (!/^\d+$/.test(value)) throw new UsageError(`option --${spec.name} needs a whole number, not "${value}"`);
      return Number(value);
    }
    case 'list':
      return [...(Array.isArray(held) ? held : []), value];
    case 'string':
      if (spec.choices !== undefined && !spec.choices.includes(value)) {
        throw new UsageError(`option --${spec.name} must be one of ${spec.choices.join(', ')}, not "${value}"`);
      }
      return value;
    case 'boolean':
      return true;
  }
}

function suggestion(flag: string, specs: readonly OptionSpec[]): string {
  const name = flag.replace(/^-+/, '');
  const close = specs.find((s) => s.name.startsWith(name) || name.startsWith(s.name));
  return close ? ` (did you mean --${close.name}?)` : '';
}

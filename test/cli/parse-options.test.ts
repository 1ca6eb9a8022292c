// Option parsing as a pure function: the command lines each command accepts and the ones it
// refuses with a UsageError (exit code 2), tested without running anything.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { COMMANDS, parseOptions, parseParams } from '../../src/cli/index.js';
import type { OptionSpec } from '../../src/cli/index.js';

const specs: OptionSpec[] = [
  { name: 'out', short: 'o', type: 'string', value: 'DIR', description: 'out', default: 'out' },
  { name: 'workers', type: 'integer', value: 'N', description: 'n' },
  { name: 'param', short: 'p', type: 'list', value: 'NAME=VALUE', description: 'p' },
  { name: 'format', type: 'string', description: 'f', choices: ['table', 'json', 'csv'], default: 'table' },
  { name: 'write', type: 'boolean', description: 'w' },
];
const paths = { name: 'PATH', min: 1 };

describe('accepted command lines', () => {
  it.each([
    [['fixtures'], { positionals: ['fixtures'], options: { out: 'out', workers: undefined, param: [], format: 'table', write: undefined } }],
    [['a', 'b', '--out', 'x'], { positionals: ['a', 'b'], options: { out: 'x' } }],
    [['--out=x', 'a'], { positionals: ['a'], options: { out: 'x' } }],
    [['-o', 'x', 'a'], { positionals: ['a'], options: { out: 'x' } }],
    [['a', '--workers', '4'], { options: { workers: 4 } }],
    [['a', '-p', 'x=1', '--param', 'y=two'], { options: { param: ['x=1', 'y=two'] } }],
    [['a', '--format', 'csv', '--write'], { options: { format: 'csv', write: true } }],
    [['--', '-odd-name.txt'], { positionals: ['-odd-name.txt'] }],
    [['a', '--out', 'first', '--out', 'second'], { options: { out: 'second' } }],
  ])('%j', (argv, expected) => {
    expect(parseOptions(specs, argv, paths)).toMatchObject({ help: false, ...expected });
  });

  it.each([[['--help']], [['-h']], [['a', '--help', '--out', 'x']]])('%j asks for help, whatever else is missing', (argv) => {
    expect(parseOptions(specs, argv, paths).help).toBe(true);
  });
});

describe('refused command lines', () => {
  it.each([
    [[], /missing PATH/],
    [['a', '--bogus'], /unknown option --bogus/],
    [['a', '--outt', 'x'], /did you mean --out/],
    [['a', '--out'], /--out needs a value/],
    [['a', '--out', '--write'], /--out needs a value/],
    [['a', '--workers', 'many'], /whole number/],
    [['a', '--workers', '-1'], /whole number/],
    [['a', '--format', 'xml'], /one of table, json, csv/],
    [['a', '--write=yes'], /takes no value/],
  ])('%j', (argv, message) => {
    expect(() => parseOptions(specs, argv, paths)).toThrow(UsageError);
    expect(() => parseOptions(specs, argv, paths)).toThrow(message);
  });

  it('too many positionals', () => {
    expect(() => parseOptions(specs, ['a', 'b'], { name: 'CYPHER', min: 0, max: 1 })).toThrow(/unexpected argument b/);
  });
});

describe('--param values', () => {
  it.each([
    [['limit=5'], { limit: 5n }],
    // Numbers keep their literal's type and every digit: JSON.parse would give 9007199254740992 and 1.
    [['p=9007199254740993'], { p: 9007199254740993n }],
    [['p=-9223372036854775808'], { p: -9223372036854775808n }],
    [['f=1.0', 'e=1e3', 'h=0.5'], { f: 1, e: 1000, h: 0.5 }],
    [['m={"n": 9007199254740993, "xs": [1, 2.0]}'], { m: { n: 9007199254740993n, xs: [1n, 2] } }],
    [['name=Home Office'], { name: 'Home Office' }],
    [['names=["HMIC","NCA"]'], { names: ['HMIC', 'NCA'] }],
    [['flag=true', 'none=null'], { flag: true, none: null }],
    [['q="5"'], { q: '5' }],
    [['eq=a=b'], { eq: 'a=b' }],
    [['x=1', 'x=2'], { x: 2n }],
  ])('%j', (words, expected) => {
    expect(parseParams(words)).toEqual(expected);
  });

  it('tells an INTEGER from a FLOAT of the same value', () => {
    const { i, f } = parseParams(['i=1', 'f=1.0']);
    expect(typeof i).toBe('bigint');
    expect(typeof f).toBe('number');
  });

  it.each([['noequals'], ['1bad=1'], ['=1'], ['p=9223372036854775808']])('%s is refused', (word) => {
    expect(() => parseParams([word])).toThrow(UsageError);
  });
});

describe('the command registry', () => {
  it('has the pipeline commands, each loading a command of its own name with option data and help', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['build', 'extract', 'eval', 'stats', 'query']));
    for (const name of ['stats', 'query']) {
      const command = await COMMANDS.find((c) => c.name === name)!.load();
      expect(command.name).toBe(name);
      expect(command.usage.startsWith(name)).toBe(true);
      for (const option of command.options) expect(option.description).not.toBe('');
    }
  });
});

// Measures the parser (and validator, once present) against every query in the TCK features.
// Run: npx tsx test/cypher/tools/tck-parse-figures.ts [TCK_DIR] [--verbose]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { print } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';
import { validate } from '../../../src/cypher/validate/index.js';
import { CypherError } from '../../../src/errors.js';

interface Case {
  file: string;
  scenario: string;
  query: string;
  /** `SyntaxError:Detail` when the scenario expects a compile-time error, else null. */
  expected: string | null;
  setup: boolean;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.TCK_DIR ?? '../shared/tck';

function files(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.feature') ? [path] : [];
  });
}

/** Splits a feature into scenarios, expanding outlines with their Examples rows. */
function cases(file: string): Case[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = /^\s*Scenario(?: Outline)?:\s*(.*)$/.exec(lines[i]!);
    if (!m) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*(Scenario|@)/.test(lines[end]!)) end++;
    const body = lines.slice(start, end);
    i = end;
    const queries: { text: string; setup: boolean }[] = [];
    let expected: string | null = null;
    const examples: Record<string, string>[] = [];
    for (let j = 0; j < body.length; j++) {
      const line = body[j]!;
      if (/^\s*(When executing query|And having executed|Given having executed|When executing control query):?/.test(line)) {
        const setup = !/When executing query/.test(line);
        let k = j + 1;
        while (!/^\s*"""/.test(body[k]!)) k++;
        const open = body[k]!;
        const indent = open.indexOf('"""');
        let q = k + 1;
        const text: string[] = [];
        while (!/^\s*"""/.test(body[q]!)) text.push(body[q]!.slice(indent)), q++;
        queries.push({ text: text.join('\n'), setup });
        j = q;
        continue;
      }
      const e = /should be raised at compile time: (\w+)/.exec(line);
      if (e) expected = `${/a (\w+) should/.exec(line)![1]}:${e[1]}`;
      if (/^\s*Examples:/.test(line)) {
        const header = body[j + 1]!.split('|').slice(1, -1).map((s) => s.trim());
        let r = j + 2;
        while (r < body.length && /^\s*\|/.test(body[r]!)) {
          const cells = body[r]!.split('|').slice(1, -1).map((s) => s.trim());
          examples.push(Object.fromEntries(header.map((h, x) => [h, cells[x]!])));
          r++;
        }
        j = r - 1;
      }
    }
    const rows = examples.length ? examples : [{}];
    for (const row of rows) {
      for (const q of queries) {
        const query = q.text.replace(/<(\w+)>/g, (all, name: string) => row[name] ?? all);
        out.push({ file, scenario: m[1]!, query, expected: q.setup ? null : expected, setup: q.setup });
      }
    }
  }
  return out;
}

const PARSE_DETAILS = new Set(['UnexpectedSyntax', 'InvalidNumberLiteral', 'IntegerOverflow', 'FloatingPointOverflow', 'InvalidUnicodeLiteral', 'InvalidUnicodeCharacter', 'InvalidRelationshipPattern']);
let roundTripTotal = 0;
let checkValidTotal = 0;
let checkValidOk = 0;
let checkBadTotal = 0;
let checkBadOk = 0;
let roundTripOk = 0;
function strip(ast: unknown): string {
  return JSON.stringify(ast, (k, v) => (k === 'loc' || k === 'text' ? undefined : typeof v === 'bigint' ? `${v}n` : v));
}
const all = files(dir).flatMap(cases);
let validTotal = 0;
let validOk = 0;
let badTotal = 0;
let badRight = 0;
let badSyntaxTotal = 0;
let badSyntaxRight = 0;
const failures: string[] = [];
for (const c of all) {
  let error: unknown = null;
  try {
    const ast = parse(c.query);
    roundTripTotal++;
    let printed = '';
    try {
      printed = print(ast);
      if (strip(parse(printed)) === strip(ast)) roundTripOk++;
      else failures.push(`ROUND TRIP DIFFERS ${c.file} ${c.scenario}\n  ${c.query}\n  printed: ${printed}`);
    } catch (e) {
      failures.push(`ROUND TRIP FAILED ${c.file} ${c.scenario}\n  ${c.query}\n  printed: ${printed}\n  -> ${(e as Error).message}`);
    }
  } catch (e) {
    error = e;
  }
  let validateError: unknown = null;
  if (error === null) {
    try {
      validate(parse(c.query), c.query);
    } catch (e) {
      validateError = e;
    }
  }
  const got = error instanceof CypherError ? `${error.type}:${error.detail}` : error ? `crash:${String(error)}` : null;
  const vgot = validateError instanceof CypherError ? `${validateError.type}:${validateError.detail}` : validateError ? `crash:${String(validateError)}` : null;
  {
    const final = got ?? vgot;
    if (c.expected === null) {
      checkValidTotal++;
      if (final === null) checkValidOk++;
      else failures.push(`VALIDATE REJECTED ${relative(dir, c.file)} ${c.scenario}\n  ${c.query.replace(/\n/g, '\n  ')}\n  -> ${final}: ${((validateError ?? error) as Error).message.split('\n')[0]}`);
    } else {
      checkBadTotal++;
      if (final === c.expected) checkBadOk++;
      else failures.push(`VALIDATE MISSED ${relative(dir, c.file)} ${c.scenario}\n  ${c.query.replace(/\n/g, '\n  ')}\n  -> ${final}, expected ${c.expected}`);
    }
  }
  const where = `${relative(dir, c.file)} ${c.scenario}`;
  if (c.expected === null) {
    validTotal++;
    if (got === null) validOk++;
    else failures.push(`VALID FAILED ${where}\n  ${c.query.replace(/\n/g, '\n  ')}\n  -> ${got}: ${(error as Error).message.split('\n')[0]}`);
  } else {
    badTotal++;
    // A parse-level expected error must be raised by parse; semantic ones may parse fine.
    if (got === c.expected) badRight++;
    if (got === null && process.env.ALL_EXPECTED) failures.push(`EXPECTED ${c.expected} ${where}\n  ${c.query.replace(/\n/g, "\n  ")}`);
    if (got === null && PARSE_DETAILS.has(c.expected.split(":")[1]!)) failures.push(`NOT RAISED ${where}\n  ${c.query.replace(/\n/g, "\n  ")}\n  -> expected ${c.expected}`);
    if (got !== null) {
      badSyntaxTotal++;
      if (got === c.expected) badSyntaxRight++;
      else failures.push(`WRONG ERROR ${where}\n  ${c.query.replace(/\n/g, '\n  ')}\n  -> ${got}, expected ${c.expected}`);
    }
  }
}
console.log(`valid queries parsed: ${validOk}/${validTotal} (${((100 * validOk) / validTotal).toFixed(2)}%)`);
console.log(`compile-error scenarios: ${badTotal}; raised by parse: ${badSyntaxTotal}, of which right detail: ${badSyntaxRight}`);
console.log(`parse+validate: valid queries accepted ${checkValidOk}/${checkValidTotal}; compile-error queries given the right type:detail ${checkBadOk}/${checkBadTotal}`);
console.log(`print/parse round trips: ${roundTripOk}/${roundTripTotal}`);
if (verbose) console.log(failures.join('\n'));
else console.log(`${failures.length} problems (--verbose to list)`);

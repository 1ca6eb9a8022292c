// Measures the Cypher front end (parse, validate, print) against every query in the TCK features.
// Run: npx tsx test/cypher/tools/tck-parse-figures.ts [TCK_DIR] [--verbose]   (TCK_DIR defaults to ../shared/tck)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { print } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';
import { validate } from '../../../src/cypher/validate/index.js';
import { CypherError } from '../../../src/errors.js';

interface Case {
  /** Feature path and scenario name, with the Examples row for outlines. */
  scenario: string;
  query: string;
  /** `Type:Detail` when the scenario expects a compile-time error from this query, else null. */
  expected: string | null;
}

/** Details the parser itself must raise; the rest are semantic (validate). */
const PARSE_DETAILS = new Set([
  'UnexpectedSyntax',
  'InvalidNumberLiteral',
  'IntegerOverflow',
  'FloatingPointOverflow',
  'InvalidUnicodeLiteral',
  'InvalidUnicodeCharacter',
  'InvalidRelationshipPattern',
]);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.TCK_DIR ?? '../shared/tck';

function featureFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? featureFiles(path) : path.endsWith('.feature') ? [path] : [];
  });
}

/** Splits a feature into scenario queries, expanding outlines with their Examples rows. */
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
    let end = i + 1;
    while (end < lines.length && !/^\s*(Scenario|@)/.test(lines[end]!)) end++;
    const body = lines.slice(i + 1, end);
    i = end;
    const queries: { text: string; setup: boolean }[] = [];
    let expected: string | null = null;
    const examples: Record<string, string>[] = [];
    for (let j = 0; j < body.length; j++) {
      const line = body[j]!;
      if (/^\s*(When executing query|And having executed|Given having executed|When executing control query):?/.test(line)) {
        let k = j + 1;
        while (!/^\s*"""/.test(body[k]!)) k++;
        const indent = body[k]!.indexOf('"""');
        const text: string[] = [];
        let q = k + 1;
        for (; !/^\s*"""/.test(body[q]!); q++) text.push(body[q]!.slice(indent));
        queries.push({ text: text.join('\n'), setup: !/When executing query/.test(line) });
        j = q;
        continue;
      }
      const error = /a (\w+) should be raised at compile time: (\w+)/.exec(line);
      if (error) expected = `${error[1]}:${error[2]}`;
      if (/^\s*Examples:/.test(line)) {
        const cells = (row: string) =>
          row
            .split('|')
            .slice(1, -1)
            .map((s) => s.trim());
        const header = cells(body[j + 1]!);
        let r = j + 2;
        for (; r < body.length && /^\s*[|#]/.test(body[r]!); r++) {
          if (/^\s*#/.test(body[r]!)) continue; // a commented-out example row
          const row = cells(body[r]!);
          examples.push(Object.fromEntries(header.map((h, x) => [h, row[x]!])));
        }
        j = r - 1;
      }
    }
    const rows = examples.length ? examples : [{}];
    rows.forEach((row, n) => {
      for (const q of queries) {
        out.push({
          scenario: `${relative(dir, file)} ${m[1]}${examples.length ? ` #${n + 1}` : ''}`,
          query: q.text.replace(/<(\w+)>/g, (all, name: string) => row[name] ?? all),
          expected: q.setup ? null : expected,
        });
      }
    });
  }
  return out;
}

const strip = (ast: unknown): string => JSON.stringify(ast, (k, v: unknown) => (k === 'loc' || k === 'text' ? undefined : typeof v === 'bigint' ? `${v}n` : v));

const describeError = (e: unknown): string | null => (e === null ? null : e instanceof CypherError ? `${e.type}:${e.detail}` : `crash:${String(e)}`);

interface Outcome {
  parse: string | null;
  check: string | null;
  roundTrip: boolean | null;
}

function run(c: Case): Outcome {
  let ast;
  try {
    ast = parse(c.query);
  } catch (e) {
    return { parse: describeError(e), check: describeError(e), roundTrip: null };
  }
  let roundTrip = false;
  try {
    roundTrip = strip(parse(print(ast))) === strip(ast);
  } catch {
    roundTrip = false;
  }
  try {
    validate(ast, c.query);
    return { parse: null, check: null, roundTrip };
  } catch (e) {
    return { parse: null, check: describeError(e), roundTrip };
  }
}

const all = featureFiles(dir).flatMap(cases);
const problems: string[] = [];
const show = (label: string, c: Case, got: string | null) =>
  problems.push(`${label} ${c.scenario}\n  ${c.query.replace(/\n/g, '\n  ')}\n  -> got ${got ?? 'no error'}${c.expected ? `, expected ${c.expected}` : ''}`);

const q = { valid: 0, validParsed: 0, validChecked: 0, bad: 0, badParseLevel: 0, badParsedRight: 0, badRight: 0, trips: 0, tripsOk: 0 };
const scenarios = new Map<string, { expected: boolean; parsed: boolean; right: boolean; checked: boolean }>();
for (const c of all) {
  const outcome = run(c);
  const s = scenarios.get(c.scenario) ?? { expected: false, parsed: true, right: true, checked: true };
  if (outcome.roundTrip !== null) {
    q.trips++;
    if (outcome.roundTrip) q.tripsOk++;
    else show('ROUND TRIP DIFFERS', c, null);
  }
  if (c.expected === null) {
    q.valid++;
    if (outcome.parse === null) q.validParsed++;
    else show('VALID QUERY NOT PARSED', c, outcome.parse);
    if (outcome.check === null) q.validChecked++;
    else if (outcome.parse === null) show('VALID QUERY REJECTED BY VALIDATE', c, outcome.check);
    s.parsed &&= outcome.parse === null;
    s.checked &&= outcome.check === null;
  } else {
    s.expected = true;
    q.bad++;
    const detail = c.expected.split(':')[1]!;
    if (PARSE_DETAILS.has(detail)) {
      q.badParseLevel++;
      if (outcome.parse === c.expected) q.badParsedRight++;
    }
    if (outcome.check === c.expected) q.badRight++;
    else show('WRONG OR MISSING ERROR', c, outcome.check);
    s.right &&= outcome.check === c.expected;
  }
  scenarios.set(c.scenario, s);
}

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(2) : '-'}%)`;
const valid = [...scenarios.values()].filter((s) => !s.expected);
const bad = [...scenarios.values()].filter((s) => s.expected);
console.log(`TCK front end, ${dir}: ${scenarios.size} scenarios (outlines expanded), ${all.length} queries`);
console.log(
  `scenarios not expecting a compile-time error: all queries parse ${pct(valid.filter((s) => s.parsed).length, valid.length)}, parse and validate ${pct(valid.filter((s) => s.checked).length, valid.length)}`,
);
console.log(`scenarios expecting a compile-time error: right type and detail from parse+validate ${pct(bad.filter((s) => s.right).length, bad.length)}`);
console.log(
  `queries: valid parsed ${pct(q.validParsed, q.valid)}, valid passing validate ${pct(q.validChecked, q.valid)}; parse-level errors raised right by parse ${pct(q.badParsedRight, q.badParseLevel)}; all compile-time errors right ${pct(q.badRight, q.bad)}`,
);
console.log(`print/parse round trips: ${pct(q.tripsOk, q.trips)}`);
if (verbose) console.log(problems.join('\n'));
else if (problems.length) console.log(`${problems.length} problems (--verbose lists them)`);

// Runs one TCK scenario against a target: the step semantics of the openCypher TCK (graphs,
// setup queries, parameters, procedures, the query, expected results, errors and side effects).

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherValue } from '../../../src/cypher/values.js';
import type { Scenario, Step } from './gherkin.js';
import { parseExpected, expectedToCypher, ExpectedValueSyntaxError } from './expected-value.js';
import { canonicalActual, canonicalExpected, type CanonicalOptions } from './canonical.js';
import { diffStates, noSideEffects, SIDE_EFFECT_KEYS, type GraphState, type SideEffects } from './graph-state.js';
import type { ProcedureDefinition, TargetResult, TckTarget } from './target.js';

/**
 * Why a scenario did not pass. `skipped` is not a failure; every other class is.
 * The classes let engine engineers group failures by cause.
 */
export type OutcomeReason =
  | 'passed'
  | 'skipped'
  | 'result-mismatch'
  | 'columns-mismatch'
  | 'unexpected-error'
  | 'error-mismatch'
  | 'missing-error'
  | 'side-effects-mismatch'
  | 'setup-failed'
  | 'timeout'
  | 'row-limit'
  | 'crash'
  | 'unsupported-step'
  | 'tck-syntax';

export interface ScenarioOutcome {
  reason: OutcomeReason;
  message: string;
  /** The query under test, where the failure concerns it. */
  query?: string;
  expected?: string;
  actual?: string;
  /** For errors raised by the engine: `<type>/<detail>` or the error's class and message. */
  error?: string;
  ms: number;
}

export interface RunOptions {
  /** Folders to look for `graphs/<name>/` in (the TCK root first). */
  graphDirs: string[];
}

/** The TCK's step texts (keyword stripped), by what the runner does with them. */
const STEP_PATTERNS = {
  graph: /^(an empty|any) graph$/,
  namedGraph: /^the (\S+) graph$/,
  setup: /^(after )?having executed:?$/,
  parameters: /^parameters? (values )?are:?$/,
  procedure: /^there exists a procedure (.+?)\s*:$/,
  query: /^executing query:?$/,
  controlQuery: /^executing control query:?$/,
  rows: /^the result should be, (in any order|in order)( \(ignoring element order for lists\))?:$/,
  rowsUnorderedLists: /^the result should be \(ignoring element order for lists\):$/,
  empty: /^the result should be empty$/,
  error: /^an? (\w+) should be raised at (compile time|runtime|any time): (.+)$/,
  noSideEffects: /^no side effects$/,
  sideEffects: /^the side effects should be:$/,
} as const;
type StepKind = keyof typeof STEP_PATTERNS;

/** Which step a text is, with its captures; undefined for a step the runner does not know. */
export function matchStep(text: string): [StepKind, RegExpExecArray] | undefined {
  for (const kind of Object.keys(STEP_PATTERNS) as StepKind[]) {
    const m = STEP_PATTERNS[kind].exec(text);
    if (m) return [kind, m];
  }
  return undefined;
}

/** Tags that make a scenario skipped (the TCK's own `@ignore`, and the usual skip tags). */
const SKIP_TAGS = new Set(['@ignore', '@skip', '@wip', '@fails']);

export function isSkipped(scenario: Scenario): boolean {
  return scenario.tags.some((t) => SKIP_TAGS.has(t.toLowerCase()));
}

/** What the query under test gave: rows, or an error. */
type QueryOutcome = { ok: true; result: TargetResult } | { ok: false; error: unknown };

/** A failed expectation: ends the scenario with this outcome. */
class StepFailure extends Error {
  constructor(readonly outcome: Omit<ScenarioOutcome, 'ms'>) {
    super(outcome.message);
  }
}

/**
 * Run `scenario` on `target` (which must already be reset). Never throws: every problem is an
 * outcome, and an outcome is `passed` only when every step was understood and held.
 */
export async function runScenario(scenario: Scenario, target: TckTarget, options: RunOptions): Promise<ScenarioOutcome> {
  const started = Date.now();
  const done = (o: Omit<ScenarioOutcome, 'ms'>): ScenarioOutcome => ({ ...o, ms: Date.now() - started });
  if (isSkipped(scenario)) return done({ reason: 'skipped', message: `tagged ${scenario.tags.join(' ')}` });

  const state = new ScenarioState(scenario, target, options);
  try {
    for (const step of scenario.steps) await state.apply(step);
    if (!state.checkedSomething) {
      return done({ reason: 'unsupported-step', message: 'scenario has no Then step the runner understands' });
    }
    return done({ reason: 'passed', message: '' });
  } catch (e) {
    if (e instanceof StepFailure) return done(e.outcome);
    return done({ reason: 'crash', message: `runner: ${describeError(e)}`, query: state.query });
  }
}

class ScenarioState {
  params: Record<string, CypherValue> = {};
  query: string | undefined;
  outcome: QueryOutcome | undefined;
  before: GraphState | undefined;
  sideEffects: SideEffects | undefined;
  checkedSomething = false;
  private readonly needsSideEffects: boolean;

  constructor(
    private readonly scenario: Scenario,
    private readonly target: TckTarget,
    private readonly options: RunOptions,
  ) {
    this.needsSideEffects = scenario.steps.some((s) => /side effects/.test(s.text));
  }

  async apply(step: Step): Promise<void> {
    const matched = matchStep(step.text);
    if (!matched) fail('unsupported-step', `unknown step "${step.keyword} ${step.text}" (line ${step.line})`);
    const [kind, m] = matched;
    switch (kind) {
      case 'graph':
        return;
      case 'namedGraph':
        return this.loadGraph(m[1]!);
      case 'setup':
        return this.setup(docString(step));
      case 'parameters':
        return this.setParameters(step);
      case 'procedure':
        return this.defineProcedure(m[1]!, step);
      case 'query':
        return this.execute(docString(step), true);
      case 'controlQuery':
        return this.execute(docString(step), false);
      case 'rows':
        return this.expectRows(step, m[1] === 'in order', { unorderedLists: m[2] !== undefined });
      case 'rowsUnorderedLists':
        return this.expectRows(step, false, { unorderedLists: true });
      case 'empty':
        return this.expectEmpty();
      case 'error':
        return this.expectError(m[1]!, m[2]!, m[3]!.trim());
      case 'noSideEffects':
        return this.expectSideEffects(noSideEffects(), step);
      case 'sideEffects':
        return this.expectSideEffects(parseSideEffects(step), step);
    }
  }

  private async loadGraph(name: string): Promise<void> {
    const dir = this.options.graphDirs.map((d) => join(d, name)).find((d) => existsSync(d));
    if (!dir) fail('unsupported-step', `named graph ${name} not found in ${this.options.graphDirs.join(', ')}`);
    const scripts = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
    for (const script of scripts) {
      for (const statement of splitStatements(readFileSync(join(dir, script), 'utf8'))) await this.setup(statement);
    }
  }

  // As in the TCK's own runner, parameters once given apply to every later query of the scenario.
  private async setup(query: string): Promise<void> {
    try {
      await this.target.run(query, this.params);
    } catch (e) {
      fail('setup-failed', `setup query failed: ${describeError(e)}`, { query, error: errorSignature(e) });
    }
  }

  private setParameters(step: Step): void {
    for (const row of dataTable(step)) {
      if (row.length !== 2) fail('tck-syntax', `parameter row needs name and value: | ${row.join(' | ')} |`);
      this.params[row[0]!] = expectedToCypher(parseCell(row[1]!));
    }
  }

  private async defineProcedure(signature: string, step: Step): Promise<void> {
    const definition = parseProcedure(signature, dataTable(step));
    if (!this.target.defineProcedure) {
      fail('unsupported-step', `target ${this.target.name} cannot define test procedures (${definition.name})`);
    }
    try {
      await this.target.defineProcedure(definition);
    } catch (e) {
      fail('unsupported-step', `defining procedure ${definition.name} failed: ${describeError(e)}`);
    }
  }

  private async execute(query: string, underTest: boolean): Promise<void> {
    this.query = query;
    if (underTest && this.needsSideEffects) this.before = await this.target.state();
    try {
      this.outcome = { ok: true, result: await this.target.run(query, this.params) };
    } catch (error) {
      if (isTimeout(error)) fail('timeout', `query timed out: ${describeError(error)}`, { query });
      this.outcome = { ok: false, error };
    }
    if (underTest && this.before) this.sideEffects = diffStates(this.before, await this.target.state());
  }

  private result(): TargetResult {
    const outcome = this.outcome;
    if (!outcome) fail('tck-syntax', 'a Then step before any query');
    if (!outcome.ok) {
      const e = outcome.error;
      const cypher = asCypherError(e);
      fail(cypher ? 'unexpected-error' : classifyThrown(e), `query raised ${describeError(e)}`, {
        query: this.query,
        error: errorSignature(e),
      });
    }
    return outcome.result;
  }

  private expectRows(step: Step, ordered: boolean, options: CanonicalOptions): void {
    const table = dataTable(step);
    const [header, ...rows] = table;
    if (!header) fail('tck-syntax', 'result table without a header');
    const result = this.result();
    this.checkedSomething = true;
    const expectedRows = rows.map((row) => row.map((cell) => canonicalExpected(parseCell(cell), options)).join(' | '));
    const columnsOk = sameList(result.columns, header);
    if (!columnsOk) {
      // Names and their order both count, as in the TCK; the rows are shown under the engine's own columns.
      fail('columns-mismatch', `columns ${JSON.stringify(result.columns)}, expected ${JSON.stringify(header)}`, {
        query: this.query,
        expected: formatRows(header, expectedRows),
        actual: formatRows(result.columns, actualRows(result, result.columns, options)),
      });
    }
    const got = actualRows(result, header, options);
    const ok = ordered ? sameList(got, expectedRows) : sameMultiset(got, expectedRows);
    if (!ok) {
      fail('result-mismatch', `${ordered ? 'ordered ' : ''}rows differ (${got.length} rows, expected ${expectedRows.length})`, {
        query: this.query,
        expected: formatRows(header, expectedRows),
        actual: formatRows(header, got),
      });
    }
  }

  private expectEmpty(): void {
    const result = this.result();
    this.checkedSomething = true;
    if (result.rows.length > 0) {
      fail('result-mismatch', `expected no rows, got ${result.rows.length}`, {
        query: this.query,
        expected: '(no rows)',
        actual: formatRows(result.columns, actualRows(result, result.columns, {})),
      });
    }
  }

  private expectError(type: string, phase: string, detail: string): void {
    const outcome = this.outcome;
    if (!outcome) fail('tck-syntax', 'an error expectation before any query');
    this.checkedSomething = true;
    const expected = `${type} at ${phase}: ${detail}`;
    if (outcome.ok) {
      fail('missing-error', `expected ${expected}, query succeeded with ${outcome.result.rows.length} rows`, {
        query: this.query,
        expected,
        actual: formatRows(outcome.result.columns, actualRows(outcome.result, outcome.result.columns, {})),
      });
    }
    const cypher = asCypherError(outcome.error);
    if (!cypher) {
      fail(classifyThrown(outcome.error), `expected ${expected}, got ${describeError(outcome.error)}`, {
        query: this.query,
        expected,
        error: errorSignature(outcome.error),
      });
    }
    const actual = `${cypher.type} at ${cypher.phase}: ${cypher.detail}`;
    const typeOk = cypher.type === type;
    const phaseOk = phase === 'any time' || cypher.phase === phase;
    const detailOk = detail === '*' || cypher.detail === detail;
    if (!(typeOk && phaseOk && detailOk)) {
      fail('error-mismatch', `expected ${expected}, got ${actual} (${cypher.message})`, {
        query: this.query,
        expected,
        actual,
        error: errorSignature(outcome.error),
      });
    }
  }

  private expectSideEffects(expected: SideEffects, step: Step): void {
    if (!this.outcome) fail('tck-syntax', `side effects before any query (line ${step.line})`);
    const actual = this.sideEffects ?? noSideEffects();
    const wrong = SIDE_EFFECT_KEYS.filter((k) => actual[k] !== expected[k]);
    if (wrong.length > 0) {
      fail('side-effects-mismatch', `side effects differ: ${wrong.map((k) => `${k} ${actual[k]} (expected ${expected[k]})`).join(', ')}`, {
        query: this.query,
        expected: formatSideEffects(expected),
        actual: formatSideEffects(actual),
      });
    }
  }
}

function fail(reason: OutcomeReason, message: string, extra: Partial<ScenarioOutcome> = {}): never {
  throw new StepFailure({ ...extra, reason, message });
}

function docString(step: Step): string {
  if (step.argument?.kind !== 'docString') fail('tck-syntax', `step "${step.text}" needs a doc string (line ${step.line})`);
  return step.argument.content;
}

function dataTable(step: Step): string[][] {
  if (!step.argument) return [];
  if (step.argument.kind !== 'dataTable') fail('tck-syntax', `step "${step.text}" needs a table (line ${step.line})`);
  return step.argument.rows;
}

function parseCell(cell: string) {
  try {
    return parseExpected(cell);
  } catch (e) {
    if (e instanceof ExpectedValueSyntaxError) fail('tck-syntax', `cannot read TCK value: ${e.message}`);
    throw e;
  }
}

function parseSideEffects(step: Step): SideEffects {
  const effects = noSideEffects();
  for (const row of dataTable(step)) {
    const key = row[0] as keyof SideEffects;
    if (!(SIDE_EFFECT_KEYS as readonly string[]).includes(key) || !/^\d+$/.test(row[1] ?? '')) {
      fail('tck-syntax', `unknown side effect row | ${row.join(' | ')} |`);
    }
    effects[key] = Number(row[1]);
  }
  return effects;
}

/** `test.my.proc(in :: INTEGER?) :: (out :: STRING?)` and its table. */
export function parseProcedure(signature: string, table: string[][]): ProcedureDefinition {
  const m = /^([\w.]+)\((.*?)\)\s*::\s*\((.*?)\)$/.exec(signature.trim());
  if (!m) fail('tck-syntax', `cannot read procedure signature "${signature}"`);
  const fields = (list: string) =>
    list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [name, type] = s.split('::').map((x) => x.trim());
        return { name: name!, type: type ?? 'ANY?' };
      });
  const [header = [], ...rows] = table;
  const inputs = fields(m[2]!);
  const outputs = fields(m[3]!);
  // Rows go to the target as input values then output values, whatever the table's column order.
  const order = [...inputs, ...outputs].map((f) => header.indexOf(f.name));
  const reorder = order.every((i) => i >= 0) && order.length === header.length;
  return {
    name: m[1]!,
    inputs,
    outputs,
    header: reorder ? [...inputs, ...outputs].map((f) => f.name) : header,
    rows: rows.map((row) => {
      const values = row.map((cell) => expectedToCypher(parseCell(cell)));
      return reorder ? order.map((i) => values[i]!) : values;
    }),
  };
}

/** Split a script into statements at `;` ending a line (the named graphs' scripts). */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function actualRows(result: TargetResult, columns: string[], options: CanonicalOptions): string[] {
  const index = columns.map((c) => result.columns.indexOf(c));
  return result.rows.map((row) => index.map((i) => (i < 0 ? '<missing column>' : canonicalActual(row[i], options))).join(' | '));
}

function formatRows(header: string[], rows: string[]): string {
  const shown = rows.slice(0, 25).map((r) => `  | ${r} |`);
  if (rows.length > 25) shown.push(`  ... ${rows.length - 25} more rows`);
  return [`  | ${header.join(' | ')} |`, ...shown].join('\n');
}

function formatSideEffects(effects: SideEffects): string {
  const rows = SIDE_EFFECT_KEYS.filter((k) => effects[k] !== 0).map((k) => `${k} ${effects[k]}`);
  return `  ${rows.length ? rows.join(', ') : 'none'}`;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((x, i) => x === sb[i]);
}

/** A CypherError as the runner reads it (duck-typed, so Neo4j and the embedded engine both fit). */
interface CypherErrorLike {
  phase: string;
  type: string;
  detail: string;
  message: string;
}

function asCypherError(e: unknown): CypherErrorLike | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const o = e as Record<string, unknown>;
  if (typeof o.phase === 'string' && typeof o.type === 'string' && typeof o.detail === 'string') {
    return { phase: o.phase, type: o.type, detail: o.detail, message: String(o.message ?? '') };
  }
  return undefined;
}

function isTimeout(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'E_QUERY_TIMEOUT';
}

/** An error that is not a Cypher error: an engine part that is missing, or an engine crash. */
function classifyThrown(e: unknown): OutcomeReason {
  if (isTimeout(e)) return 'timeout';
  if ((e as { code?: unknown } | null)?.code === 'E_QUERY_ROW_LIMIT') return 'row-limit';
  return 'crash';
}

function describeError(e: unknown): string {
  const cypher = asCypherError(e);
  if (cypher) return `${cypher.type} at ${cypher.phase}: ${cypher.detail} (${cypher.message.split('\n')[0]})`;
  if (e instanceof Error) return `${e.name}: ${e.message.split('\n')[0]}${whereThrown(e)}`;
  return String(e);
}

/** ` (at src/cypher/x.ts:12)`: the first frame of the engine's source in a crash's stack. */
function whereThrown(e: Error): string {
  const frame = e.stack?.split('\n').find((l) => /\/src\//.test(l));
  const m = frame && /(src\/[^:)]+:\d+)/.exec(frame);
  return m ? ` (at ${m[1]})` : '';
}

/** A short, grouping-friendly text for an error: `Type/Detail` or `Class: message`. */
function errorSignature(e: unknown): string {
  const cypher = asCypherError(e);
  if (cypher) return `${cypher.type}/${cypher.detail}`;
  if (e instanceof Error) return `${e.name}: ${e.message.split('\n')[0]}`;
  return String(e);
}

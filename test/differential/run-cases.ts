// Runs differential cases on the embedded engine and on a real Neo4j: cases in groups over one
// random graph each (the graph written into both by the same CREATE statements), every query on
// one Neo4j session, outcomes compared; a differing case is shrunk (fewer graph statements,
// fewer RETURN items, no WHERE) while it still differs in the same way.

import graphology from 'graphology';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { CypherEngine } from '../../src/cypher/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { toQueryResult } from '../../src/neo4j/index.js';
import { type Comparison, type GeneratedQuery, LABELS, generateGraph, generateQuery, randomStream } from './generator.js';
import { compareOutcomes, type DifferenceKind, type Outcome, type Verdict } from './compare.js';

export interface DiffCase {
  /** Case number within the run: with the seed, enough to make it again. */
  index: number;
  graph: string[];
  query: GeneratedQuery;
}

export interface CaseResult {
  case: DiffCase;
  verdict: Verdict;
  embedded: Outcome;
  neo4j: Outcome;
}

/** Cases per random graph: a graph is written once into Neo4j for this many queries. */
export const CASES_PER_GRAPH = 25;

/** A stream for one (seed, purpose, number): cases can be made again one by one. */
const streamFor = (seed: number, purpose: number, n: number) =>
  randomStream((Math.imul(seed, 0x9e3779b1) ^ Math.imul(purpose * 1_000_003 + n, 0x85ebca77)) >>> 0);

/** Case `index` of the run with `seed`: its group's graph and its own query. */
export function makeCase(seed: number, index: number): DiffCase {
  const group = Math.floor(index / CASES_PER_GRAPH);
  return { index, graph: generateGraph(streamFor(seed, 1, group)).statements, query: generateQuery(streamFor(seed, 2, index)) };
}

export function makeCases(seed: number, count: number, first = 0): DiffCase[] {
  return Array.from({ length: count }, (_, i) => makeCase(seed, first + i));
}

const TIMEOUT_MS = 10_000;

/** The embedded engine over a new graph: label tokens made in `labelOrder`, then the statements. */
function embeddedEngine(labelOrder: string[], statements: string[]): CypherEngine {
  const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false, timeoutMs: TIMEOUT_MS });
  for (const label of labelOrder) engine.run(`CREATE (n:${label}) DELETE n`);
  for (const s of statements) engine.run(s);
  return engine;
}

function runEmbedded(engine: CypherEngine, query: string): Outcome {
  try {
    const result = engine.run(query);
    return { ok: true, columns: result.columns, rows: result.rows };
  } catch (error) {
    const e = error as { message?: string; code?: string };
    return { ok: false, error: String(e.message ?? error).split('\n')[0]!, code: String(e.code ?? 'Error') };
  }
}

/** Queries in flight at once on Neo4j: its query planning, not the network, is the slow part. */
const PARALLEL = 4;

/** A few Neo4j sessions for a whole run: one for loading graphs, all of them for queries. */
export class Neo4jSide implements Neo4jAnswers {
  private session: Session;
  private readonly sessions: Session[];
  /** The order Neo4j's label tokens have (made on open when missing): the embedded engine copies it. */
  labelOrder: string[] = [];

  private constructor(private readonly driver: Driver) {
    this.session = driver.session();
    this.sessions = Array.from({ length: PARALLEL - 1 }, () => driver.session());
  }

  static async open(uri: string): Promise<Neo4jSide> {
    const driver = neo4j.driver(uri, undefined, { useBigInt: true });
    await driver.verifyConnectivity();
    const side = new Neo4jSide(driver);
    // One label per statement, so each gets its token in this order unless it has one already.
    for (const label of ['N', ...LABELS]) await side.session.run(`CREATE (n:${label}) DELETE n`);
    const all = await side.session.run(`CREATE (n:${['N', ...LABELS].join(':')}) WITH n, labels(n) AS l DELETE n RETURN l`);
    side.labelOrder = all.records[0]!.get('l') as string[];
    return side;
  }

  async load(statements: string[]): Promise<void> {
    await this.session.run('MATCH (n) DETACH DELETE n');
    for (const s of statements) await this.session.run(s);
  }

  /** Run queries on all the sessions at once; outcomes in the order given. */
  async runMany(queries: string[], _indexes?: number[]): Promise<Outcome[]> {
    const out: Outcome[] = new Array(queries.length);
    let next = 0;
    const worker = async (slot: number) => {
      while (next < queries.length) {
        const i = next++;
        out[i] = await this.run(queries[i]!, slot);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, (_, slot) => worker(slot)));
    return out;
  }

  async run(query: string, slot = 0): Promise<Outcome> {
    const session = slot === 0 ? this.session : this.sessions[slot - 1]!;
    try {
      const running = session.run(query, {}, { timeout: TIMEOUT_MS });
      const columns = (await running.keys()).map(String);
      const result = toQueryResult(columns, await running);
      return { ok: true, columns: result.columns, rows: result.rows };
    } catch (error) {
      const e = error as { message?: string; code?: string };
      // A failed auto-commit leaves the session usable; a broken connection does not.
      if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') {
        await session.close().catch(() => {});
        if (slot === 0) this.session = this.driver.session();
        else this.sessions[slot - 1] = this.driver.session();
      }
      return { ok: false, error: String(e.message ?? error).split('\n')[0]!, code: String(e.code ?? 'Error') };
    }
  }

  async close(): Promise<void> {
    await this.session.run('MATCH (n) DETACH DELETE n').catch(() => {});
    for (const s of [this.session, ...this.sessions]) await s.close().catch(() => {});
    await this.driver.close();
  }
}

/** Where Neo4j's outcomes come from: a live server, or a recording of one (recorded.ts). */
export interface Neo4jAnswers {
  labelOrder: string[];
  load(statements: string[]): Promise<void>;
  runMany(queries: string[], indexes: number[]): Promise<Outcome[]>;
}

/** Neo4j's outcomes as recorded by an earlier run. */
export class RecordedNeo4j implements Neo4jAnswers {
  constructor(
    private readonly outcomes: Map<number, Outcome>,
    readonly labelOrder: string[],
  ) {}

  async load(): Promise<void> {}

  async runMany(_queries: string[], indexes: number[]): Promise<Outcome[]> {
    return indexes.map((i) => {
      const o = this.outcomes.get(i);
      if (!o) throw new Error(`the recording has no case ${i}`);
      return o;
    });
  }
}

/** Run `cases` (consecutive, grouped by graph) on both engines; `progress` is told after each group. */
export async function runCases(cases: DiffCase[], side: Neo4jAnswers, progress: (done: number) => void = () => {}): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (let start = 0; start < cases.length; ) {
    // The cases over one graph: loaded once into each engine.
    const graph = cases[start]!.graph.join('\n');
    let end = start;
    while (end < cases.length && cases[end]!.graph.join('\n') === graph) end++;
    const group = cases.slice(start, end);
    await side.load(group[0]!.graph);
    const engine = embeddedEngine(side.labelOrder, group[0]!.graph);
    const others = await side.runMany(
      group.map((c) => c.query.text),
      group.map((c) => c.index),
    );
    group.forEach((c, i) => {
      const embedded = runEmbedded(engine, c.query.text);
      results.push({ case: c, verdict: compareOutcomes(embedded, others[i]!, c.query.comparison), embedded, neo4j: others[i]! });
    });
    progress(results.length);
    start = end;
  }
  return results;
}

/** Run one case alone (its graph loaded afresh): for shrinking. */
async function runOne(graph: string[], query: string, rule: Comparison, side: Neo4jSide): Promise<{ verdict: Verdict; embedded: Outcome; neo4j: Outcome }> {
  await side.load(graph);
  const embedded = runEmbedded(embeddedEngine(side.labelOrder, graph), query);
  const other = await side.run(query);
  return { verdict: compareOutcomes(embedded, other, rule), embedded, neo4j: other };
}

/** Split `text` at top-level occurrences of `sep` (outside brackets and strings). */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Smaller forms of a query: without a RETURN item (and the comparison rule adjusted), without a WHERE, without ORDER BY. */
function smallerQueries(query: string, rule: Comparison): [string, Comparison][] {
  const out: [string, Comparison][] = [];
  if (query.includes(' UNION')) {
    const [first] = splitTopLevel(query, ' UNION');
    out.push([first!, rule]);
  }
  const at = query.lastIndexOf('RETURN ');
  if (at >= 0 && !query.slice(at).includes(' ORDER BY ') && !query.includes(' UNION')) {
    const head = query.slice(0, at + 7);
    const body = query.slice(at + 7);
    const distinct = body.startsWith('DISTINCT ') ? 'DISTINCT ' : '';
    const items = splitTopLevel(body.slice(distinct.length), ', ');
    if (items.length > 1)
      items.forEach((_, i) => {
        const kept = items.filter((__, k) => k !== i);
        const bagLists = rule.bagListColumns.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c));
        const renamed = kept.map((item, k) => item.replace(/ AS c\d+$/, ` AS c${k}`));
        out.push([
          `${head}${distinct}${renamed.join(', ')}`,
          { mode: rule.mode === 'ordered' && rule.sortColumns.length === 0 ? 'ordered' : 'bag', sortColumns: [], bagListColumns: bagLists },
        ]);
      });
  }
  const order = query.indexOf(' ORDER BY ');
  if (order >= 0 && !query.slice(order).includes(' LIMIT '))
    out.push([query.slice(0, order), { mode: 'bag', sortColumns: [], bagListColumns: rule.bagListColumns }]);
  for (const w of query.matchAll(/ WHERE /g)) {
    // Drop one WHERE up to the next clause at the same level.
    const rest = query.slice(w.index + 7);
    const parts = splitTopLevel(rest, ' ');
    let end = 0;
    let k = 0;
    for (; k < parts.length; k++) {
      if (['RETURN', 'WITH', 'MATCH', 'OPTIONAL', 'UNWIND', 'UNION'].includes(parts[k]!)) break;
      end += parts[k]!.length + 1;
    }
    if (k > 0) out.push([query.slice(0, w.index) + (k < parts.length ? ` ${rest.slice(end)}` : ''), rule]);
  }
  return out;
}

export interface Reproducer {
  kind: DifferenceKind;
  graph: string[];
  query: string;
  rule: Comparison;
  embedded: Outcome;
  neo4j: Outcome;
}

/** Shrink a differing case while it differs with the same kind: fewer graph statements, a smaller query. */
export async function minimise(result: CaseResult, side: Neo4jSide, budget = 300): Promise<Reproducer> {
  const kind = result.verdict.kind!;
  let graph = [...result.case.graph];
  let query = result.case.query.text;
  let rule = result.case.query.comparison;
  let best = { embedded: result.embedded, neo4j: result.neo4j };
  let tries = 0;
  for (let changed = true; changed && tries < budget; ) {
    changed = false;
    for (const [q, r] of smallerQueries(query, rule)) {
      if (tries++ >= budget) break;
      const run = await runOne(graph, q, r, side);
      if (!run.verdict.agree && run.verdict.kind === kind) {
        [query, rule, best, changed] = [q, r, run, true];
        break;
      }
    }
    if (changed) continue;
    for (let i = graph.length - 1; i >= 0 && tries < budget; i--) {
      const smaller = graph.filter((_, k) => k !== i);
      tries++;
      const run = await runOne(smaller, query, rule, side);
      if (!run.verdict.agree && run.verdict.kind === kind) {
        [graph, best, changed] = [smaller, run, true];
      }
    }
  }
  return { kind, graph, query, rule, ...best };
}

/** A reproducer as a file: what differs, then statements to paste into cypher-shell or the CLI. */
export function reproducerText(r: Reproducer, seed: number, index: number): string {
  const show = (o: Outcome) =>
    o.ok ? `${o.rows.length} rows ${JSON.stringify(o.rows, (_, v) => (typeof v === 'bigint' ? `${v}` : v)).slice(0, 600)}` : `error ${o.code}: ${o.error}`;
  return [
    `// cypher-diff seed ${seed} case ${index}: ${r.kind} (rows compared ${r.rule.mode === 'bag' ? 'as a bag' : `in order of columns [${r.rule.sortColumns.join(', ')}]`})`,
    `// embedded: ${show(r.embedded)}`,
    `// neo4j:    ${show(r.neo4j)}`,
    ...r.graph.map((s) => `${s};`),
    `${r.query};`,
    '',
  ].join('\n');
}

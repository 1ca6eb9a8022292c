// Specification of whole-query planning without a graph: a parsed query and, when there are any,
// statistics in; the plan EXPLAIN prints out. Every decision the executor follows is here: where
// each pattern starts, the count store, the dead end, how a path selector finds its paths, how a
// shortest path is searched, how WITH / RETURN take their rows, the LIMIT of an indexed COLLECT.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, parse } from '../../../src/cypher/index.js';
import type * as A from '../../../src/cypher/ast/ast.js';
import { collectLimit, planQuery, type GraphStatistics, type MatchPlan, type Operator } from '../../../src/cypher/planner/index.js';
import { describeQuery, planLines } from '../../../src/cypher/plan-description.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

/** Counts of a graph that does not exist: 1000 nodes, 20 :Body, 900 :Person; 5000 relationships, 3 :AMENDS. */
const stats: GraphStatistics = {
  nodeCount: 1000,
  relationshipCount: 5000,
  labelCount: (l) => ({ Body: 20, Person: 900 })[l] ?? 0,
  relTypeCount: (t) => ({ AMENDS: 3 })[t] ?? 1000,
};

const printed = (query: string, statistics: GraphStatistics | null = stats): string[] => planLines(describeQuery(planQuery(parse(query), statistics)));

function operators(query: string): Operator[] {
  const plan = planQuery(parse(query), stats);
  if (plan.kind !== 'single') throw new Error('expected a single query');
  return plan.operators;
}

/** The plan of the query's last MATCH. */
function matchPlan(query: string): MatchPlan {
  const op = operators(query).findLast((o) => o.kind === 'match');
  if (op?.kind !== 'match') throw new Error('expected a MATCH');
  return op.plan;
}

describe('a whole query planned with statistics, printed without a graph', () => {
  it.each<[string, string[]]>([
    [
      'MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) WITH b, count(p) AS n ORDER BY n DESC LIMIT 5 MATCH (b)<-[:AMENDS]-(a) RETURN b.name, n, a',
      [
        'MATCH',
        '  start (b:Body) by label index :Body',
        '  expand (b)<-[:AFFILIATED_WITH]-(p:Person)',
        'WITH',
        '  sort by n DESC after aggregating (partly, when SKIP + LIMIT is under 25% of the rows)',
        'MATCH',
        '  start (b) by bound variable',
        '  expand (b)<-[:AMENDS]-(a)',
        'RETURN',
      ],
    ],
    [
      'MATCH (p:Person) RETURN p.name AS name ORDER BY name SKIP 10 LIMIT $n',
      ['MATCH', '  start (p:Person) by label index :Person', 'RETURN', '  top 10 + $n by name: the best rows kept as they come (every row sorted past 1000)'],
    ],
    [
      'MATCH (p:Person) RETURN DISTINCT p.name AS name ORDER BY name LIMIT 3',
      [
        'MATCH',
        '  start (p:Person) by label index :Person',
        'RETURN',
        '  distinct rows',
        '  sort by name (partly, when SKIP + LIMIT is under 25% of the rows)',
      ],
    ],
    ['MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c', ['MATCH', '  count relationships by type from the type index', 'RETURN']],
    [
      'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c',
      ['MATCH', '  count nodes by label from the label index, one row per label (UNWIND labels)', 'RETURN'],
    ],
    [
      'MATCH (a:Person) WITH a.x AS k, count(*) AS c WHERE NOT true RETURN k',
      ['MATCH', '  start (a:Person) by label index :Person', 'WITH', '  passes on no row: it and what comes before it are not run', 'RETURN'],
    ],
    [
      'MATCH (a:Body) CALL (a) { MATCH (a)<-[:AMENDS]-(x) RETURN x } RETURN a, x',
      [
        'MATCH',
        '  start (a:Body) by label index :Body',
        'CALL SUBQUERY',
        '  MATCH',
        '    start (a) by bound variable',
        '    expand (a)<-[:AMENDS]-(x)',
        '  RETURN',
        'RETURN',
      ],
    ],
    [
      'MATCH (a:Body) RETURN a.name AS n UNION MATCH (p:Person {name: $n}) RETURN p.name AS n',
      ['MATCH', '  start (a:Body) by label index :Body', 'RETURN', 'UNION', 'MATCH', '  start (p:Person) by property index :Person.name', 'RETURN'],
    ],
  ])('%s', (query, expected) => {
    expect(printed(query)).toEqual(expected);
  });
});

describe('a whole query planned without statistics', () => {
  it('starts where the pattern shape says: a bound variable, a property, a label, then a relationship type', () => {
    expect(printed("MATCH (a:Person {name: 'x'})-[:R]->(b:Body) MATCH (b)-[:S]->(c) RETURN c", null)).toEqual([
      'MATCH',
      '  start (a:Person) by property index :Person.name',
      '  expand (a)-[:R]->(b:Body)',
      'MATCH',
      '  start (b) by bound variable',
      '  expand (b)-[:S]->(c)',
      'RETURN',
    ]);
    expect(printed('MATCH (a:Person)-[:R]->(b) RETURN b', null)).toEqual([
      'MATCH',
      '  start (a:Person) by label index :Person',
      '  expand (a)-[:R]->(b)',
      'RETURN',
    ]);
    expect(printed('MATCH (a)-[:R]->(b) RETURN b', null)).toEqual(['MATCH', '  start (a)-[:R]->(b) by relationship type index', 'RETURN']);
  });

  it('differs from a plan made with counts only where the counts decide', () => {
    const query = 'MATCH (p:Person)-[:R]->(b:Body) RETURN p';
    expect(printed(query, null)[1]).toBe('  start (p:Person) by label index :Person');
    expect(printed(query)[1]).toBe('  start (b:Body) by label index :Body');
  });

  it('is what the engine gives for EXPLAIN on a graph with those counts', () => {
    const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
    engine.run('UNWIND range(1, 30) AS i CREATE (:Person)-[:R]->(:Body)');
    engine.run('UNWIND range(1, 3) AS i CREATE (:Body)');
    const query = 'MATCH (p:Person)-[:R]->(b:Body) WITH p, b ORDER BY b.name LIMIT 2 RETURN p.name AS name';
    const counted: GraphStatistics = { nodeCount: 63, relationshipCount: 30, labelCount: (l) => ({ Person: 30, Body: 33 })[l] ?? 0, relTypeCount: () => 30 };
    const explained = engine.run(`EXPLAIN ${query}`).plan!;
    expect(planLines(explained)).toEqual(printed(query, counted));
    expect(planLines(explained)).toContain('  top 2 by b.name: the best rows kept as they come (every row sorted past 1000)');
  });
});

describe('how a path selector finds its paths', () => {
  it('is the breadth-first shortest path for SHORTEST 1 over one quantified relationship, a cycle allowed', () => {
    const plan = matchPlan('MATCH p = SHORTEST 1 (a:Body)-[:R]-+(b:Body) RETURN p');
    expect(plan.kind).toBe('pattern');
    const step = plan.kind === 'pattern' ? plan.steps.at(-1) : undefined;
    expect(step).toMatchObject({ kind: 'shortest', all: false, search: 'bidirectional', sameEnds: 'shortest-cycle' });
  });

  it('is the breadth-first search for every shortest path for SHORTEST 1 GROUPS, which is ALL SHORTEST', () => {
    const plan = matchPlan('MATCH p = SHORTEST 1 GROUPS (a:Body)-[:R]-+(b:Body) RETURN p');
    expect(plan.kind === 'pattern' && plan.steps.at(-1)).toMatchObject({ kind: 'shortest', all: true, sameEnds: 'shortest-cycle' });
    expect(matchPlan('MATCH p = SHORTEST 2 GROUPS (a:Body)-[:R]-+(b:Body) RETURN p').kind).toBe('selected');
  });

  it('tries one length at a time between two nodes bound before, searches breadth-first towards an end not bound, and lists every path otherwise', () => {
    const deepened = matchPlan('MATCH (a:Body), (b:Person) MATCH p = SHORTEST 2 (a)-[:R]->{1,5}(b) RETURN p');
    expect(deepened.kind === 'selected' && deepened.selected[0]?.strategy).toEqual({
      kind: 'deepen',
      from: 'a',
      to: 'b',
      dir: 'out',
      types: ['R'],
      min: 1,
      max: 5,
    });
    const searched = matchPlan('MATCH p = SHORTEST 2 (a:Body)-[:R]->+(b:Person) RETURN p');
    expect(searched.kind === 'selected' && searched.selected[0]?.strategy).toMatchObject({
      kind: 'breadth-first',
      from: 'a',
      to: 'b',
      reversed: false,
      rel: null,
      dir: 'out',
      types: ['R'],
      min: 1,
      max: Infinity,
    });
    // The end bound before, the start not: searched from the end, against the arrow.
    const back = matchPlan('MATCH (b:Person) MATCH p = SHORTEST 2 (a:Body)-[r:R]->+(b) RETURN p');
    expect(back.kind === 'selected' && back.selected[0]?.strategy).toMatchObject({
      kind: 'breadth-first',
      from: 'b',
      to: 'a',
      reversed: true,
      rel: 'r',
      dir: 'in',
      start: null,
    });
    const listed = matchPlan('MATCH p = SHORTEST 2 (a:Body)-[r:R WHERE r.w > 1]->{1,5}(b:Person) RETURN p');
    expect(listed.kind === 'selected' && listed.selected[0]?.strategy).toEqual({ kind: 'list-all' });
    expect(printed('MATCH p = ANY 2 (a:Body)-[r:R WHERE r.w > 1]->{1,5}(b:Person) WHERE length(p) > 1 RETURN p')).toEqual([
      'MATCH',
      '  start (a:Body) by label index :Body',
      '  expand (a)-[r:R*1..5]->(b:Person)',
      '  build path p',
      '  keep any 2 paths per pair of end nodes',
      '  filter WHERE after selecting paths',
      'RETURN',
    ]);
  });
});

describe('a written shortestPath()', () => {
  it('fails when its two ends are one node, unless its minimum is 0', () => {
    const plan = matchPlan('MATCH (a:Body), (b:Body) MATCH p = shortestPath((a)-[:R*]-(b)) RETURN p');
    expect(plan.kind === 'pattern' && plan.steps.at(-1)).toMatchObject({ kind: 'shortest', sameEnds: 'error', widen: 'fewer-relationships' });
    const zero = matchPlan('MATCH (a:Body), (b:Body) MATCH p = shortestPath((a)-[:R*0..]-(b)) RETURN p');
    expect(zero.kind === 'pattern' && zero.steps.at(-1)).toMatchObject({ kind: 'shortest', sameEnds: 'empty-path' });
  });
});

describe('how a WITH or RETURN takes its rows', () => {
  const rows = (query: string) => operators(query).flatMap((o) => (o.kind === 'projection' ? [o.rows] : []));

  it('streams without ORDER BY, DISTINCT or an aggregate; keeps the best k for ORDER BY with a LIMIT up to 1000', () => {
    expect(rows('UNWIND [1, 2] AS x RETURN x LIMIT 1')).toEqual([{ kind: 'stream' }]);
    expect(rows('UNWIND [1, 2] AS x RETURN x ORDER BY x SKIP 1 LIMIT 999')).toEqual([{ kind: 'top-k', atMost: 1000 }]);
    expect(rows('UNWIND [1, 2] AS x RETURN x ORDER BY x LIMIT $k')).toEqual([{ kind: 'top-k', atMost: 1000 }]);
  });

  it('reads every row first for DISTINCT, ORDER BY without LIMIT, a LIMIT past 1000, or an aggregate', () => {
    expect(rows('UNWIND [1, 2] AS x RETURN DISTINCT x')).toEqual([{ kind: 'all', partialBelow: 0 }]);
    expect(rows('UNWIND [1, 2] AS x RETURN x ORDER BY x')).toEqual([{ kind: 'all', partialBelow: 0 }]);
    expect(rows('UNWIND [1, 2] AS x WITH x, count(*) AS c RETURN x')).toEqual([{ kind: 'aggregate', partialBelow: 0 }, { kind: 'stream' }]);
  });

  it('sorts only the best rows of those read when SKIP + LIMIT is under a quarter of them', () => {
    expect(rows('UNWIND [1, 2] AS x RETURN x ORDER BY x SKIP 2 LIMIT 999')).toEqual([{ kind: 'all', partialBelow: 0.25 }]);
    expect(rows('UNWIND [1, 2] AS x RETURN DISTINCT x ORDER BY x LIMIT 1')).toEqual([{ kind: 'all', partialBelow: 0.25 }]);
    expect(rows('UNWIND [1, 2] AS x RETURN x, count(*) AS c ORDER BY c LIMIT 1')).toEqual([{ kind: 'aggregate', partialBelow: 0.25 }]);
  });
});

describe("an indexed COLLECT { }'s LIMIT", () => {
  const limitOf = (expression: string): bigint | null => {
    const ast = parse(`RETURN ${expression} AS v`);
    const ret = (ast as A.SingleQuery).clauses[0] as A.ReturnClause;
    return collectLimit(ret.items[0]!.expression as A.Subscript | A.Slice);
  };

  it('is the literal index or slice end plus one, as Neo4j rewrites it', () => {
    expect(limitOf('COLLECT { UNWIND [1, 2, 3] AS x RETURN x }[1]')).toBe(2n);
    expect(limitOf('COLLECT { UNWIND [1, 2, 3] AS x RETURN x }[0..2]')).toBe(3n);
    expect(limitOf('COLLECT { UNWIND [1, 2, 3] AS x RETURN x }[-2]')).toBe(-1n);
  });

  it('is none for a bound that is not a literal, an open slice, or a list that is no COLLECT', () => {
    expect(limitOf('COLLECT { UNWIND [1, 2, 3] AS x RETURN x }[$i]')).toBeNull();
    expect(limitOf('COLLECT { UNWIND [1, 2, 3] AS x RETURN x }[1..]')).toBeNull();
    expect(limitOf('[1, 2, 3][1]')).toBeNull();
  });
});

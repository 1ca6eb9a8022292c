// Specification of the planner's decisions that the executor only follows, each made from the
// AST and statistics alone (no graph, no engine): the label a scan reads, a pattern answered by a
// node's degree, a query answered from the count store, a query part that passes on no row, and
// when the statistics a plan was made with no longer hold.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, parse } from '../../../src/cypher/index.js';
import type * as A from '../../../src/cypher/ast/ast.js';
import { countedLabels, countedRelationships, deadEnd, planPattern, RecordedStatistics } from '../../../src/cypher/planner/index.js';
import type { GraphStatistics } from '../../../src/cypher/planner/index.js';
import { describePattern } from '../../../src/cypher/plan-description.js';
import { print } from '../../../src/cypher/ast/printer.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

/** Counts of a graph that does not exist. */
const stats = (labels: Record<string, number>): GraphStatistics => ({
  nodeCount: 1000,
  relationshipCount: 5000,
  labelCount: (l) => labels[l] ?? 0,
  relTypeCount: () => 1000,
});

function clauses(query: string): A.Clause[] {
  const ast = parse(query);
  if (ast.kind !== 'SingleQuery') throw new Error('expected a single query');
  return ast.clauses;
}

function matchOf(query: string): A.MatchClause {
  const match = clauses(query).find((c): c is A.MatchClause => c.kind === 'Match');
  if (!match) throw new Error('expected a MATCH');
  return match;
}

describe('the label a scan reads', () => {
  it('is the node label with the fewest nodes, chosen when planning', () => {
    const m = matchOf('MATCH (n:Person:Official) RETURN n');
    expect(describePattern(planPattern(m.pattern.parts, new Set(), null, stats({ Person: 900, Official: 30 })))).toEqual([
      'start (n:Person:Official) by label index :Official (the fewest of :Person:Official)',
    ]);
    expect(describePattern(planPattern(m.pattern.parts, new Set(), null, stats({ Person: 10, Official: 30 })))).toEqual([
      'start (n:Person:Official) by label index :Person (the fewest of :Person:Official)',
    ]);
  });
});

describe('where a WHERE conjunct runs', () => {
  const placements = (query: string) => {
    const m = matchOf(query);
    return planPattern(m.pattern.parts, new Set(), m.where, stats({ Body: 20, Person: 900 })).filters.map((f) => [
      print(f.conjunct),
      f.after,
      f.onRelationship,
    ]);
  };

  it('is after the step that binds the last variable it reads, a test of a relationship before its far node', () => {
    // Steps: start (b:Body), expand (b)<-[r]-(p), so b is bound by step 0 and r, p by step 1.
    expect(placements("MATCH (p:Person)-[r:R]->(b:Body) WHERE b.name = 'x' AND r.w > 1 AND p.age > b.age AND 1 = 1 RETURN p")).toEqual([
      ["b.name = 'x'", 1, false],
      ['r.w > 1', 2, true],
      ['p.age > b.age', 2, false],
      ['1 = 1', 0, false],
    ]);
  });

  it('cuts a Cartesian product at its first part', () => {
    expect(placements('MATCH (x:Body), (y:Person) WHERE x.a = 1 AND y.b = 2 RETURN x')).toEqual([
      ['x.a = 1', 1, false],
      ['y.b = 2', 2, false],
    ]);
  });
});

describe('a degree lookup', () => {
  const degreeOf = (query: string, bound: string[]) => {
    const ast = parse(query);
    if (ast.kind !== 'SingleQuery') throw new Error('expected a single query');
    const ret = ast.clauses.at(-1) as A.ReturnClause;
    const e = ret.items[0]!.expression as A.CountSubquery;
    return planPattern(e.pattern!.parts, new Set(bound), e.where ?? null, stats({})).degree;
  };

  it('answers COUNT { } from a bound node to an anonymous bare node by direction and type', () => {
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)<-[:T|U]-() }', ['b'])).toEqual({ variable: 'b', direction: 'in', types: ['T', 'U'] });
    expect(degreeOf('MATCH (b) RETURN COUNT { ()-[:T]->(b) }', ['b'])).toEqual({ variable: 'b', direction: 'in', types: ['T'] });
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)--() }', ['b'])).toEqual({ variable: 'b', direction: 'both', types: [] });
  });

  it('is not taken where the degree would count something else', () => {
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)-->(:L) }', ['b'])).toBeNull();
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)-[r]->() }', ['b'])).toBeNull();
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)-[*1..2]->() }', ['b'])).toBeNull();
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)-[:$(["T"])]->() }', ['b'])).toBeNull();
    expect(degreeOf('MATCH (b) RETURN COUNT { (b)-->() WHERE b.x = 1 }', ['b'])).toBeNull();
    expect(degreeOf('RETURN COUNT { (b)-->() }', [])).toBeNull();
  });
});

describe('the count store', () => {
  it('answers type(r), count(*) over one anonymous relationship from the type index', () => {
    const [match, next] = clauses('MATCH ()-[r:A|B]->() RETURN type(r) AS t, count(*) AS c');
    expect(countedRelationships(match as A.MatchClause, next, new Set())).toEqual({ name: 'r', types: ['A', 'B'] });
  });

  it('is not taken when the relationship is read otherwise, or is bound before', () => {
    const [m1, n1] = clauses('MATCH ()-[r]->() RETURN r.w AS w, count(*) AS c');
    expect(countedRelationships(m1 as A.MatchClause, n1, new Set())).toBeNull();
    const [m2, n2] = clauses('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c');
    expect(countedRelationships(m2 as A.MatchClause, n2, new Set(['r']))).toBeNull();
    const [m3, n3] = clauses('MATCH (a)-[r]->() RETURN type(r) AS t, count(*) AS c');
    expect(countedRelationships(m3 as A.MatchClause, n3, new Set())).toBeNull();
  });

  it('answers labels(n) unwound and counted from the label index', () => {
    const [match, unwind, next] = clauses('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c');
    expect(countedLabels(match as A.MatchClause, unwind, next, new Set())).toEqual({ node: 'n', label: 'l' });
    const [m2, u2, n2] = clauses('MATCH (n) UNWIND labels(n) AS l RETURN l, collect(n.name) AS c');
    expect(countedLabels(m2 as A.MatchClause, u2, n2, new Set())).toBeNull();
  });
});

describe('a dead end', () => {
  it('is a WITH whose WHERE is false before any row, or a LIMIT 0 that pulls no row', () => {
    expect(deadEnd(clauses('MATCH (a) WITH a.x AS k, count(*) AS c WHERE NOT true RETURN k'))).toBe(1);
    expect(deadEnd(clauses('MATCH (a) WITH a ORDER BY a.x WITH a WHERE 1 > 3.14159 RETURN a'))).toBe(2);
    expect(deadEnd(clauses('MATCH (a) RETURN a.x AS x ORDER BY x LIMIT 0'))).toBe(1);
    expect(deadEnd(clauses('MATCH (a) RETURN count(*) AS c LIMIT 0'))).toBe(1);
  });

  it('is not where Neo4j runs what comes before', () => {
    expect(deadEnd(clauses('MATCH (a) WITH false AS k, count(*) AS c WHERE false RETURN k'))).toBe(-1);
    expect(deadEnd(clauses('MATCH (a) RETURN a.x AS x SKIP 1 LIMIT 0'))).toBe(-1);
    expect(deadEnd(clauses('MATCH (a) RETURN count(*) AS c ORDER BY c LIMIT 0'))).toBe(-1);
    expect(deadEnd(clauses('MATCH (a) WITH a WHERE a.x = 1 RETURN a'))).toBe(-1);
    expect(deadEnd(clauses('MATCH (a) SET a.x = 1 WITH a WHERE false RETURN a'))).toBe(-1);
  });
});

describe('statistics a plan was made with', () => {
  it('hold until a count it read moves by more than twice', () => {
    const counts: Record<string, number> = { A: 10 };
    const live: GraphStatistics = { nodeCount: 100, relationshipCount: 0, labelCount: (l) => counts[l] ?? 0, relTypeCount: () => 0 };
    const recorded = new RecordedStatistics(live);
    recorded.labelCount('A');
    counts.A = 20;
    expect(recorded.diverged(live)).toBe(false);
    counts.A = 40;
    expect(recorded.diverged(live)).toBe(true);
  });

  it('make a cached plan again once they diverge', () => {
    const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
    engine.run('UNWIND range(1, 3) AS i CREATE (:A:B)');
    engine.run('UNWIND range(1, 30) AS i CREATE (:B)');
    const query = 'MATCH (n:A:B) RETURN count(*) AS c';
    expect(engine.run(`EXPLAIN ${query}`).plan?.children[0]?.details).toEqual(['start (n:A:B) by label index :A (the fewest of :A:B)']);
    engine.run('UNWIND range(1, 300) AS i CREATE (:A)');
    expect(engine.run(`EXPLAIN ${query}`).plan?.children[0]?.details).toEqual(['start (n:A:B) by label index :B (the fewest of :A:B)']);
    expect(engine.run(query).rows).toEqual([[3n]]);
  });
});

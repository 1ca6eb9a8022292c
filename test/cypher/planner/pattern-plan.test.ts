// Specification of the pattern planner as a phase of its own: a parsed pattern and graph
// statistics in, a plain plan out, printed without a graph (no GraphStore, no engine).

import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/cypher/index.js';
import type * as A from '../../../src/cypher/ast/ast.js';
import { planPattern } from '../../../src/cypher/planner/pattern-plan.js';
import type { GraphStatistics } from '../../../src/cypher/planner/statistics.js';
import { describePattern } from '../../../src/cypher/plan-description.js';

/** Statistics of a graph that does not exist: 1000 nodes, 20 :Body, 900 :Person; 5000 relationships, 3 :AMENDS, 4000 :MENTIONED_IN, 1000 of any other type. */
const stats: GraphStatistics = {
  nodeCount: 1000,
  relationshipCount: 5000,
  labelCount: (l) => ({ Body: 20, Person: 900 })[l] ?? 0,
  relTypeCount: (t) => ({ AMENDS: 3, MENTIONED_IN: 4000 })[t] ?? 1000,
};

function firstMatch(query: string): A.MatchClause {
  const ast = parse(query);
  if (ast.kind !== 'SingleQuery') throw new Error('expected a single query');
  const match = ast.clauses.find((c): c is A.MatchClause => c.kind === 'Match');
  if (!match) throw new Error('expected a MATCH');
  return match;
}

function planOf(query: string, bound: string[] = []): string[] {
  const m = firstMatch(query);
  return describePattern(planPattern(m.pattern.parts, new Set(bound), m.where, stats));
}

describe('planPattern', () => {
  it('starts at the smaller label and walks the other way', () => {
    expect(planOf('MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) RETURN p')).toEqual([
      'start (b:Body) by label index :Body',
      'expand (b)<-[:AFFILIATED_WITH]-(p:Person)',
    ]);
  });

  it('prefers a property index (from the pattern or from the WHERE) to a label scan', () => {
    expect(planOf("MATCH (b:Body)<-[:R]-(p:Person {name: 'x'}) RETURN p")).toEqual([
      'start (p:Person) by property index :Person.name',
      'expand (p)-[:R]->(b:Body)',
    ]);
    expect(planOf('MATCH (b:Body)<-[:R]-(p:Person) WHERE p.name = $n RETURN p')).toEqual([
      'start (p:Person) by property index :Person.name',
      'expand (p)-[:R]->(b:Body)',
    ]);
  });

  it('does not take a WHERE equality on a variable of the same pattern as an index hint', () => {
    expect(planOf('MATCH (b:Body)<-[:R]-(p:Person) WHERE p.name = b.name RETURN p')[0]).toBe('start (b:Body) by label index :Body');
  });

  it('starts at a bound variable first', () => {
    expect(planOf('MATCH (p:Person)-[:R]->(b:Body) RETURN p', ['p'])).toEqual(['start (p:Person) by bound variable', 'expand (p)-[:R]->(b:Body)']);
  });

  it('starts from a relationship-type index when its relationships are fewer than a scan would touch', () => {
    expect(planOf('MATCH (a)-[:AMENDS]->(b) RETURN a')).toEqual(['start (a)-[:AMENDS]->(b) by relationship type index']);
    expect(planOf('MATCH (a)-[:MENTIONED_IN]->(b:Body) RETURN a')).toEqual(['start (b:Body) by label index :Body', 'expand (b)<-[:MENTIONED_IN]-(a)']);
  });

  it('uses a label union from the WHERE, and a selectivity for a WHERE on the node alone', () => {
    expect(planOf('MATCH (e) WHERE e:Person OR e:Body RETURN e')).toEqual(['start (e) by label index union :Person|Body']);
    expect(planOf("MATCH (x)-[:MENTIONED_IN]->(i) WHERE x.name STARTS WITH 'a' RETURN i")[0]).toBe('start (x) by all nodes scan');
  });

  it('plans shortest-path parts last, each end started on its own, the cheaper first', () => {
    const m = firstMatch("MATCH p = shortestPath((a:Person {name: 'a'})-[*]-(b:Body)), (b:Body) RETURN p");
    const plan = planPattern(m.pattern.parts, new Set(), m.where, stats);
    expect(plan.order).toEqual([1, 0]);
    expect(plan.steps.map((s) => s.kind)).toEqual(['start-node', 'start-node', 'start-node', 'shortest']);
    expect(describePattern(plan)).toEqual([
      'start (b:Body) by label index :Body',
      'start (b:Body) by bound variable',
      'start (a:Person) by property index :Person.name',
      'shortest path (a)-[*1..]-(b), from both ends, widening the side with fewer relationships',
    ]);
  });

  it('starts a shortest path at the end with a property lookup before one a label scan finds', () => {
    expect(planOf("MATCH p = shortestPath((a:Person)-[*..2]-(b:Body {name: 'x'})) WHERE a.n > 1 RETURN p")).toEqual([
      'start (b:Body) by property index :Body.name',
      'start (a:Person) by label index :Person',
      'shortest path (a)-[*1..2]-(b), from both ends, widening the side with fewer relationships',
    ]);
  });

  it('rewrites a plain quantified path to a quantified relationship before planning', () => {
    expect(planOf('MATCH (a:Body) (()-[:R]->()){1,3} (b) RETURN b')).toEqual(['start (a:Body) by label index :Body', 'expand (a)-[:R*1..3]->(b)']);
  });
});

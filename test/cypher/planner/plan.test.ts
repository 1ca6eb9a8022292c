// Specification of pattern planning: each part starts from its most selective point (bound
// variable, property index, smallest label, relationship-type index) and expands from there.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';

const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
engine.run("UNWIND range(1, 50) AS i CREATE (p:Person {name: 'p' + i})-[:AFFILIATED_WITH]->(b:Body {name: 'b' + i}), (p)-[:MENTIONED_IN]->(:Item {n: i})");
engine.run("MATCH (p:Person {name: 'p1'}), (q:Person {name: 'p2'}) CREATE (p)-[:AMENDS]->(q)");

describe('plan', () => {
  it.each<[string, string[]]>([
    [
      "MATCH (p:Person {name: 'p1'})-[:AFFILIATED_WITH]->(b) RETURN b",
      ['MATCH', '  start (p:Person) by property index :Person.name', '  expand (p)-[:AFFILIATED_WITH]->(b)', 'RETURN'],
    ],
    [
      'MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) WHERE b.name = $x RETURN p',
      ['MATCH', '  start (b:Body) by property index :Body.name', '  expand (b)<-[:AFFILIATED_WITH]-(p:Person)', 'RETURN'],
    ],
    ['MATCH (e {name: $id})-[r]-(n) RETURN n', ['MATCH', '  start (e) by property index name', '  expand (e)-[r]-(n)', 'RETURN']],
    ['MATCH (a)-[:AMENDS]->(b) RETURN a', ['MATCH', '  start (a)-[:AMENDS]->(b) by relationship type index', 'RETURN']],
    [
      'MATCH (i:Item {n: 3})<-[:MENTIONED_IN]-(p)-[:AFFILIATED_WITH]->(b) RETURN b',
      ['MATCH', '  start (i:Item) by property index :Item.n', '  expand (i)<-[:MENTIONED_IN]-(p)', '  expand (p)-[:AFFILIATED_WITH]->(b)', 'RETURN'],
    ],
    [
      'MATCH (p:Person) WITH p LIMIT 1 MATCH (p)-->(x) RETURN x',
      ['MATCH', '  start (p:Person) by label index :Person', 'WITH', 'MATCH', '  start (p) by bound variable', '  expand (p)-[]->(x)', 'RETURN'],
    ],
    [
      "MATCH p = shortestPath((a:Person {name: 'p1'})-[*]-(b:Body {name: 'b2'})) RETURN p",
      [
        'MATCH',
        '  start (a:Person) by property index :Person.name',
        '  start (b:Body) by property index :Body.name',
        '  shortest path (a)-[*1..]-(b), from both ends, widening the side with fewer relationships',
        'RETURN',
      ],
    ],
    ['MATCH (e) WHERE (e:Person OR e:Body) AND e.n IS NULL RETURN e', ['MATCH', '  start (e) by label index union :Person|Body', 'RETURN']],
    // A WHERE test on x alone makes a scan from x cheaper than every MENTIONED_IN relationship.
    [
      "MATCH (x)-[:MENTIONED_IN]->(i) WHERE toLower(x.name) = 'p1' RETURN i",
      ['MATCH', '  start (x) by all nodes scan', '  expand (x)-[:MENTIONED_IN]->(i)', 'RETURN'],
    ],
    ['MATCH (x)-[:MENTIONED_IN]->(i) RETURN i', ['MATCH', '  start (x)-[:MENTIONED_IN]->(i) by relationship type index', 'RETURN']],
    // Quantified relationships are variable-length hops; quantified paths repeat their inner path.
    [
      'MATCH (a:Person)-[:AFFILIATED_WITH]->{1,3}(b) RETURN b',
      ['MATCH', '  start (a:Person) by label index :Person', '  expand (a)-[:AFFILIATED_WITH*1..3]->(b)', 'RETURN'],
    ],
    [
      'MATCH (a:Person) ((x)-[:AFFILIATED_WITH]->(y)){1,3} (b) RETURN b',
      ['MATCH', '  start (a:Person) by label index :Person', '  expand (a) ((x)-[:AFFILIATED_WITH]->(y)){1,3} (b)', 'RETURN'],
    ],
    [
      "MATCH (a) ((x)-[:AFFILIATED_WITH]->(y))+ (b:Body {name: 'b2'}) RETURN a",
      ['MATCH', '  start (b:Body) by property index :Body.name', '  expand (b) ((x)-[:AFFILIATED_WITH]->(y))+ (a), walked from its end', 'RETURN'],
    ],
    // SHORTEST 1 over one quantified relationship is the breadth-first shortest path; SHORTEST 2
    // lists the paths and keeps two per pair of end nodes.
    [
      "MATCH p = SHORTEST 1 (a:Person {name: 'p1'})-[]-+(b:Body {name: 'b2'}) RETURN p",
      [
        'MATCH',
        '  start (a:Person) by property index :Person.name',
        '  start (b:Body) by property index :Body.name',
        '  shortest path (a)-[*1..]-(b), from both ends, widening the side with fewer relationships; a cycle when both ends are one node',
        'RETURN',
      ],
    ],
    [
      "MATCH p = SHORTEST 2 (a:Person {name: 'p1'})-[]-{1,4}(b:Body {name: 'b2'}) RETURN p",
      [
        'MATCH',
        '  start (a:Person) by property index :Person.name',
        '  expand (a)-[*1..4]-(b:Body)',
        '  build path p',
        '  keep the 2 shortest paths per pair of end nodes, breadth-first from each start node until every end node it reaches is settled',
        'RETURN',
      ],
    ],
  ])('%s', (query, expected) => {
    expect(engine.prepare(query).describe()).toEqual(expected);
  });

  it('finds the same rows whichever start it picks', () => {
    const viaIndex = engine.run("MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) WHERE b.name = 'b7' RETURN p.name").rows;
    const viaScan = engine.run("MATCH (p)-[r]->(b) WHERE type(r) = 'AFFILIATED_WITH' AND b.name = 'b7' RETURN p.name").rows;
    expect(viaIndex).toEqual([['p7']]);
    expect(viaScan).toEqual(viaIndex);
  });

  it.each<[string, string, bigint]>([
    ['a label union', 'MATCH (e) WHERE e:Person OR e:Body OR e:Item RETURN count(*)', 150n],
    ['a label union with a label expression', 'MATCH (e) WHERE e:Person|Body RETURN count(*)', 100n],
    ['a scan cut by a filter', "MATCH (x)-[:MENTIONED_IN]->(i) WHERE toLower(x.name) = 'p1' RETURN count(*)", 1n],
  ])('counts each node once from %s', (_what, query, count) => {
    const both = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
    both.run("UNWIND range(1, 50) AS i CREATE (p:Person {name: 'p' + i})-[:MENTIONED_IN]->(:Item), (:Body)");
    both.run('MATCH (p:Person) SET p:Body');
    const general = query.replace(/WHERE e:Person\|Body/, "WHERE any(l IN labels(e) WHERE l IN ['Person', 'Body'])");
    expect(both.run(query).rows).toEqual([[count]]);
    expect(both.run(general).rows).toEqual([[count]]);
  });
});

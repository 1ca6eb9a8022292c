// The Cypher script export: every string is one literal that decodes to the original text, so a
// name holding quotes, backticks, backslashes or `})-[:X]->(` never changes the statements.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { cypherName, cypherString, writeCypherScript } from '../../src/export/index.js';
import { tokenize } from '../../src/cypher/lexer/index.js';
import { parse } from '../../src/cypher/parser/parser.js';
import { CypherEngine } from '../../src/cypher/index.js';
import { CYPHER_BREAKER, HOSTILE_IMG, sampleGraph } from './fixtures/sample-graph.js';

/** The project's own Cypher lexer reads the literal back. */
function decode(literal: string): string {
  const [token] = tokenize(literal);
  expect(token!.kind).toBe('String');
  expect(token!.end).toBe(literal.length);
  return token!.value;
}

/** The statements' shape: every token, with string values masked. */
function shape(script: string): string[] {
  return tokenize(script).map((t) => (t.kind === 'String' ? 'String' : `${t.kind}:${t.value}`));
}

/** The same graph with every string property replaced by a harmless one of no special characters. */
function tamed(graph: PropertyGraph): PropertyGraph {
  const copy = graph.copy() as PropertyGraph;
  const tame = (value: unknown): unknown => (typeof value === 'string' ? 'plain' : Array.isArray(value) ? value.map(tame) : value);
  copy.updateEachNodeAttributes((_key, attributes) => ({
    ...attributes,
    properties: Object.fromEntries(Object.entries(attributes.properties).map(([k, v]) => [k, k === 'id' ? v : tame(v)])) as typeof attributes.properties,
  }));
  copy.updateEachEdgeAttributes((_key, attributes) => ({
    ...attributes,
    properties: Object.fromEntries(Object.entries(attributes.properties).map(([k, v]) => [k, tame(v)])) as typeof attributes.properties,
  }));
  return copy;
}

describe('Cypher string literals', () => {
  it.each([
    ['a plain name', 'Home Office'],
    ['quotes of both kinds', `O'Brien "the" Quoted`],
    ['backticks and a pattern breaker', CYPHER_BREAKER],
    ['backslashes', 'C:\\path\\n not a newline \\'],
    ['line breaks and tabs', 'one\ntwo\r\nthree\tfour'],
    ['other control characters', 'bell\u0007 nul\u0000 esc\u001b'],
    ['markup', HOSTILE_IMG],
    ['emoji, combining marks, right-to-left', 'Police 👮🏽‍♀️ Jose\u0301 شرطة'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
  ])('%s survive a round trip through the Cypher lexer', (_what, text) => {
    const literal = cypherString(text);
    expect(decode(literal)).toBe(text);
    expect(literal).not.toMatch(/[\n\r\u0000]/);
  });

  it.each([
    ['Person', '`Person`'],
    ['has space', '`has space`'],
    ['back`tick', '`back``tick`'],
    ['`})-[:X]->(`', '```})-[:X]->(```'],
  ])('names %s as %s', (name, quoted) => {
    expect(cypherName(name)).toBe(quoted);
    const [token] = tokenize(quoted);
    expect(token).toMatchObject({ kind: 'QuotedName', value: name, end: quoted.length });
  });
});

describe('Cypher script', () => {
  it('has the same statements for hostile names as for plain ones', () => {
    const graph = sampleGraph();
    expect(shape(writeCypherScript(graph))).toEqual(shape(writeCypherScript(tamed(graph))));
  });

  it('holds every string of the graph as a literal that decodes to it', () => {
    const graph = sampleGraph();
    const literals = new Set(
      tokenize(writeCypherScript(graph))
        .filter((t) => t.kind === 'String')
        .map((t) => t.value),
    );
    const collect = (value: unknown): unknown[] => (Array.isArray(value) ? value.flatMap(collect) : [value]);
    graph.forEachNode((_key, attributes) => {
      for (const value of Object.values(attributes.properties).flatMap(collect)) if (typeof value === 'string') expect(literals).toContain(value);
    });
    expect(literals).toContain(CYPHER_BREAKER);
  });

  it('parses statement by statement with the project parser', () => {
    const script = writeCypherScript(sampleGraph(), { constraints: false });
    const ends = tokenize(script).filter((t) => t.kind === 'Punct' && t.value === ';');
    let start = 0;
    for (const end of ends) {
      expect(() => parse(script.slice(start, end.start))).not.toThrow();
      start = end.end;
    }
    expect(ends.length).toBeGreaterThan(5);
  });

  it('recreates the same graph when the embedded engine runs it', () => {
    const original = sampleGraph();
    const script = writeCypherScript(original, { constraints: false });
    const recreated: PropertyGraph = new MultiDirectedGraph();
    const engine = new CypherEngine(recreated, { readOnly: false });
    let start = 0;
    for (const end of tokenize(script).filter((t) => t.kind === 'Punct' && t.value === ';')) {
      engine.run(script.slice(start, end.start));
      start = end.end;
    }
    const byId = (graph: PropertyGraph) => {
      const nodes = graph
        .mapNodes((_k, a) => ({ labels: a.labels, properties: a.properties }))
        .sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)));
      const edges = graph
        .mapEdges((_k, a, _s, _t, sa, ta) => ({ type: a.type, from: sa.properties.id, to: ta.properties.id, properties: a.properties }))
        .sort((a, b) => `${a.type}${a.from}${a.to}`.localeCompare(`${b.type}${b.from}${b.to}`));
      return { nodes, edges };
    };
    expect(byId(recreated)).toEqual(byId(original));
  });

  it('reads as the small graph it recreates', () => {
    const graph: PropertyGraph = new MultiDirectedGraph();
    graph.addNode('person:theresa-may', {
      labels: ['Person'],
      properties: { id: 'person:theresa-may', name: 'Theresa May', aliases: ['Mrs May'], mentionCount: 3 },
    });
    graph.addNode('role:home-secretary', { labels: ['Role'], properties: { id: 'role:home-secretary', title: 'Home Secretary' } });
    graph.addDirectedEdgeWithKey('HOLDS_ROLE:person:theresa-may->role:home-secretary', 'person:theresa-may', 'role:home-secretary', {
      type: 'HOLDS_ROLE',
      properties: { items: ['003#1'], evidence: ["The Home Secretary, Theresa May, said: 'we will act'."] },
    });
    expect(writeCypherScript(graph)).toMatchInlineSnapshot(`
      "// crimegraph: recreates 2 nodes and 1 relationships on an empty database.
      // Run with: cypher-shell -f graph.cypher

      CREATE CONSTRAINT \`crimegraph_Person_id\` IF NOT EXISTS FOR (n:\`Person\`) REQUIRE n.id IS UNIQUE;

      CREATE CONSTRAINT \`crimegraph_Role_id\` IF NOT EXISTS FOR (n:\`Role\`) REQUIRE n.id IS UNIQUE;

      UNWIND [
        {\`id\`: 'person:theresa-may', \`name\`: 'Theresa May', \`aliases\`: ['Mrs May'], \`mentionCount\`: 3}
      ] AS row
      CREATE (n:\`Person\`)
      SET n = row;

      UNWIND [
        {\`id\`: 'role:home-secretary', \`title\`: 'Home Secretary'}
      ] AS row
      CREATE (n:\`Role\`)
      SET n = row;

      UNWIND [
        {source: 'person:theresa-may', target: 'role:home-secretary', properties: {\`items\`: ['003#1'], \`evidence\`: ['The Home Secretary, Theresa May, said: \\'we will act\\'.']}}
      ] AS row
      MATCH (a:\`Person\` {id: row.source}), (b:\`Role\` {id: row.target})
      CREATE (a)-[r:\`HOLDS_ROLE\`]->(b)
      SET r = row.properties;
      "
    `);
  });
});

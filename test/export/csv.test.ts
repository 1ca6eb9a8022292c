// The neo4j-admin CSV export: one file per label and per type, typed headers, RFC 4180 quoting
// that keeps every character, `;` arrays (another delimiter when an element holds `;`).

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { writeCsv } from '../../src/export/index.js';
import { readCsv } from './helpers/read-back.js';
import { CYPHER_BREAKER, HOSTILE_SCRIPT, UNICODE_NAMES, sampleGraph } from './fixtures/sample-graph.js';

function file(files: { name: string; content: string }[], name: string): string {
  const found = files.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no ${name} among ${files.map((f) => f.name).join(', ')}`);
  return found.content;
}

function tinyGraph(aliases: string[]): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  graph.addNode('body:hmic', { labels: ['Body'], properties: { id: 'body:hmic', name: 'HM Inspectorate of Constabulary', aliases, mentionCount: 4 } });
  graph.addNode('programme:peel', { labels: ['Programme'], properties: { id: 'programme:peel', name: 'PEEL', aliases: [], mentionCount: 2 } });
  graph.addDirectedEdgeWithKey('CO_OCCURS:body:hmic->programme:peel', 'body:hmic', 'programme:peel', { type: 'CO_OCCURS', properties: { weight: 2 } });
  return graph;
}

describe('CSV export', () => {
  it('writes a nodes file per label, a relationships file per type, the import command and a Cypher script', () => {
    const files = writeCsv(tinyGraph(['HMIC', 'HM Inspectorate']));
    expect(files.map((f) => f.name)).toEqual([
      'nodes_Body.csv',
      'nodes_Programme.csv',
      'relationships_CO_OCCURS.csv',
      'import.sh',
      'graph.cypher',
      'empty-lists.cypher',
    ]);
    // PEEL's empty aliases are an empty CSV field, which neo4j-admin imports as no property.
    expect(file(files, 'empty-lists.cypher')).toContain("MATCH (n:`Programme`) WHERE n.id IN ['programme:peel'] SET n.`aliases` = [];");
    expect(file(files, 'nodes_Body.csv')).toMatchInlineSnapshot(`
      "id:ID,:LABEL,name,aliases:string[],mentionCount:int
      "body:hmic","Body","HM Inspectorate of Constabulary","HMIC;HM Inspectorate",4
      "
    `);
    expect(file(files, 'nodes_Programme.csv')).toMatchInlineSnapshot(`
      "id:ID,:LABEL,name,aliases:string[],mentionCount:int
      "programme:peel","Programme","PEEL",,2
      "
    `);
    expect(file(files, 'relationships_CO_OCCURS.csv')).toMatchInlineSnapshot(`
      ":START_ID,:END_ID,:TYPE,weight:int
      "body:hmic","programme:peel","CO_OCCURS",2
      "
    `);
    expect(file(files, 'import.sh')).toContain("--array-delimiter=';' --multiline-fields=true");
  });

  it.each([
    ['integers', 'n:int', [1, 2, 3]],
    ['integers past 32 bits', 'n:long', [1, 2 ** 40]],
    ['integers and fractions', 'n:double', [1, 2.5]],
    ['booleans', 'n:boolean', [true, false]],
    ['strings', 'n', ['a', 'b']],
    ['numbers and strings', 'n', [1, 'b']],
  ])('types a column of %s as "%s"', (_what, header, values) => {
    const graph: PropertyGraph = new MultiDirectedGraph();
    values.forEach((n, i) => graph.addNode(`x${i}`, { labels: ['Thing'], properties: { id: `x${i}`, n } }));
    const [head] = readCsv(file(writeCsv(graph), 'nodes_Thing.csv'));
    expect(head!.map((cell) => cell.value)).toEqual(['id:ID', ':LABEL', header]);
  });

  it('quotes every string so commas, quotes, line breaks and markup come back unchanged', () => {
    const graph = sampleGraph();
    const files = writeCsv(graph);
    for (const [label, key] of [
      ['Body', 'body:o-brien-quoted-tick-x'],
      ['Person', 'person:img-src-x-onerror-window-pwned-1'],
      ['Item', '000_79e92bb3579205a4#1'],
      ['Body', 'body:police-unit'],
      ['Person', 'person:jose-angel'],
    ] as const) {
      const [head, ...rows] = readCsv(file(files, `nodes_${label}.csv`));
      const row = rows.find((r) => r[0]!.value === key)!;
      const properties = graph.getNodeAttributes(key).properties;
      for (const [index, cell] of head!.entries()) {
        const name = cell.value.split(':')[0]!;
        if (name === '' || name === 'id' || !(name in properties)) continue;
        const value = properties[name];
        if (typeof value === 'string') expect({ name, value: row[index]!.value, quoted: row[index]!.quoted }).toEqual({ name, value, quoted: true });
      }
    }
    expect(JSON.stringify(files)).toContain(JSON.stringify(CYPHER_BREAKER.replace(/"/g, '""')).slice(1, -1));
    expect(files.map((f) => f.content).join('')).toContain(HOSTILE_SCRIPT);
    for (const name of UNICODE_NAMES) expect(files.map((f) => f.content).join('')).toContain(name);
  });

  it('splits arrays on the delimiter the import command names, and avoids one an element holds', () => {
    for (const aliases of [
      ['HMIC', 'HM Inspectorate'],
      ['HMIC; the inspectorate', 'a|b'],
    ]) {
      const files = writeCsv(tinyGraph(aliases));
      const named = /--array-delimiter='([^']+)'/.exec(file(files, 'import.sh'))![1]!;
      const delimiter = named.startsWith('U+') ? String.fromCharCode(Number.parseInt(named.slice(2), 16)) : named;
      const [, row] = readCsv(file(files, 'nodes_Body.csv'));
      expect(row![3]!.value.split(delimiter)).toEqual(aliases);
    }
  });

  it('tells an empty string (quoted) from a missing property (empty field)', () => {
    const graph: PropertyGraph = new MultiDirectedGraph();
    graph.addNode('a', { labels: ['Thing'], properties: { id: 'a', note: '' } });
    graph.addNode('b', { labels: ['Thing'], properties: { id: 'b' } });
    const [, a, b] = readCsv(file(writeCsv(graph), 'nodes_Thing.csv'));
    expect(a![2]).toEqual({ value: '', quoted: true });
    expect(b![2]).toEqual({ value: '', quoted: false });
  });

  it('keeps file names plain and distinct for labels that are not', () => {
    const graph: PropertyGraph = new MultiDirectedGraph();
    for (const label of ['A/B', 'A B', '../x']) graph.addNode(label, { labels: [label], properties: { id: label } });
    expect(
      writeCsv(graph)
        .map((f) => f.name)
        .filter((n) => n.startsWith('nodes')),
    ).toEqual(['nodes_A_B.csv', 'nodes_A_B_2.csv', 'nodes_x.csv']);
  });
});

// Names with emoji, combining marks and right-to-left text come out of every export exactly as
// they went in: same code points, no normalisation, no mojibake.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { toCytoscape, writeCsv, writeCypherScript, writeGexf, writeGraphml, writeGraphologyJson, writeHtml } from '../../src/export/index.js';
import type { ViewerData } from '../../src/export/index.js';
import { tokenize } from '../../src/cypher/lexer/index.js';
import { readCsv, readGexf, readGraphml } from './helpers/read-back.js';
import { UNICODE_NAMES } from './fixtures/sample-graph.js';

const NAMES = [...UNICODE_NAMES, 'Zoë Ñúñez (NFC)', 'Zoe\u0308 N\u0303un\u0303ez (NFD)', 'מִשְׁטָרָה', 'Family 👨‍👩‍👧‍👦 and flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'mixed עברית and English'];

function unicodeGraph(): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  NAMES.forEach((name, i) => {
    graph.addNode(`body:${i}`, { labels: ['Body'], properties: { id: `body:${i}`, name, aliases: [name.split(' ')[0]!, name], mentionCount: 1 } });
  });
  for (let i = 1; i < NAMES.length; i++) {
    graph.addDirectedEdgeWithKey(`PART_OF:body:${i}->body:0`, `body:${i}`, 'body:0', {
      type: 'PART_OF',
      properties: { items: ['n#1'], evidence: [`${NAMES[i]} is part of ${NAMES[0]}.`] },
    });
  }
  return graph;
}

const expected = NAMES.map((name, i) => ({ key: `body:${i}`, name, aliases: [name.split(' ')[0]!, name] }));

function namesFrom(read: (key: string) => { name: unknown; aliases: unknown }): unknown[] {
  return expected.map(({ key }) => ({ key, ...read(key) }));
}

describe('non-Latin names survive', () => {
  it.each(NAMES)('%s is its own code points (sanity check of the table)', (name) => {
    expect([...name].length).toBeGreaterThan(0);
  });

  it('GEXF', () => {
    const { graph } = readGexf(writeGexf(unicodeGraph()));
    expect(namesFrom((k) => ({ name: graph.nodes[k]!.properties.name, aliases: graph.nodes[k]!.properties.aliases }))).toEqual(expected);
  });

  it('GraphML', () => {
    const { graph } = readGraphml(writeGraphml(unicodeGraph()));
    expect(namesFrom((k) => ({ name: graph.nodes[k]!.properties.name, aliases: graph.nodes[k]!.properties.aliases }))).toEqual(expected);
  });

  it('graphology JSON', () => {
    const back = MultiDirectedGraph.from(JSON.parse(writeGraphologyJson(unicodeGraph())));
    expect(namesFrom((k) => ({ name: back.getNodeAttributes(k).properties.name, aliases: back.getNodeAttributes(k).properties.aliases }))).toEqual(expected);
  });

  it('Cytoscape JSON', () => {
    const nodes = new Map(toCytoscape(unicodeGraph()).elements.nodes.map((n) => [n.data.id, n.data]));
    expect(namesFrom((k) => ({ name: nodes.get(k)!.name, aliases: nodes.get(k)!.aliases }))).toEqual(expected);
  });

  it('CSV', () => {
    const files = writeCsv(unicodeGraph());
    const [, ...rows] = readCsv(files.find((f) => f.name === 'nodes_Body.csv')!.content);
    const byKey = new Map(rows.map((r) => [r[0]!.value, r]));
    expect(namesFrom((k) => ({ name: byKey.get(k)![2]!.value, aliases: byKey.get(k)![3]!.value.split(';') }))).toEqual(expected);
  });

  it('Cypher script', () => {
    const strings = tokenize(writeCypherScript(unicodeGraph()))
      .filter((t) => t.kind === 'String')
      .map((t) => t.value);
    for (const { name } of expected) expect(strings).toContain(name);
  });

  it('HTML viewer data', () => {
    const html = writeHtml(unicodeGraph(), { viewerScript: '/* no viewer in this test */' });
    const json = /<script id="graph-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!;
    const data = JSON.parse(json) as ViewerData;
    const nodes = new Map(data.graph.nodes.map((n) => [n.key, n.attributes!]));
    expect(namesFrom((k) => ({ name: nodes.get(k)!.label, aliases: nodes.get(k)!.aliases }))).toEqual(expected);
  });
});

// GEXF and GraphML exports validate against the official schemas (test/export/schemas, with their
// sources and licences), checked by xmllint (Debian's libxml2-utils), and the validator does
// reject what the schemas forbid, so a pass means something.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { writeGexf, writeGraphml } from '../../src/export/index.js';
import { availability } from './helpers/external-tools.js';
import { addHostileEntities, sampleGraph } from './fixtures/sample-graph.js';
import { fixturesGraph } from './fixtures/fixtures-graph.js';

const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));
const GEXF_XSD = join(SCHEMAS, 'gexf-1.2draft', 'gexf.xsd');
const GRAPHML_XSD = join(SCHEMAS, 'graphml-1.1', 'graphml.xsd');

const xmllint = availability({ name: 'xmllint', probe: ['xmllint', '--version'], install: 'apt-get install -y libxml2-utils' });
if (xmllint.missing !== undefined) console.warn(`Skipping the schema validation tests: ${xmllint.missing}`);

/** Keys with every character class GraphML's NMTOKEN ids forbid, and the `_x` escape itself. */
function awkwardKeys(): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  const keys = ['000_abc#1', 'a b/c', 'O\'Brien "x" <y> & z', 'Police 👮🏽‍♀️ Unit', 'literal _x0023_ text', '1starts-with-digit'];
  for (const key of keys) graph.addNode(key, { labels: ['Body'], properties: { id: key, name: key, aliases: [key, 'a, b'], mentionCount: 1 } });
  keys
    .slice(1)
    .forEach((key, i) =>
      graph.addDirectedEdgeWithKey(`PART_OF:${key}->${keys[0]}#${i}`, key, keys[0]!, { type: 'PART_OF', properties: { items: ['n#1'], evidence: ['x'] } }),
    );
  return graph;
}

describe.skipIf(xmllint.missing !== undefined)('schema validation with xmllint', () => {
  let directory: string;
  let fixtures: PropertyGraph;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'crimegraph-xsd-'));
    fixtures = await fixturesGraph();
  });
  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  async function validate(schema: string, text: string): Promise<{ ok: boolean; errors: string }> {
    const file = join(directory, `document-${Math.random().toString(36).slice(2)}.xml`);
    await writeFile(file, text);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    return {
      ok: run.status === 0,
      errors: run.stderr
        .split('\n')
        .filter((line) => !line.endsWith(' validates'))
        .join('\n'),
    };
  }

  /** The document with viz: elements moved into the GEXF namespace, where the 1.2draft XSD declares them (see SOURCE.md). */
  const vizInGexfNamespace = (gexf: string): string => gexf.replace(/<viz:/g, '<');

  const graphs: [string, () => PropertyGraph][] = [
    ['the fixtures graph', () => fixtures],
    [
      'the fixtures graph with hostile and non-Latin names',
      () => {
        const graph = fixtures.copy() as PropertyGraph;
        addHostileEntities(graph);
        return graph;
      },
    ],
    ['the sample graph', sampleGraph],
    ['a graph whose keys hold characters XML ids forbid', awkwardKeys],
  ];

  describe.each(graphs)('%s', (_name, build) => {
    it('GEXF is valid GEXF 1.2draft', async () => {
      const { ok, errors } = await validate(GEXF_XSD, vizInGexfNamespace(writeGexf(build())));
      expect(errors).toBe('');
      expect(ok).toBe(true);
    });

    it('GraphML is valid GraphML', async () => {
      const { ok, errors } = await validate(GRAPHML_XSD, writeGraphml(build()));
      expect(errors).toBe('');
      expect(ok).toBe(true);
    });
  });

  it('entities-only and type-scoped exports validate too', async () => {
    for (const options of [{ entitiesOnly: true }, { types: ['Person', 'Body'], minWeight: 2 }]) {
      expect((await validate(GEXF_XSD, vizInGexfNamespace(writeGexf(fixtures, options)))).errors).toBe('');
      expect((await validate(GRAPHML_XSD, writeGraphml(fixtures, options))).errors).toBe('');
    }
  });

  it('a non-finite weight is written the way xs:float spells it', async () => {
    const graph = sampleGraph();
    graph.forEachEdge((key, attributes) => {
      if (attributes.type === 'CO_OCCURS') graph.mergeEdgeAttributes(key, { properties: { weight: Number.POSITIVE_INFINITY } });
    });
    // PageRank cannot weigh an infinite edge; degree sizing can.
    const gexf = writeGexf(graph, { size: 'degree' });
    expect(gexf).toContain('weight="INF"');
    expect((await validate(GEXF_XSD, vizInGexfNamespace(gexf))).errors).toBe('');
  });

  it('the GEXF as written keeps its drawing in the viz namespace readers look in', () => {
    const gexf = writeGexf(sampleGraph());
    expect(gexf).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf).not.toMatch(/<(color|position|size) /);
  });

  it.each([
    ['a GEXF 1.3 hex colour', GEXF_XSD, (text: string) => vizInGexfNamespace(text).replace(/<color r="\d+" g="\d+" b="\d+"\/>/, '<color hex="#ffffff"/>')],
    ['a GEXF position without z', GEXF_XSD, (text: string) => vizInGexfNamespace(text).replace(/ z="0"/, '')],
    ['a GEXF 1.3 edge kind', GEXF_XSD, (text: string) => vizInGexfNamespace(text).replace('<edge id=', '<edge kind="LEADS" id=')],
    ['a GraphML node id with #', GRAPHML_XSD, (text: string) => text.replace(/<node id="[^"]+"/, '<node id="a#b"')],
    [
      'a yEd graphics element inside GraphML data',
      GRAPHML_XSD,
      (text: string) => text.replace('</node>', '<data key="n1"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"/></data></node>'),
    ],
  ] as const)('the validator rejects %s', async (_name, schema, spoil) => {
    const text = schema === GEXF_XSD ? writeGexf(sampleGraph()) : writeGraphml(sampleGraph());
    const spoiled = spoil(text);
    expect(spoiled).not.toBe(schema === GEXF_XSD ? vizInGexfNamespace(text) : text);
    const { ok, errors } = await validate(schema, spoiled);
    expect(ok).toBe(false);
    expect(errors).toMatch(/Schemas validity error/);
  });
});

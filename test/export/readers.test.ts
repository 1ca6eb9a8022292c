// Every export opens in the tools people already use, installed the way their users install
// them: NetworkX 3.x (pip, the python3 on PATH), Debian's python3-networkx and python3-igraph
// (/usr/bin/python3), and Cytoscape.js from npm. Each reader loads each format it supports and
// finds the graph's node and relationship counts, ids, labels, types, names and aliases (and each
// relationship's items list), with no
// warning and nothing on stderr. A missing reader skips with the reason, except under CI=true.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph, PropertyValue } from '../../src/graph/schema.js';
import { writeCytoscape, writeGexf, writeGraphml, writeGraphologyJson } from '../../src/export/index.js';
import { availability } from './helpers/external-tools.js';
import type { Tool } from './helpers/external-tools.js';
import { addHostileEntities, UNICODE_NAMES } from './fixtures/sample-graph.js';
import { fixturesGraph } from './fixtures/fixtures-graph.js';

const READ_GRAPH = fileURLToPath(new URL('./readers/read_graph.py', import.meta.url));

type Format = 'gexf' | 'graphml' | 'node-link';

interface NodeSummary {
  labels: string[] | null;
  type: string | null;
  name: string | null;
  aliases: string[] | null;
}

/** A relationship as [source id, target id, type, items (a list property)]. */
type EdgeSummary = [string, string, string, string[] | null];

/** What a reader reports: nodes by id, and relationships. */
interface Summary {
  directed: boolean;
  nodes: Record<string, NodeSummary>;
  edges: EdgeSummary[];
}

interface PythonReader {
  tool: Tool;
  python: string;
  library: 'networkx' | 'igraph';
  formats: Format[];
}

const versionOf = (python: string, module: string): readonly string[] => [python, '-c', `import ${module}; print(${module}.__version__)`];

const PYTHON_READERS: PythonReader[] = [
  {
    tool: {
      name: 'NetworkX 3.x (python3 on PATH, from pip)',
      probe: versionOf('python3', 'networkx'),
      install: 'pip install networkx',
      accept: (version) => (Number(version.split('.')[0]) >= 3 ? undefined : `python3 has NetworkX ${version}, not 3.x`),
    },
    python: 'python3',
    library: 'networkx',
    formats: ['gexf', 'graphml', 'node-link'],
  },
  {
    tool: { name: "NetworkX (Debian's python3-networkx)", probe: versionOf('/usr/bin/python3', 'networkx'), install: 'apt-get install -y python3-networkx' },
    python: '/usr/bin/python3',
    library: 'networkx',
    formats: ['gexf', 'graphml', 'node-link'],
  },
  {
    tool: { name: "python-igraph (Debian's python3-igraph)", probe: versionOf('/usr/bin/python3', 'igraph'), install: 'apt-get install -y python3-igraph' },
    python: '/usr/bin/python3',
    library: 'igraph',
    formats: ['graphml'],
  },
];

function listOrNull(value: PropertyValue | undefined): string[] | null {
  return Array.isArray(value) ? (value as string[]) : null;
}

/** What every reader should find in `graph`. */
function expectedSummary(graph: PropertyGraph): Summary {
  const nodes: Record<string, NodeSummary> = {};
  const idOf = new Map<string, string>();
  graph.forEachNode((key, { labels, properties }) => {
    const id = typeof properties.id === 'string' ? properties.id : key;
    idOf.set(key, id);
    const name = typeof properties.name === 'string' && properties.name !== '' ? properties.name : null;
    nodes[id] = { labels, type: labels[0] ?? null, name, aliases: listOrNull(properties.aliases) };
  });
  const edges = graph.mapEdges(
    (_key, { type, properties }, source, target): EdgeSummary => [idOf.get(source)!, idOf.get(target)!, type, listOrNull(properties.items)],
  );
  return { directed: true, nodes, edges: sortEdges(edges) };
}

function sortEdges(edges: EdgeSummary[]): EdgeSummary[] {
  const order = (edge: EdgeSummary): string => JSON.stringify(edge);
  return [...edges].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/** Keys, names and aliases with the characters readers most often get wrong. */
function awkwardGraph(): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  const names = ['000_abc#1', 'a, b | c; d', 'O\'Brien "x" <y> & z', 'literal _x0023_ text', ...UNICODE_NAMES];
  for (const name of names) graph.addNode(name, { labels: ['Body'], properties: { id: name, name, aliases: [name, 'a, b', '"q"'], mentionCount: 1 } });
  names.slice(1).forEach((name, i) => {
    graph.addDirectedEdgeWithKey(`PART_OF:${name}->${names[0]}`, name, names[0]!, {
      type: 'PART_OF',
      properties: { items: [`n#${i}`], evidence: [`${name}, said "x".`] },
    });
    graph.addDirectedEdgeWithKey(`CO_OCCURS:${name}->${names[0]}`, name, names[0]!, { type: 'CO_OCCURS', properties: { weight: i + 1 } });
  });
  return graph;
}

const graphs: [string, () => Promise<PropertyGraph>][] = [
  [
    'the fixtures graph with hostile names',
    async () => {
      const graph = await fixturesGraph();
      addHostileEntities(graph);
      return graph;
    },
  ],
  ['a graph of awkward keys, names and aliases', async () => awkwardGraph()],
];

describe.each(graphs)('readers of %s', (_name, build) => {
  let directory: string;
  let expected: Summary;
  const files = {} as Record<Format | 'cytoscape', string>;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'crimegraph-readers-'));
    const graph = await build();
    expected = expectedSummary(graph);
    const outputs: [Format | 'cytoscape', string, string][] = [
      ['gexf', 'graph.gexf', writeGexf(graph)],
      ['graphml', 'graph.graphml', writeGraphml(graph)],
      ['node-link', 'graph.json', writeGraphologyJson(graph)],
      ['cytoscape', 'graph.cytoscape.json', writeCytoscape(graph)],
    ];
    for (const [format, name, text] of outputs) {
      files[format] = join(directory, name);
      await writeFile(files[format], text);
    }
  });
  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  for (const reader of PYTHON_READERS) {
    const found = availability(reader.tool);
    if (found.missing !== undefined) console.warn(`Skipping ${reader.tool.name}: ${found.missing}`);
    describe.skipIf(found.missing !== undefined)(`${reader.tool.name} ${found.version ?? ''}`, () => {
      it.each(reader.formats)('reads %s with the same nodes, relationships, labels, types, names and aliases, and no warning', (format) => {
        const run = spawnSync(reader.python, [READ_GRAPH, reader.library, format, files[format]], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const result = JSON.parse(run.stdout) as Summary & { warnings: string[] };
        expect(result.warnings).toEqual([]);
        expect(Object.keys(result.nodes)).toHaveLength(Object.keys(expected.nodes).length);
        expect(result.edges).toHaveLength(expected.edges.length);
        expect({ directed: result.directed, nodes: result.nodes, edges: sortEdges(result.edges) }).toEqual(expected);
      });
    });
  }

  describe('Cytoscape.js from npm, headless', () => {
    it('reads the Cytoscape JSON elements with the same nodes, relationships, labels, types, names and aliases, and no warning', async () => {
      const { readFile } = await import('node:fs/promises');
      const document = JSON.parse(await readFile(files.cytoscape, 'utf8')) as { elements: cytoscape.ElementsDefinition };
      const messages: unknown[][] = [];
      const saved = { warn: console.warn, error: console.error };
      console.warn = (...args: unknown[]) => void messages.push(args);
      console.error = (...args: unknown[]) => void messages.push(args);
      let cy: cytoscape.Core;
      try {
        cy = cytoscape({ headless: true, elements: document.elements });
      } finally {
        Object.assign(console, saved);
      }
      expect(messages).toEqual([]);
      const nodes: Record<string, NodeSummary> = {};
      cy.nodes().forEach((node) => {
        const data = node.data() as Record<string, PropertyValue>;
        nodes[node.id()] = {
          labels: data.labels as string[],
          type: data.type as string,
          name: (data.name as string | undefined) || null,
          aliases: listOrNull(data.aliases),
        };
      });
      const edges = cy
        .edges()
        .map((edge): EdgeSummary => [edge.source().id(), edge.target().id(), edge.data('type') as string, listOrNull(edge.data('items') as PropertyValue)]);
      expect(cy.nodes()).toHaveLength(Object.keys(expected.nodes).length);
      expect(cy.edges()).toHaveLength(expected.edges.length);
      expect({ directed: true, nodes, edges: sortEdges(edges) }).toEqual(expected);
      cy.destroy();
    });
  });
});

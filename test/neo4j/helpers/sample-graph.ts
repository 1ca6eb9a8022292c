// Graphs for the Neo4j tests, built by hand in the graph schema (src/graph/README.md): a small newsletter graph
// with the names a real issue carries, and a synthetic one of any size for load and fault tests.

import graphology from 'graphology';
import type { PropertyGraph, Properties } from '../../../src/graph/schema.js';

const { MultiDirectedGraph } = graphology;

export function emptyGraph(): PropertyGraph {
  return new MultiDirectedGraph() as PropertyGraph;
}

export function addNode(graph: PropertyGraph, label: string, properties: Properties & { id: string }): string {
  graph.mergeNode(properties.id, { labels: [label], properties });
  return properties.id;
}

export function addEdge(graph: PropertyGraph, type: string, source: string, target: string, properties: Properties = {}): void {
  graph.mergeEdgeWithKey(`${type}:${source}->${target}`, source, target, { type, properties });
}

interface Issue {
  id: string;
  title: string;
  published: string;
  items: { title: string; text: string; people?: string[]; bodies?: string[]; acts?: string[] }[];
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const ISSUES: Issue[] = [
  {
    id: '000_79e92bb3579205a4',
    title: 'Crime and policing news update: November 2014',
    published: '2014-11-28',
    items: [
      {
        title: 'First HMIC PEEL assessments published',
        text: 'On 27 November, HM Inspectorate of Constabulary (HMIC) published its assessments.',
        bodies: ['HM Inspectorate of Constabulary'],
      },
      {
        title: 'Serious Crime Bill',
        text: 'The Serious Crime Bill completed its Commons stages; Karen Bradley of the Home Office welcomed it.',
        people: ['Karen Bradley'],
        bodies: ['Home Office'],
        acts: ['Serious Crime Bill'],
      },
    ],
  },
  {
    id: '001_90d08cdaf62c0c6a',
    title: 'Crime and policing news update: December 2014',
    published: '2014-12-19',
    items: [
      {
        title: 'College of Policing code of ethics',
        text: 'Alex Marshall of the College of Policing said the code applies to all officers.',
        people: ['Alex Marshall'],
        bodies: ['College of Policing', 'Home Office'],
      },
    ],
  },
  {
    id: '002_ee3d19f2939ad4a4',
    title: 'Crime and policing news update: January 2015',
    published: '2015-01-30',
    items: [
      {
        title: 'Modern Slavery Bill reaches the Lords',
        text: 'Karen Bradley said the Modern Slavery Bill will give law enforcement the tools it needs; the Home Office agreed.',
        people: ['Karen Bradley'],
        bodies: ['Home Office', 'National Crime Agency'],
        acts: ['Modern Slavery Bill'],
      },
    ],
  },
];

/**
 * The graph the pipeline would build from the first `issueCount` issues (1 to 3): counts and
 * evidence grow as issues are added, which is what an incremental load must update.
 */
export function newsletterGraph(issueCount = ISSUES.length): PropertyGraph {
  const graph = emptyGraph();
  const mentions = new Map<string, { label: string; name: string; items: string[] }>();
  for (const issue of ISSUES.slice(0, issueCount)) {
    addNode(graph, 'Newsletter', { id: issue.id, title: issue.title, published: issue.published, source: `${issue.id}.txt` });
    issue.items.forEach((item, index) => {
      const itemId = `${issue.id}#${index + 1}`;
      addNode(graph, 'Item', { id: itemId, number: index + 1, title: item.title, text: item.text });
      addEdge(graph, 'HAS_ITEM', issue.id, itemId);
      const entities = [
        ...(item.people ?? []).map((name) => ['Person', name] as const),
        ...(item.bodies ?? []).map((name) => ['Body', name] as const),
        ...(item.acts ?? []).map((name) => ['Act', name] as const),
      ];
      for (const [label, name] of entities) {
        const id = `${label.toLowerCase()}:${slug(name)}`;
        const entry = mentions.get(id) ?? { label, name, items: [] };
        entry.items.push(itemId);
        mentions.set(id, entry);
      }
    });
  }
  for (const [id, { label, name, items }] of [...mentions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    addNode(graph, label, { id, name, aliases: [], mentionCount: items.length });
    for (const item of items) addEdge(graph, 'MENTIONED_IN', id, item, { count: 1 });
  }
  const ids = [...mentions.keys()].sort();
  for (const a of ids) {
    for (const b of ids) {
      if (a >= b) continue;
      const shared = mentions.get(a)!.items.filter((i) => mentions.get(b)!.items.includes(i));
      if (shared.length > 0) addEdge(graph, 'CO_OCCURS', a, b, { weight: shared.length });
    }
  }
  if (mentions.has('person:karen-bradley')) {
    const evidence = ISSUES.slice(0, issueCount)
      .flatMap((issue, i) => issue.items.map((item, j) => ({ item: `${issue.id}#${j + 1}`, text: item.text, i })))
      .filter((e) => e.text.includes('Karen Bradley') && e.text.includes('Home Office'));
    if (evidence.length > 0) {
      addEdge(graph, 'AFFILIATED_WITH', 'person:karen-bradley', 'body:home-office', {
        items: evidence.map((e) => e.item),
        evidence: evidence.map((e) => e.text),
        role: 'Minister',
      });
    }
    addNode(graph, 'Role', { id: 'role:minister-for-preventing-abuse-and-exploitation', title: 'Minister for Preventing Abuse and Exploitation' });
    addEdge(graph, 'HOLDS_ROLE', 'person:karen-bradley', 'role:minister-for-preventing-abuse-and-exploitation');
  }
  return graph;
}

/**
 * A synthetic graph with `relationships` MENTIONED_IN and CO_OCCURS edges over Person, Body and
 * Item nodes, deterministic for a given size (a seeded pseudo-random sequence picks the ends).
 */
export function syntheticGraph(relationships: number): PropertyGraph {
  const graph = emptyGraph();
  const items = Math.max(10, Math.ceil(relationships / 10));
  const entities = Math.max(10, Math.ceil(relationships / 20));
  for (let i = 0; i < items; i++) addNode(graph, 'Item', { id: `item:${i}`, number: i, title: `Item ${i}`, text: `Text of item ${i}.` });
  for (let i = 0; i < entities; i++) {
    const label = i % 3 === 0 ? 'Body' : 'Person';
    addNode(graph, label, { id: `${label.toLowerCase()}:${i}`, name: `${label} ${i}`, aliases: [`E${i}`], mentionCount: i % 50 });
  }
  const entityId = (i: number): string => `${i % 3 === 0 ? 'body' : 'person'}:${i}`;
  // mulberry32: 32-bit integer steps (Math.imul), so no float rounding shortens its period.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  while (graph.size < relationships) {
    if (graph.size % 2 === 0) {
      const source = entityId(next(entities));
      const target = `item:${next(items)}`;
      if (!graph.hasEdge(`MENTIONED_IN:${source}->${target}`)) addEdge(graph, 'MENTIONED_IN', source, target, { count: 1 + next(3) });
    } else {
      const a = next(entities);
      const b = next(entities);
      if (a === b) continue;
      const [lo, hi] = [entityId(a), entityId(b)].sort() as [string, string];
      if (!graph.hasEdge(`CO_OCCURS:${lo}->${hi}`)) addEdge(graph, 'CO_OCCURS', lo, hi, { weight: 1 + next(5) });
    }
  }
  return graph;
}

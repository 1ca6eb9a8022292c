// Export speed, side by side: CPU time of each format on a synthetic entity graph, as a ratio to
// graphology JSON (no layout) on the same graph. Needs `npm run build`.
//
//   node bench/export.mjs [NODES]    (default 2000 nodes, about 4 CO_OCCURS each)

import { MultiDirectedGraph } from 'graphology';
import { writeCsv, writeCypherScript, writeCytoscape, writeGexf, writeGraphml, writeGraphologyJson, writeHtml } from '../dist/export/index.js';

const order = Number(process.argv[2] ?? 2000);
const labels = ['Person', 'Body', 'Act', 'Programme'];
let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

const graph = new MultiDirectedGraph();
for (let i = 0; i < order; i++) {
  const id = `body:${i}`;
  graph.addNode(id, { labels: [labels[i % 4]], properties: { id, name: `Entity ${i}`, aliases: [`E${i}`], mentionCount: 1 + (i % 7) } });
}
for (let i = 0; i < order * 4; i++) {
  const a = Math.floor(random() * order);
  const b = Math.floor(random() * order);
  if (a === b) continue;
  const [x, y] = a < b ? [a, b] : [b, a];
  const key = `CO_OCCURS:body:${x}->body:${y}`;
  if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, `body:${x}`, `body:${y}`, { type: 'CO_OCCURS', properties: { weight: 1 + (i % 3) } });
}

function cpu(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const formats = {
  json: () => writeGraphologyJson(graph),
  csv: () => writeCsv(graph),
  cypher: () => writeCypherScript(graph),
  gexf: () => writeGexf(graph),
  graphml: () => writeGraphml(graph),
  cytoscape: () => writeCytoscape(graph),
  html: () => writeHtml(graph, { viewerScript: '' }),
};
const baseline = cpu(formats.json);
console.log(`${graph.order} nodes, ${graph.size} relationships; CPU ms and ratio to graphology JSON`);
for (const [name, run] of Object.entries(formats)) {
  const ms = name === 'json' ? baseline : cpu(run);
  console.log(`${name.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / baseline).toFixed(1).padStart(6)}x`);
}

// Child process for the crash test: saves snapshots of a large graph to a directory in a
// loop, alternating two versions, until it is killed. Prints "saving" before each save.

import { MultiDirectedGraph } from 'graphology';
import { saveSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../../src/graph/index.js';
import type { EdgeAttributes, NodeAttributes, PropertyGraph, Snapshot } from '../../../src/graph/index.js';

/** A graph big enough that writing it takes a while: `nodes` items, each with a version mark. */
export function bigGraph(version: string, nodes: number): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (let i = 0; i < nodes; i++) {
    const id = `n${String(i).padStart(6, '0')}`;
    graph.addNode(id, { labels: ['Item'], properties: { id, version, text: `${version} `.repeat(60) } });
    if (i > 0) graph.addDirectedEdgeWithKey(`NEXT:n${String(i - 1).padStart(6, '0')}->${id}`, `n${String(i - 1).padStart(6, '0')}`, id, { type: 'NEXT', properties: {} });
  }
  return graph;
}

export function bigSnapshot(version: string, nodes: number): Snapshot {
  return {
    graph: bigGraph(version, nodes),
    manifest: { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents: [], counts: { nodes: 0, relationships: 0, labels: {}, types: {}, entities: 0 } },
    mergeLog: [],
  };
}

if (process.argv[2] !== undefined) {
  const dir = process.argv[2];
  const nodes = Number(process.argv[3] ?? 20000);
  const snapshots = [bigSnapshot('A', nodes), bigSnapshot('B', nodes)];
  for (let k = 0; ; k++) {
    process.stdout.write('saving\n');
    await saveSnapshot(dir, snapshots[k % 2]!);
  }
}

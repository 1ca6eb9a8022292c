// Child process for the crash test: saves snapshots of a large graph to a directory in a
// loop, alternating two versions, until it is killed. Prints "saving" before each save and "saved" after.

import { MultiDirectedGraph } from 'graphology';
import { saveSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../../src/graph/index.js';
import type { EdgeAttributes, NodeAttributes, PropertyGraph, Snapshot } from '../../../src/graph/index.js';

/** A graph big enough that writing it takes a while: `nodes` items, each with a version mark and `textLength` characters. */
export function bigGraph(version: string, nodes: number, textLength = 120): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (let i = 0; i < nodes; i++) {
    const id = `n${String(i).padStart(6, '0')}`;
    graph.addNode(id, { labels: ['Item'], properties: { id, version, text: `${version} `.repeat(textLength / 2) } });
    if (i > 0)
      graph.addDirectedEdgeWithKey(`NEXT:n${String(i - 1).padStart(6, '0')}->${id}`, `n${String(i - 1).padStart(6, '0')}`, id, {
        type: 'NEXT',
        properties: {},
      });
  }
  return graph;
}

export function bigSnapshot(version: string, nodes: number, textLength?: number): Snapshot {
  return {
    graph: bigGraph(version, nodes, textLength),
    manifest: { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents: [], counts: { nodes: 0, relationships: 0, labels: {}, types: {}, entities: 0 } },
    mergeLog: [],
  };
}

if (process.argv[2] !== undefined) {
  const dir = process.argv[2];
  const nodes = Number(process.argv[3] ?? 2000);
  const textLength = Number(process.argv[4] ?? 8000);
  const snapshots = [bigSnapshot('A', nodes, textLength), bigSnapshot('B', nodes, textLength)];
  for (let k = 0; ; k++) {
    process.stdout.write('saving\n');
    await saveSnapshot(dir, snapshots[k % 2]!);
    process.stdout.write('saved\n');
  }
}

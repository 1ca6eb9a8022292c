// The shortest trails from a node back to itself (SHORTEST 1 (a)-[:R]-+(a), shortestPath from a
// node to itself): breadth-first search over nodes cannot find them, since an undirected walk
// straight back along the relationship it came by looks like a cycle of two. Depth-first
// instead, one length at a time from the least, every relationship at most once.

import { Relationship } from '../values.js';
import type { ExecContext } from './context.js';
import type { EdgeRecord } from './graph-store.js';

export interface CycleSearch {
  dir: 'out' | 'in' | 'both';
  types: readonly string[] | null;
  min: number;
  max: number;
  /** Whether a relationship may be walked (its properties fit). */
  fits(e: EdgeRecord): boolean;
  /** Relationships other parts of the pattern already hold. */
  used: ReadonlySet<string> | null;
}

/** The least-length cycles through `start`: all of them, or the first found. */
export function shortestCycles(ctx: ExecContext, start: string, search: CycleSearch, all: boolean): Relationship[][] {
  const limit = Math.min(search.max, ctx.store.relationshipCount);
  for (let length = Math.max(search.min, 1); length <= limit; length++) {
    const found: Relationship[][] = [];
    const taken = new Set<string>();
    const path: Relationship[] = [];
    const walk = (at: string): boolean => {
      if (path.length === length) {
        if (at !== start) return false;
        found.push([...path]);
        return !all;
      }
      for (const [e, next] of steps(ctx, at, search)) {
        ctx.tick();
        if (taken.has(e.key) || search.used?.has(e.key) || !search.fits(e)) continue;
        taken.add(e.key);
        path.push(new Relationship(e.key, e.attrs.type, e.source, e.target, e.attrs.properties as never));
        const done = walk(next);
        path.pop();
        taken.delete(e.key);
        if (done) return true;
      }
      return false;
    };
    walk(start);
    if (found.length > 0) return found;
  }
  return [];
}

/** The relationships out of `at` the search may walk, each with the node at its other end. */
function steps(ctx: ExecContext, at: string, search: CycleSearch): [EdgeRecord, string][] {
  const adj = ctx.store.adjacency(at);
  const lists = search.types === null ? [adj] : search.types.flatMap((t) => adj.byType.get(t) ?? []);
  const out: [EdgeRecord, string][] = [];
  for (const list of lists) {
    if (search.dir !== 'in') for (const e of list.out) out.push([e, e.target]);
    // A self-loop is met as outgoing already when both directions are walked.
    if (search.dir !== 'out') for (const e of list.in) if (!(search.dir === 'both' && e.source === e.target)) out.push([e, e.source]);
  }
  return out;
}

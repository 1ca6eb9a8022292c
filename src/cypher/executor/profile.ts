// PROFILE's counters: the rows each operator hands on and the graph entries it steps over.
// Operators pull rows from each other lazily, so the operator doing the work at any moment is
// tracked as the rows flow: while an operator produces, the counts go to it; while its consumer
// handles a row, they go back to the consumer.

import type { PlanOperator } from '../plan-description.js';
import type { Row } from './context.js';
import { rowStream, type RowStream } from './row-stream.js';

/** One operator's step in a compiled query: what EXPLAIN shows of it. */
export interface PlanStep {
  operator: string;
  details: string[];
}

export interface OperatorCounts {
  rows: number;
  dbHits: number;
}

export class Profile {
  /** The operator doing the work now; hits outside any operator go to a bucket of their own. */
  current: OperatorCounts = { rows: 0, dbHits: 0 };
  private readonly counts = new Map<PlanStep, OperatorCounts>();

  of(step: PlanStep): OperatorCounts {
    let c = this.counts.get(step);
    if (!c) this.counts.set(step, (c = { rows: 0, dbHits: 0 }));
    return c;
  }

  /** Run `work` with the counts going to `counts`. */
  within<T>(counts: OperatorCounts, work: () => T): T {
    const consumer = this.current;
    this.current = counts;
    try {
      return work();
    } finally {
      this.current = consumer;
    }
  }

  /** The rows an operator produced, counted, with the work of producing each charged to it. */
  counted(rows: Iterable<Row>, counts: OperatorCounts): Iterable<Row> {
    if (Array.isArray(rows)) {
      counts.rows += rows.length;
      return rows;
    }
    const iterate = (): Iterator<Row> => {
      const it = rows[Symbol.iterator]();
      return {
        next: () => {
          const r = this.within(counts, () => it.next());
          if (!r.done) counts.rows++;
          return r;
        },
      };
    };
    const stream = rows as Partial<RowStream>;
    if (typeof stream.each !== 'function') return { [Symbol.iterator]: iterate };
    const each = stream.each.bind(stream);
    return rowStream(
      iterate,
      (visit) => {
        const consumer = this.current;
        this.within(counts, () =>
          each((row) => {
            counts.rows++;
            return this.within(consumer, () => visit(row));
          }),
        );
      },
      stream.fresh ?? false,
    );
  }
}

/** The plan tree of a pipeline of steps: the last step at the root, each fed by the one before. */
export function pipelineTree(steps: PlanStep[], profile?: Profile): PlanOperator | null {
  let tree: PlanOperator | null = null;
  for (const step of steps) {
    const counts = profile?.of(step);
    tree = {
      operator: step.operator,
      details: step.details,
      ...(counts ? { rows: counts.rows, dbHits: counts.dbHits } : {}),
      children: tree ? [tree] : [],
    };
  }
  return tree;
}

// A fake Neo4j connection for the loader's unit tests: the two members loadGraph uses, a record
// of every transaction and statement, and MERGE-by-id bookkeeping so created counts are right.

import type { ManagedTransaction } from 'neo4j-driver';
import type { LoadTarget } from '../../../src/neo4j/index.js';
import { Neo4jError } from '../../../src/neo4j/index.js';

export interface RecordedStatement {
  statement: string;
  rows: Record<string, unknown>[];
}

export interface RecordedTransaction {
  doing: string;
  statements: RecordedStatement[];
}

type Row = { id?: unknown; source?: unknown; target?: unknown };

/**
 * Reads the three statement shapes of `load-plan.ts` (constraint, node MERGE, relationship
 * MERGE) and keeps the ids it has seen, as a database would. Anything else is refused, so a new
 * statement shape cannot slip past the unit tests unread.
 */
export class FakeConnection implements LoadTarget {
  readonly where = 'fake://neo4j';
  readonly transactions: RecordedTransaction[] = [];
  readonly constraints = new Set<string>();
  /** `Label id` of every node present. */
  readonly nodes = new Set<string>();
  /** `TYPE source target` of every relationship present. */
  readonly relationships = new Set<string>();
  /** When set, the transaction with this index (0-based, counted over the fake's life) fails. */
  failAt: number | undefined;

  async executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, doing = 'the write'): Promise<T> {
    const index = this.transactions.length;
    const recorded: RecordedTransaction = { doing, statements: [] };
    this.transactions.push(recorded);
    if (index === this.failAt) {
      throw new Neo4jError('E_NEO4J_UNAVAILABLE', `Neo4j at ${this.where}: connection lost while ${doing}`, 'ServiceUnavailable', true);
    }
    const tx = { run: async (statement: string, params: { rows?: Row[] } = {}) => this.apply(recorded, statement, params.rows ?? []) };
    // Only `run` is used by the loader; the driver's other transaction members are not faked.
    return work(tx as unknown as ManagedTransaction);
  }

  /** Remove a node (and its relationships), as another client deleting it would. */
  deleteNode(label: string, id: string): void {
    this.nodes.delete(`${label} ${id}`);
  }

  private apply(recorded: RecordedTransaction, statement: string, rows: Row[]) {
    recorded.statements.push({ statement, rows: rows as Record<string, unknown>[] });
    let constraint: RegExpExecArray | null;
    let node: RegExpExecArray | null;
    let relationship: RegExpExecArray | null;
    if ((constraint = /^CREATE CONSTRAINT `(\w+)` IF NOT EXISTS/.exec(statement))) {
      this.constraints.add(constraint[1]!);
      return result(0, 0, []);
    }
    if ((node = /^UNWIND \$rows AS row MERGE \(n:`(\w+)` \{id: row\.id\}\)/.exec(statement))) {
      let created = 0;
      for (const row of rows) {
        const key = `${node[1]} ${String(row.id)}`;
        if (!this.nodes.has(key)) created++;
        this.nodes.add(key);
      }
      return result(created, 0, []);
    }
    if (
      (relationship =
        /^UNWIND \$rows AS row MATCH \(a:`(\w+)` \{id: row\.source\}\) MATCH \(b:`(\w+)` \{id: row\.target\}\) MERGE \(a\)-\[r:`(\w+)`\]->\(b\)/.exec(
          statement,
        ))
    ) {
      const [, from, to, type] = relationship;
      let created = 0;
      let written = 0;
      for (const row of rows) {
        if (!this.nodes.has(`${from} ${String(row.source)}`) || !this.nodes.has(`${to} ${String(row.target)}`)) continue;
        written++;
        const key = `${type} ${String(row.source)} ${String(row.target)}`;
        if (!this.relationships.has(key)) created++;
        this.relationships.add(key);
      }
      // The driver returns integers as BigInt with useBigInt, as Neo4jConnection opens it.
      return result(0, created, [{ written: BigInt(written) }]);
    }
    throw new Error(`FakeConnection cannot read this statement: ${statement}`);
  }
}

function result(nodesCreated: number, relationshipsCreated: number, records: Record<string, unknown>[]) {
  return {
    records: records.map((record) => ({ get: (key: string) => record[key] })),
    summary: { counters: { updates: () => ({ nodesCreated, relationshipsCreated }) } },
  };
}

// Rows compared across engines: a row as JSON with every object's keys sorted. Cypher maps and
// property sets have no order, and Neo4j hands properties back in its store's order, not the
// order they were written in; columns are compared on their own, in order.

export function canonical(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => [k, sortKeys(x)]),
          )
        : v;
  return JSON.stringify(sortKeys(value));
}

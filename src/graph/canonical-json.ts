// Serialise JSON deterministically: object keys sorted at every depth, so the same data always
// gives the same bytes whatever order it was built in.

/**
 * JSON text of `value` with sorted keys. `lineItems` puts each element of top-level arrays
 * on its own line, so large snapshot files stay readable and diff well.
 *
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown, options: { lineItems?: boolean } = {}): string {
  if (options.lineItems && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => {
        const v = (value as Record<string, unknown>)[k];
        const text = Array.isArray(v)
          ? v.length === 0
            ? '[]'
            : `[\n${v.map((x) => canonicalJson(x)).join(',\n')}\n]`
          : canonicalJson(v);
        return `${JSON.stringify(k)}:${text}`;
      });
    return `{\n${entries.join(',\n')}\n}\n`;
  }
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // Cypher INTEGERs are bigints; a property written by a query is stored as a JSON number.
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
  return out;
}

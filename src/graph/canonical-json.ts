// Serialise JSON deterministically: object keys sorted at every depth, so the same data always
// gives the same bytes whatever order it was built in.

/**
 * JSON text of `value` with sorted keys. `lineItems` puts each element of top-level arrays
 * on its own line, so large snapshot files stay readable and diff well.
 *
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown, options: { lineItems?: boolean } = {}): string {
  if (options.lineItems) return [...canonicalJsonChunks(value)].join('');
  return JSON.stringify(sortKeys(value));
}

/**
 * The text of `canonicalJson(value, { lineItems: true })` in pieces, one line at a time: a graph
 * of 10 000 newsletters is over 500 MB of JSON, more than V8 holds in one string.
 * `plainKeys`, for plain JSON data (no bigints, boxed numbers or toJSON) whose object keys are all
 * in the list, gives the same text about twice as fast.
 */
export function* canonicalJsonChunks(value: unknown, options: { plainKeys?: readonly string[] } = {}): Generator<string> {
  // Every key of the value, sorted: JSON.stringify then writes each object's keys in that order,
  // natively, without the sorted copy of every object canonicalJson makes.
  const sortedKeys = options.plainKeys ? [...options.plainKeys].sort() : undefined;
  const element = sortedKeys ? (x: unknown) => JSON.stringify(x, sortedKeys) : (x: unknown) => canonicalJson(x);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield JSON.stringify(sortKeys(value));
    return;
  }
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  yield '{\n';
  for (const [i, [k, v]] of entries.entries()) {
    const separator = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(v) && v.length > 0) {
      yield `${JSON.stringify(k)}:[\n`;
      for (const [j, x] of v.entries()) yield `${element(x)}${j < v.length - 1 ? ',\n' : '\n'}`;
      yield `]${separator}`;
    } else yield `${JSON.stringify(k)}:${canonicalJson(v)}${separator}`;
  }
  yield '}\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // Cypher INTEGERs are bigints; a property written by a query is stored as a JSON number.
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  // An integral FLOAT written by a query is a boxed Number; JSON has one number type, so it
  // reads back as INTEGER after a reload.
  if (value instanceof Number) return value.valueOf();
  // Values that say how they serialise (temporal values) are stored in that form.
  if ('toJSON' in value && typeof value.toJSON === 'function') return sortKeys(value.toJSON());
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = sortKeys(v);
  return out;
}

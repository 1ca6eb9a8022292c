// The names of the variables an AST fragment mentions, for deciding what a filter or sort key needs.
// Deliberately coarse: names bound inside it (comprehensions, subqueries) count too, which only errs safe.

/** Adds to `out` (and returns it) every variable name used anywhere in `node`. */
export function variablesOf(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) variablesOf(x, out);
    return out;
  }
  if ('kind' in node && node.kind === 'Variable' && 'name' in node && typeof node.name === 'string') out.add(node.name);
  for (const [k, v] of Object.entries(node)) if (k !== 'loc') variablesOf(v, out);
  return out;
}

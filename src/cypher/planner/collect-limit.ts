// Neo4j 5.26 rewrites `COLLECT { … }[i]` and `COLLECT { … }[a..i]`, with `i` an integer literal,
// to the subquery with `LIMIT i + 1`: the list holds at most the rows the index can reach. So a
// negative bound empties the list (`[-1]` is null) or fails as a negative LIMIT (`[-2]`), where
// an index of the whole list would count from its end. Read off the server with the random
// differential test. Pure: the indexed or sliced expression in, the LIMIT out.

import type * as A from '../ast/ast.js';

/** The LIMIT Neo4j gives a `COLLECT { }` indexed or sliced by this expression; null when it gives none. */
export function collectLimit(e: A.Subscript | A.Slice): bigint | null {
  if (e.object.kind !== 'CollectSubquery') return null;
  const bound = e.kind === 'Subscript' ? e.index : e.to;
  return bound?.kind === 'IntegerLiteral' ? bound.value + 1n : null;
}

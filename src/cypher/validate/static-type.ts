// The static types the validator infers for variables and expressions before any row exists.
// Only what the query text proves is known (literals, pattern variables); everything else is 'Any'.
// Besides that unknown type, Neo4j's semantic analysis knows types that are no single kind,
// which list concatenation makes (its `TypeSpec`): an element of `[1] + ['a']` is of the type
// Any itself ('Mixed' here), one of `[1] + 2.5` of the type Number, and one of
// `split(s, '') + n.tags` of either Any or String (a 'Union'). A function or operator refuses
// such a type where no member is one it takes (`abs(([1] + ['a'])[0])` is refused, as the
// `Type mismatch: expected Float or Integer but was Any` Neo4j gives).

export type StaticKind =
  | 'Any'
  | 'Null'
  | 'Boolean'
  | 'Integer'
  | 'Float'
  | 'String'
  | 'List'
  | 'Map'
  | 'Node'
  | 'Relationship'
  | 'Path'
  | 'Mixed'
  | 'Number'
  | 'Union';

/**
 * A static type; lists carry their element type (`Any` when mixed or unknown). 'Mixed' is the
 * type Any itself (a value known to be of no one kind), 'Number' the type of INTEGER and FLOAT
 * together, 'Union' one of its `members`.
 */
export interface StaticType {
  kind: StaticKind;
  element?: StaticType;
  members?: StaticType[];
}

export const ANY: StaticType = { kind: 'Any' };
export const NULL: StaticType = { kind: 'Null' };
export const BOOLEAN: StaticType = { kind: 'Boolean' };
export const INTEGER: StaticType = { kind: 'Integer' };
export const FLOAT: StaticType = { kind: 'Float' };
export const STRING: StaticType = { kind: 'String' };
export const MAP: StaticType = { kind: 'Map' };
export const NODE: StaticType = { kind: 'Node' };
export const RELATIONSHIP: StaticType = { kind: 'Relationship' };
export const PATH: StaticType = { kind: 'Path' };
export const MIXED: StaticType = { kind: 'Mixed' };
export const NUMBER: StaticType = { kind: 'Number' };

export function listOf(element: StaticType): StaticType {
  return { kind: 'List', element };
}

/** The type of a variable-length relationship variable: a list of relationships. */
export const RELATIONSHIP_LIST: StaticType = listOf(RELATIONSHIP);

/**
 * True when a value of type `t` may be `kind` at run time (unknown and null fit anything; a
 * union fits when one of its members does; Mixed and Number fit none of the kinds).
 */
export function mayBe(t: StaticType, ...kinds: StaticKind[]): boolean {
  if (t.kind === 'Union') return (t.members ?? []).some((m) => mayBe(m, ...kinds));
  return t.kind === 'Any' || t.kind === 'Null' || kinds.includes(t.kind);
}

/** The types a union of `types` holds, each once (a single type is itself). */
function unionOf(types: StaticType[]): StaticType {
  const members: StaticType[] = [];
  for (const t of types.flatMap((x) => (x.kind === 'Union' ? (x.members ?? []) : [x]))) {
    if (!members.some((m) => describeType(m) === describeType(t))) members.push(t);
  }
  return members.length === 1 ? members[0]! : { kind: 'Union', members };
}

/** The least type above both (Neo4j's least upper bound): the same kind, Number for INTEGER and FLOAT, else Any itself. */
function leastUpperBound(a: StaticType, b: StaticType): StaticType {
  if (describeType(a) === describeType(b)) return a;
  const numeric = (t: StaticType): boolean => t.kind === 'Integer' || t.kind === 'Float' || t.kind === 'Number';
  return numeric(a) && numeric(b) ? NUMBER : MIXED;
}

/** What `a` may become next to `b` in one list: `a` itself where an INTEGER meets a FLOAT (it is taken as one), else their least upper bound. */
function coerceOrLeastUpperBound(a: StaticType, b: StaticType): StaticType {
  if (a.kind === 'Integer' && b.kind === 'Float') return FLOAT;
  return leastUpperBound(a, b);
}

/** A known type's supertypes with itself, as it meets a value of unknown type: Integer, Number and Any for an INTEGER. */
function withAncestors(t: StaticType): StaticType[] {
  if (t.kind === 'Integer') return [t, FLOAT, NUMBER, MIXED];
  if (t.kind === 'Float') return [t, NUMBER, MIXED];
  if (t.kind === 'Number') return [t, MIXED];
  return t.kind === 'Mixed' ? [t] : [t, MIXED];
}

/**
 * The element type of `left + right` where one side is a list: concatenated, appended or
 * prepended, each element type taken next to the other side's as Neo4j 5.26 does (`[1] + [2.5]`
 * holds FLOATs or Numbers, `[1] + 2.5` Numbers, `[1] + ['a']` values of the type Any,
 * `split(s, '') + n.tags` values of the type Any or STRINGs). Null, an unknown element or an
 * unknown side give what the known side has (with its supertypes, where the other is unknown).
 */
export function concatenatedElement(left: StaticType, right: StaticType): StaticType {
  // Each side's members, a list as its element type, marked whether it came from a list.
  const elementsOf = (t: StaticType): [StaticType, boolean][] =>
    (t.kind === 'Union' ? (t.members ?? []) : [t]).map((m) => (m.kind === 'List' ? [m.element ?? ANY, true] : [m, m.kind === 'Any']));
  const pairs: StaticType[] = [];
  for (const [l, lList] of elementsOf(left)) {
    for (const [r, rList] of elementsOf(right)) {
      if (l.kind === 'Null' || r.kind === 'Null') pairs.push(l.kind === 'Null' ? r : l);
      else if (l.kind === 'Any' && r.kind === 'Any') pairs.push(ANY);
      else if (l.kind === 'Any' || r.kind === 'Any') pairs.push(...withAncestors(l.kind === 'Any' ? r : l));
      // Two lists: each element type taken next to the other's; a list and a value: the value's next to the elements'.
      else if (lList && rList) pairs.push(coerceOrLeastUpperBound(l, r), coerceOrLeastUpperBound(r, l));
      else pairs.push(lList ? coerceOrLeastUpperBound(r, l) : coerceOrLeastUpperBound(l, r));
    }
  }
  return pairs.some((t) => t.kind === 'Any') ? ANY : unionOf(pairs);
}

/** The common type of several values: their kind if all agree, else Any. */
export function commonType(types: StaticType[]): StaticType {
  const known = types.filter((t) => t.kind !== 'Null');
  const [first] = known;
  if (first === undefined) return types.length ? NULL : ANY;
  if (known.every((t) => t.kind === first.kind)) {
    return first.kind === 'List' ? listOf(commonType(known.map((t) => t.element ?? ANY))) : { kind: first.kind };
  }
  return ANY;
}

/** The type's name for messages: 'Node', 'List<String>', 'Any or String', ... */
export function describeType(t: StaticType): string {
  if (t.kind === 'List') return t.element && t.element.kind !== 'Any' ? `List<${describeType(t.element)}>` : 'List';
  if (t.kind === 'Mixed') return 'Any';
  if (t.kind === 'Union') {
    const names = [...new Set((t.members ?? []).map(describeType))].sort();
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  }
  return t.kind;
}

// The static types the validator infers for variables and expressions before any row exists.
// Only what the query text proves is known (literals, pattern variables); everything else is 'Any'.

export type StaticKind = 'Any' | 'Null' | 'Boolean' | 'Integer' | 'Float' | 'String' | 'List' | 'Map' | 'Node' | 'Relationship' | 'Path';

/** A static type; lists carry their element type (`Any` when mixed or unknown). */
export interface StaticType {
  kind: StaticKind;
  element?: StaticType;
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

export function listOf(element: StaticType): StaticType {
  return { kind: 'List', element };
}

/** The type of a variable-length relationship variable: a list of relationships. */
export const RELATIONSHIP_LIST: StaticType = listOf(RELATIONSHIP);

/** True when a value of type `t` may be `kind` at run time (unknown and null fit anything). */
export function mayBe(t: StaticType, ...kinds: StaticKind[]): boolean {
  return t.kind === 'Any' || t.kind === 'Null' || kinds.includes(t.kind);
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

/** The type's name for messages: 'Node', 'List<String>', ... */
export function describeType(t: StaticType): string {
  if (t.kind === 'List') return t.element && t.element.kind !== 'Any' ? `List<${t.element.kind}>` : 'List';
  return t.kind;
}

// The graph as the TCK observes it for side effects (nodes, relationships, distinct labels,
// and (entity, key, value) property triples), and the difference between two such states.

/** Entity identities and property triples, each as a string. */
export interface GraphState {
  nodes: string[];
  relationships: string[];
  labels: string[];
  /** `<entity id>\u0000<key>\u0000<value in a canonical text>`, one per property. */
  properties: string[];
}

export const SIDE_EFFECT_KEYS = ['+nodes', '-nodes', '+relationships', '-relationships', '+properties', '-properties', '+labels', '-labels'] as const;
export type SideEffectKey = (typeof SIDE_EFFECT_KEYS)[number];
export type SideEffects = Record<SideEffectKey, number>;

/** The side effects between `before` and `after`: set differences, and multiset ones for properties. */
export function diffStates(before: GraphState, after: GraphState): SideEffects {
  const added = (a: string[], b: string[]): number => {
    const old = new Set(a);
    return new Set(b.filter((x) => !old.has(x))).size;
  };
  return {
    '+nodes': added(before.nodes, after.nodes),
    '-nodes': added(after.nodes, before.nodes),
    '+relationships': added(before.relationships, after.relationships),
    '-relationships': added(after.relationships, before.relationships),
    '+properties': multisetMinus(after.properties, before.properties),
    '-properties': multisetMinus(before.properties, after.properties),
    '+labels': added(before.labels, after.labels),
    '-labels': added(after.labels, before.labels),
  };
}

function multisetMinus(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const c = counts.get(x) ?? 0;
    if (c > 0) counts.set(x, c - 1);
    else n++;
  }
  return n;
}

/** A zero for every side effect key. */
export function noSideEffects(): SideEffects {
  return Object.fromEntries(SIDE_EFFECT_KEYS.map((k) => [k, 0])) as SideEffects;
}

/**
 * A stable text for a stored property value of any engine: it only has to be equal for equal
 * values and differ for different ones (1 vs 1.0 vs '1'), within one target.
 */
export function storedValueKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Number) return `F${value.valueOf()}`;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? `I${value}` : `F${value}`;
    case 'bigint':
      return `I${value}`;
    case 'string':
      return `S${JSON.stringify(value)}`;
    case 'boolean':
      return `B${value}`;
    default:
  }
  if (Array.isArray(value)) return `[${value.map(storedValueKey).join(',')}]`;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    const tag = proto && proto !== Object.prototype ? (proto.constructor?.name ?? 'object') : 'map';
    const text = String(value);
    if (text !== '[object Object]') return `${tag}(${text})`;
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}:${storedValueKey(v)}`);
    return `${tag}{${entries.join(',')}}`;
  }
  return String(value);
}

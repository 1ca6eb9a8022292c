// Which item entities name the same thing: a union-find over the item entities of a corpus (or
// of any part of it that holds whole clusters), joined by lexicon entry, name key, corpus-wide
// alias and written variant, each join with the rule the merge log records.

import type { EntityType, ItemEntity } from '../extract/types.js';
import { nameKey, oneWordInserted } from './name-key.js';

/** What joining reads of an item entity. */
export type JoinEntity = Pick<ItemEntity, 'name' | 'aliases' | 'aliasRules' | 'known'>;

export interface JoinNode {
  type: EntityType;
  entity: JoinEntity;
}

/** The clusters of a list of nodes, and the rule that first joined each node that was joined. */
export interface Joined {
  /** Node numbers of each cluster, ascending; clusters in the order of their first node. */
  clusters: number[][];
  ruleOf: Map<number, string>;
}

/** Item-local forms (`the College`, a surname) never join entities across items. */
const ITEM_LOCAL_RULES = new Set(['short-form', 'surname']);

const looseKeys = new Map<string, string>();
/** `nameKey` without plural endings, remembered like nameKey (the same names come back in every newsletter). */
export const looseKey = (s: string) => {
  let key = looseKeys.get(s);
  if (key === undefined) {
    if (looseKeys.size >= 200_000) looseKeys.clear();
    key = nameKey(s)
      .split(' ')
      .map((w) => w.replace(/s$/, ''))
      .join(' ');
    looseKeys.set(s, key);
  }
  return key;
};

/** Whether an alias joins across items: not item-local, and several words or shaped like an acronym. */
export function joiningAlias(alias: string, rule: string): boolean {
  if (ITEM_LOCAL_RULES.has(rule)) return false;
  const a = alias.trim();
  return /\s/.test(a) || /^[A-Z0-9&]{2,}$|^[A-Z][a-z]?[A-Z]/.test(a);
}

class Clusters {
  private readonly parent: number[];
  readonly joins: { a: number; b: number; rule: string }[] = [];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    // Path halving: each step links a node to its grandparent. A number outside the forest is its own root.
    for (let parent = this.parentOf(i); parent !== i; parent = this.parentOf(i)) {
      const grandparent = this.parentOf(parent);
      this.parent[i] = grandparent;
      i = grandparent;
    }
    return i;
  }
  private parentOf(i: number): number {
    return this.parent[i] ?? i;
  }
  union(a: number, b: number, rule: string): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra === rb) return;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    this.joins.push({ a, b, rule });
  }
}

/** The non-person types in the order they first appear among the nodes: the order of the variant pass. */
export function variantTypeOrder(nodes: readonly JoinNode[]): EntityType[] {
  const order: EntityType[] = [];
  for (const n of nodes) if (n.type !== 'Person' && !order.includes(n.type)) order.push(n.type);
  return order;
}

/**
 * Join nodes (in corpus order) into clusters. The clusters do not depend on the order; which
 * join is logged for a node does, and within a part of a corpus that holds whole clusters it is
 * the one the whole corpus gives when `typeOrder` is the whole corpus's (`variantTypeOrder`).
 */
export function joinEntities(nodes: readonly JoinNode[], typeOrder: readonly EntityType[] = variantTypeOrder(nodes)): Joined {
  const clusters = new Clusters(nodes.length);

  // exact keys: lexicon entry, name, corpus-wide aliases
  const firstByKey = new Map<string, number>();
  const join = (key: string, i: number, rule: string) => {
    const j = firstByKey.get(key);
    if (j === undefined) firstByKey.set(key, i);
    else clusters.union(j, i, rule);
  };
  nodes.forEach((n, i) => {
    if (n.entity.known) join(`known|${n.entity.known}`, i, 'lexicon');
  });
  nodes.forEach((n, i) => join(`${n.type}|${nameKey(n.entity.name)}`, i, 'same-name'));
  nodes.forEach((n, i) => {
    for (const a of n.entity.aliases) {
      const rule = n.entity.aliasRules?.[a] ?? 'alias';
      if (!joiningAlias(a, rule)) continue;
      const j = firstByKey.get(`${n.type}|${nameKey(a)}`);
      if (j !== undefined) clusters.union(j, i, /acronym/.test(rule) ? 'acronym' : 'alias');
    }
  });
  // (A name that another entity uses as its alias needs no pass of its own: every name's key is
  // in firstByKey since the same-name pass, so the alias pass above has joined them already.)
  // written variants of long names: plurals, one inserted word
  const byType = new Map<EntityType, number[]>(typeOrder.map((t) => [t, []]));
  nodes.forEach((n, i) => {
    if (n.type === 'Person') return;
    const list = byType.get(n.type);
    if (list) list.push(i);
    else byType.set(n.type, [i]);
  });
  for (const idx of byType.values()) {
    const keyed = idx.flatMap((i) => {
      const node = nodes[i];
      return node ? [{ i, key: looseKey(node.entity.name) }] : [];
    });
    const reps = new Map<string, number>();
    for (const { i, key } of keyed) if (!reps.has(key)) reps.set(key, i);
    for (const [short, long] of insertedWordPairs([...reps.keys()])) {
      const [a, b] = [reps.get(short), reps.get(long)];
      if (a !== undefined && b !== undefined) clusters.union(a, b, 'inserted-word');
    }
    for (const { i, key } of keyed) {
      const rep = reps.get(key);
      if (rep !== undefined) clusters.union(rep, i, 'plural-variant');
    }
  }

  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = clusters.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const ruleOf = new Map<number, string>();
  for (const j of clusters.joins) {
    if (!ruleOf.has(j.b)) ruleOf.set(j.b, j.rule);
    if (!ruleOf.has(j.a)) ruleOf.set(j.a, j.rule);
  }
  // The root of a cluster is its first node (a union keeps the smaller root).
  return { clusters: [...members].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids), ruleOf };
}

/**
 * Every key through which a node can join another, as one set of strings: two nodes that share
 * none of them and are not joined through others are in different clusters. (Some shared keys
 * join nothing: two aliases alike with no name for them, two long names with the same word left
 * out. They only make the groups an incremental resolution replays larger.)
 */
export function joinKeys(node: JoinNode): string[] {
  const { type, entity } = node;
  const keys = [`${type}|${nameKey(entity.name)}`];
  if (entity.known) keys.push(`known|${entity.known}`);
  for (const a of entity.aliases) if (joiningAlias(a, entity.aliasRules?.[a] ?? 'alias')) keys.push(`${type}|${nameKey(a)}`);
  if (type !== 'Person') {
    const loose = looseKey(entity.name);
    keys.push(`${type}~${loose}`);
    // The keys it is a one-word-longer variant of.
    const words = loose.split(' ');
    for (let i = 1; i < words.length - 1; i++) keys.push(`${type}~${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}`);
  }
  return keys;
}

/**
 * Pairs of keys where the second is the first with one word inserted, in the order of `keys`
 * (short, then long). Found by deleting each inner word of every key and looking the rest up,
 * so the cost grows with the number of words, not with the square of the number of names.
 */
function insertedWordPairs(keys: string[]): [string, string][] {
  const rank = new Map(keys.map((k, i) => [k, i] as const));
  const pairs: [number, number][] = [];
  for (const [j, long] of keys.entries()) {
    const words = long.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const short = [...words.slice(0, i), ...words.slice(i + 1)];
      const r = rank.get(short.join(' '));
      if (r !== undefined && r !== j && oneWordInserted(short, words)) pairs.push([r, j]);
    }
  }
  const unique = [...new Map(pairs.map((p) => [`${p[0]} ${p[1]}`, p] as const)).values()];
  return unique
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .flatMap(([a, b]): [string, string][] => {
      const [short, long] = [keys[a], keys[b]];
      return short !== undefined && long !== undefined ? [[short, long]] : [];
    });
}

// Clusters of item entities into canonical entities: the canonical name (the lexicon's, else the
// longest form, then the most frequent), the id from type and name, every other form as an
// alias, the mentions per item, and the merge log entries of each cluster.

import type { ItemEntity } from '../extract/types.js';
import { entityId } from './entity-id.js';
import type { JoinNode } from './join-entities.js';
import { nameKey } from './name-key.js';
import type { Entity, EntityMention, MergeLogEntry } from './types.js';

/** What making an entity reads of an item entity, beside what joining reads. */
export interface EntityNode extends JoinNode {
  entity: Pick<ItemEntity, 'name' | 'aliases' | 'aliasRules' | 'known' | 'acronym' | 'kind' | 'year'>;
  /** Item id `<documentId>#<item>`. */
  item: string;
  /** Its mentions in the item. */
  count: number;
}

/** The entities of clusters, and what each node became. */
export interface CanonicalEntities {
  /** By id, in the order their first cluster comes. */
  entities: Map<string, Entity>;
  /** Per node: its entity's id and name. */
  idOf: string[];
  canonicalOf: string[];
  /** Per cluster (in the clusters' order), its merge log entries, repeats included. */
  logs: MergeLogEntry[][];
}

function chooseCanonical(nodes: readonly EntityNode[]): string {
  const known = nodes.find((n) => n.entity.known)?.entity.known;
  if (known) return known;
  const count = new Map<string, number>();
  for (const n of nodes) count.set(n.entity.name, (count.get(n.entity.name) ?? 0) + 1);
  // The longest name, then the most frequent, then the first in code-unit order.
  let best: [string, number] | undefined;
  for (const entry of count) {
    const [name, n] = entry;
    if (best === undefined || name.length > best[0].length || (name.length === best[0].length && (n > best[1] || (n === best[1] && name < best[0]))))
      best = entry;
  }
  if (best === undefined) throw new Error('chooseCanonical: a cluster without names');
  return best[0];
}

/**
 * The canonical entities of `clusters` (from `joinEntities` over the same nodes). Two clusters
 * whose canonical names give one id are one entity, named by the first.
 *
 * @param evidenceOf the sentences that mention node i (empty when they were not read)
 */
export function canonicalEntities(
  nodes: readonly EntityNode[],
  clusters: readonly number[][],
  ruleOf: ReadonlyMap<number, string>,
  evidenceOf: (i: number) => string[],
): CanonicalEntities {
  const canonicalOf: string[] = new Array<string>(nodes.length);
  const idOf: string[] = new Array<string>(nodes.length);
  const entities = new Map<string, Entity>();
  const logs: MergeLogEntry[][] = [];
  for (const ids of clusters) {
    const log: MergeLogEntry[] = [];
    logs.push(log);
    const cluster = ids.flatMap((i) => {
      const n = nodes[i];
      return n ? [{ i, n }] : [];
    });
    const [first] = cluster;
    if (!first) continue;
    const type = first.n.type;
    const name = chooseCanonical(cluster.map(({ n }) => n));
    const id = entityId(type, name);
    let ent = entities.get(id);
    if (!ent) {
      ent = { id, type, name, aliases: [], mentionCount: 0, mentions: [] };
      entities.set(id, ent);
    }
    const forms = new Set(ent.aliases);
    for (const { i, n } of cluster) {
      canonicalOf[i] = ent.name;
      idOf[i] = ent.id;
      if (n.entity.name !== ent.name) forms.add(n.entity.name);
      for (const f of n.entity.aliases) if (f !== ent.name) forms.add(f);
      const em: EntityMention = { item: n.item, count: n.count, evidence: evidenceOf(i) };
      ent.mentions.push(em);
      ent.mentionCount += em.count;
      if (n.entity.acronym) ent.acronym ??= n.entity.acronym;
      if (n.entity.kind) ent.kind ??= n.entity.kind;
      if (n.entity.year) ent.year ??= n.entity.year;
      if (nameKey(n.entity.name) !== nameKey(ent.name) || (n.entity.name !== ent.name && ids.length > 1)) {
        log.push({ rule: ruleOf.get(i) ?? (n.entity.known ? 'lexicon' : 'same-name'), type, into: ent.name, name: n.entity.name });
      }
      for (const [alias, rule] of Object.entries(n.entity.aliasRules ?? {})) log.push({ rule, type, into: ent.name, name: alias, item: n.item });
    }
    ent.aliases = [...forms].sort();
  }
  return { entities, idOf, canonicalOf, logs };
}

/**
 * Merge log entries with repeats left out (the first kept). Two entries alike have the same type
 * and canonical name, so the same entity: repeats never reach across entities.
 */
export function uniqueEntries(entries: Iterable<MergeLogEntry>, seen = new Set<string>()): MergeLogEntry[] {
  const log: MergeLogEntry[] = [];
  for (const m of entries) {
    const k = `${m.rule}|${m.type}|${m.into}|${m.name}|${m.item ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    log.push(m);
  }
  return log;
}

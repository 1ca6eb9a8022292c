// Resolution across the corpus: item entities that name the same thing become one canonical
// entity (same name up to case and punctuation, a shared acronym or written variant, the same
// lexicon entry), with a stable id, every form as an alias, and each merge logged with its rule.

import { elementAt, valueAt } from '../errors.js';
import type { Document } from '../ingest/types.js';
import type { EntityType, ItemEntity, ItemExtraction } from '../extract/types.js';
import type { AcronymDocuments, Entity, EntityMention, ItemEntities, MergeLogEntry, Relation, ResolvedCorpus, Role } from './types.js';
import { entityId, roleId } from './entity-id.js';
import { nameKey, oneWordInserted } from './name-key.js';

interface Node {
  type: EntityType;
  entity: ItemEntity;
  item: string;
  extraction: ItemExtraction;
}

/** Item-local forms (`the College`, a surname) never join entities across items. */
const ITEM_LOCAL_RULES = new Set(['short-form', 'surname']);

const looseKeys = new Map<string, string>();
/** `nameKey` without plural endings, remembered like nameKey (the same names come back in every newsletter). */
const looseKey = (s: string) => {
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

/**
 * "ACS" used alone in one document, defined as "Association of Convenience Stores (ACS)" in
 * another: the item gains the entity, named by the acronym. Ambiguous acronyms stay unattached.
 */
function attachAcronyms(extractions: ItemExtraction[], acronyms: AcronymDocuments): ItemExtraction[] {
  const defined = new Map<string, { type: EntityType; known?: string; names: Set<string> }>();
  for (const x of extractions)
    for (const e of x.entities) {
      for (const [alias, rule] of Object.entries(e.aliasRules ?? {})) {
        if (rule !== 'acronym-defined' && rule !== 'acronym-known') continue;
        const d = defined.get(alias) ?? { type: e.type, known: e.known, names: new Set<string>() };
        d.names.add(e.known ?? nameKey(e.name));
        defined.set(alias, d);
        appendOnce(acronyms.defined, x.documentId, alias);
      }
    }
  for (const [alias, d] of defined) acronyms.signatures.set(alias, JSON.stringify([d.type, d.known ?? null, [...d.names].sort()]));
  return extractions.map((x) => {
    if (!x.acronymsUsed?.length) return x;
    const added: ItemEntity[] = [];
    for (const u of x.acronymsUsed) {
      const d = defined.get(u.acronym);
      if (!d || d.names.size !== 1 || x.entities.some((e) => e.name === u.acronym || e.aliases.includes(u.acronym))) continue;
      const entity: ItemEntity = { type: d.type, name: u.acronym, aliases: [], mentions: u.mentions.map((m) => ({ ...m, type: d.type })) };
      if (d.known) entity.known = d.known;
      added.push(entity);
      appendOnce(acronyms.attached, u.acronym, x.documentId);
    }
    return added.length > 0 ? { ...x, entities: [...x.entities, ...added] } : x;
  });
}

function chooseCanonical(nodes: Node[]): string {
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

export interface ResolveOptions {
  /**
   * Give the items rewritten with canonical names (default true). A build that only writes the
   * graph needs the entities, relations and `itemEntities`, and saves the copies.
   */
  items?: boolean;
}

/**
 * Resolve the per-item extractions of a corpus into canonical entities and relations.
 * Pure and deterministic: ids come from type and canonical name.
 * @example resolveCorpus(docs, docs.flatMap(extractDocument)).entities[0].id // 'body:home-office'
 */
export function resolveCorpus(documents: Document[], input: ItemExtraction[], options: ResolveOptions = {}): ResolvedCorpus {
  const acronyms: AcronymDocuments = { defined: new Map(), attached: new Map(), signatures: new Map() };
  const extractions = attachAcronyms(input, acronyms);
  const nodes: Node[] = [];
  for (const x of extractions) {
    // One item id string per extraction, shared by its nodes and so by their entity mentions.
    const item = `${x.documentId}#${x.item}`;
    for (const e of x.entities) nodes.push({ type: e.type, entity: e, item, extraction: x });
  }
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
      if (ITEM_LOCAL_RULES.has(rule)) continue;
      if (!/\s/.test(a.trim()) && !/^[A-Z0-9&]{2,}$|^[A-Z][a-z]?[A-Z]/.test(a.trim())) continue;
      const key = `${n.type}|${nameKey(a)}`;
      const j = firstByKey.get(key);
      if (j !== undefined) clusters.union(j, i, /acronym/.test(rule) ? 'acronym' : 'alias');
    }
  });
  // (A name that another entity uses as its alias needs no pass of its own: every name's key is
  // in firstByKey since the same-name pass, so the alias pass above has joined them already.)
  // written variants of long names: plurals, one inserted word
  const byType = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.type !== 'Person') appendTo(byType, n.type, i);
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

  // clusters → canonical entities
  const members = new Map<number, number[]>();
  nodes.forEach((_, i) => appendTo(members, clusters.find(i), i));
  const canonicalOf: string[] = new Array<string>(nodes.length);
  const idOf: string[] = new Array<string>(nodes.length);
  const entities = new Map<string, Entity>();
  const mergeLog: MergeLogEntry[] = [];
  const ruleOf = new Map<number, string>();
  for (const j of clusters.joins) {
    if (!ruleOf.has(j.b)) ruleOf.set(j.b, j.rule);
    if (!ruleOf.has(j.a)) ruleOf.set(j.a, j.rule);
  }

  for (const [, ids] of [...members].sort((a, b) => a[0] - b[0])) {
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
      const sentences = n.extraction.sentences;
      // No sentences: an extraction read for resolution only (its evidence is not asked for).
      const evidence = sentences.length === 0 ? [] : [...new Set(n.entity.mentions.map((m) => sentences[m.sentence]?.text ?? '').filter(Boolean))];
      const em: EntityMention = { item: n.item, count: n.entity.mentions.length, evidence };
      ent.mentions.push(em);
      ent.mentionCount += em.count;
      if (n.entity.acronym) ent.acronym ??= n.entity.acronym;
      if (n.entity.kind) ent.kind ??= n.entity.kind;
      if (n.entity.year) ent.year ??= n.entity.year;
      if (nameKey(n.entity.name) !== nameKey(ent.name) || (n.entity.name !== ent.name && ids.length > 1)) {
        mergeLog.push({ rule: ruleOf.get(i) ?? (n.entity.known ? 'lexicon' : 'same-name'), type, into: ent.name, name: n.entity.name });
      }
      for (const [alias, rule] of Object.entries(n.entity.aliasRules ?? {})) mergeLog.push({ rule, type, into: ent.name, name: alias, item: n.item });
    }
    ent.aliases = [...forms].sort();
  }

  // items rewritten with canonical names
  // Nodes were made in this very order (extractions, then their entities): the k-th entity met is node k.
  let node = 0;
  const relations = new Map<string, Relation>();
  const seenOf = new Map<Relation, { items: Set<string>; evidence: Set<string> }>();
  const roles = new Map<string, Role>();
  const itemEntities: ItemEntities[] = [];
  const items: ItemExtraction[] = [];
  for (const x of extractions) {
    const rename = new Map<string, string>();
    const typeOf = new Map<string, EntityType>();
    const ids: string[] = [];
    const first = node;
    for (const e of x.entities) {
      const i = node++;
      const canonical = elementAt(canonicalOf, i);
      rename.set(e.name, canonical);
      typeOf.set(canonical, e.type);
      ids.push(elementAt(idOf, i));
    }
    itemEntities.push({ documentId: x.documentId, item: x.item, ids });
    const renamed = (name: string) => rename.get(name) ?? name;
    const renamedTarget = (r: ItemExtraction['relations'][number]) => (r.type === 'HOLDS_ROLE' ? r.target : renamed(r.target));
    const rels = options.items === false ? undefined : x.relations.map((r) => ({ ...r, source: renamed(r.source), target: renamedTarget(r) }));
    const itemId = `${x.documentId}#${x.item}`;
    for (const r of x.relations) {
      const sourceName = renamed(r.source);
      const targetName = renamedTarget(r);
      const sType = typeOf.get(sourceName);
      if (!sType) continue;
      const source = entityId(sType, sourceName);
      let target: string;
      if (r.type === 'HOLDS_ROLE') {
        target = roleId(targetName);
        if (!roles.has(target)) roles.set(target, { id: target, title: targetName });
      } else {
        const tType = typeOf.get(targetName);
        if (!tType) continue;
        target = entityId(tType, targetName);
      }
      const key = `${r.type}|${source}|${target}`;
      let rel = relations.get(key);
      if (!rel) relations.set(key, (rel = { type: r.type, source, target, items: [], evidence: [] }));
      if (r.role && !rel.role) rel.role = r.role;
      // Sets beside the lists: a relation stated in every newsletter made `includes` quadratic.
      let seen = seenOf.get(rel);
      if (!seen) seenOf.set(rel, (seen = { items: new Set(), evidence: new Set() }));
      if (!seen.items.has(itemId)) {
        seen.items.add(itemId);
        rel.items.push(itemId);
      }
      if (!seen.evidence.has(r.evidence.sentence)) {
        seen.evidence.add(r.evidence.sentence);
        rel.evidence.push(r.evidence.sentence);
      }
    }
    for (const t of x.roles) if (!roles.has(roleId(t))) roles.set(roleId(t), { id: roleId(t), title: t });
    if (rels === undefined) continue;
    const ents = x.entities.map((e, k) => {
      const canonical = elementAt(canonicalOf, first + k);
      const aliases = [...new Set([e.name, ...e.aliases])].filter((a) => a !== canonical);
      return e.name === canonical ? { ...e, aliases } : { ...e, name: canonical, aliases, itemName: e.name };
    });
    items.push({ ...x, entities: ents, relations: rels });
  }

  const seen = new Set<string>();
  const log = mergeLog.filter((m) => {
    const k = `${m.rule}|${m.type}|${m.into}|${m.name}|${m.item ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents,
    items,
    entities: [...entities.values()].sort(byId),
    roles: [...roles.values()].sort(byId),
    // The map's keys are `type|source|target`: sorted once, not made again at every comparison.
    relations: [...relations.keys()].sort((a, b) => (a < b ? -1 : 1)).map((key) => valueAt(relations, key)),
    mergeLog: log,
    itemEntities,
    acronyms,
  };
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

/** Append a value once (lists stay short: a document's acronyms, an acronym's documents). */
function appendOnce(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Append in place: copying the list on every append made resolution quadratic in the corpus size. */
function appendTo<K>(lists: Map<K, number[]>, key: K, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

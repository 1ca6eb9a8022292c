// Build the property graph of the schema (src/graph/README.md) from a resolved corpus: newsletters, items, entities,
// roles, typed relations, mentions and co-occurrences, added in sorted order so output is stable.

import { createHash } from 'node:crypto';
import { MultiDirectedGraph } from 'graphology';
import type { Entity, Relation, ResolvedCorpus } from '../resolve/types.js';
import type { EdgeAttributes, NodeAttributes, Properties, PropertyGraph } from './schema.js';

/** A node as graph.json lists it. */
export interface NodeRecord {
  key: string;
  attributes: NodeAttributes;
}

/** A relationship as graph.json lists it. */
export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** The nodes and relationships of a graph, each list sorted by key: what a snapshot's graph.json holds. */
export interface GraphRecords {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/** The id of an item node: `<newsletter id>#<item number>`. */
export function itemNodeId(documentId: string, itemNumber: string): string {
  return `${documentId}#${itemNumber}`;
}

/**
 * The `number` property of an item: an INTEGER, so `ORDER BY i.number` runs 1, 2, …, 10. The
 * printed number when it is a whole number (`3. Title` is 3); otherwise (`0.4 Title`) the item's
 * place among the newsletter's numbered items. The Speeches section has none. The item id keeps
 * the printed form (`…#0.4`, `…#speeches`).
 */
export function itemNumber(printed: string, position: number): number {
  return /^\d{1,9}$/.test(printed) ? Number(printed) : position;
}

/** The graphology key of an edge: `<type>:<source>-><target>`. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/**
 * The graph of a corpus. Pure and deterministic: the same corpus gives the same nodes and
 * edges in the same order. Relations whose ends are not in the corpus are left out, and two
 * relations of one type between the same ends become one edge with their items and evidence joined.
 *
 * @example
 * const graph = buildGraph(resolveCorpus(documents, extractions));
 * graph.getNodeAttributes('000_79e92bb3579205a4#1').labels // ['Item']
 */
export function buildGraph(corpus: ResolvedCorpus): PropertyGraph {
  return graphFromRecords(graphRecords(corpus));
}

export interface GraphRecordsOptions {
  /**
   * Only the document-local records (see `DOCUMENT_LOCAL_TYPES`) of the documents it accepts; the
   * others are left out. For an incremental build that copies the rest from the previous snapshot.
   */
  documents?: (documentId: string) => boolean;
  /** CO_OCCURS relationships too (default true); an incremental build patches them instead. */
  coOccurrences?: boolean;
  /**
   * Only the entity nodes and typed relationships (by key) it accepts; an incremental build copies
   * the others (`copiedRecords`). Default: all.
   */
  shared?: (key: string) => boolean;
  /**
   * With `shared`: whether an id is an entity or role node of the graph, made here or copied
   * (default: an entity or role of the corpus). For a corpus that holds only the entities an
   * incremental resolution replayed.
   */
  ends?: (id: string) => boolean;
}

/**
 * The records that depend on one document alone (its newsletter and item nodes, HAS_ITEM) and
 * on the entity ids its items' entities resolved to (MENTIONED_IN); `documentFingerprint` says
 * when the latter changed. Every other record depends on the whole corpus.
 */
export const DOCUMENT_LOCAL_TYPES = { labels: ['Newsletter', 'Item'], types: ['HAS_ITEM', 'MENTIONED_IN'] } as const;

/**
 * The nodes and relationships of a corpus's graph, sorted by key, without building a graphology
 * graph: writing a snapshot needs no more, and on a large corpus the graph's indexes cost
 * seconds and hundreds of megabytes.
 *
 * @example graphRecords(corpus).nodes[0].key
 */
export function graphRecords(corpus: ResolvedCorpus, options: GraphRecordsOptions = {}): GraphRecords {
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const addNode = (id: string, label: string, properties: Properties) => {
    // A duplicate id upstream keeps its first node rather than failing the whole build.
    if (!nodes.has(id)) nodes.set(id, { key: id, attributes: { labels: [label], properties: { id, ...properties } } });
  };
  const addEdge = (type: string, source: string, target: string, properties: Properties) => {
    const key = edgeKey(type, source, target);
    if (!edges.has(key)) edges.set(key, { key, source, target, attributes: { type, properties } });
  };

  for (const doc of corpus.documents) {
    if (options.documents && !options.documents(doc.id)) continue;
    addNode(doc.id, 'Newsletter', defined({ title: doc.title, published: doc.published, source: doc.source }));
    let position = 0;
    for (const item of doc.items) {
      const id = itemNodeId(doc.id, item.number);
      const number = item.number === 'speeches' ? undefined : itemNumber(item.number, ++position);
      addNode(id, 'Item', defined({ number, title: item.title, text: item.text }));
      addEdge('HAS_ITEM', doc.id, id, {});
    }
  }
  const shared = options.shared ?? (() => true);
  for (const entity of corpus.entities) if (shared(entity.id)) addNode(entity.id, entity.type, entityProperties(entity));
  for (const role of corpus.roles) addNode(role.id, 'Role', { title: role.title });

  for (const entity of corpus.entities) {
    // Item nodes are those of the documents asked for, so this also keeps MENTIONED_IN to them
    // (and, when few are asked for, saves merging the mentions of all the others).
    const mentions = options.documents ? entity.mentions.filter((m) => nodes.has(m.item)) : entity.mentions;
    for (const mention of mergeMentions(mentions)) {
      if (nodes.has(mention.item)) addEdge('MENTIONED_IN', entity.id, mention.item, { count: mention.count, evidence: mention.evidence });
    }
  }
  // Relations join entities and roles, which are nodes whether made here or copied.
  const ends = options.ends ? { has: options.ends } : options.shared ? new Set([...corpus.entities.map((e) => e.id), ...corpus.roles.map((r) => r.id)]) : nodes;
  // Relations of one key are merged: those not asked for are left out first, not merged for nothing.
  const relations = options.shared ? corpus.relations.filter((r) => shared(edgeKey(r.type, r.source, r.target))) : corpus.relations;
  for (const relation of mergeRelations(relations)) {
    if (!ends.has(relation.source) || !ends.has(relation.target)) continue;
    addEdge(relation.type, relation.source, relation.target, relationProperties(relation));
  }
  for (const [pair, weight] of options.coOccurrences === false ? [] : coOccurrences(corpus.entities)) {
    const [a, b] = pair.split('\u0000');
    if (a !== undefined && b !== undefined && nodes.has(a) && nodes.has(b)) addEdge('CO_OCCURS', a, b, { weight });
  }

  return {
    nodes: [...nodes.values()].sort((x, y) => compare(x.key, y.key)),
    edges: [...edges.values()].sort((x, y) => compare(x.key, y.key)),
  };
}

/** The entity ids each item of a document names: item id, then ids (entities attached by acronym included). */
export type DocumentEntityIds = [item: string, ids: string[]][];

/**
 * What a document's MENTIONED_IN and CO_OCCURS records depend on besides the document itself:
 * the entity id each entity of each of its items resolved to, in order. By document id.
 */
export function documentEntityIds(corpus: ResolvedCorpus): Map<string, DocumentEntityIds> {
  const { itemEntities } = corpus;
  if (itemEntities === undefined) throw new Error('documentEntityIds: a corpus not made by resolveCorpus');
  const byDocument = new Map<string, DocumentEntityIds>();
  for (const x of itemEntities) {
    let list = byDocument.get(x.documentId);
    if (list === undefined) byDocument.set(x.documentId, (list = []));
    list.push([itemNodeId(x.documentId, x.item), x.ids]);
  }
  for (const doc of corpus.documents) if (!byDocument.has(doc.id)) byDocument.set(doc.id, []);
  return byDocument;
}

/** A short hash of a document's entity ids: same fingerprint and same file, same local records. */
export function documentFingerprint(ids: DocumentEntityIds): string {
  const hash = createHash('sha256');
  for (const [item, entities] of ids) hash.update(`${item}\u0000${entities.join('\u0000')}\u0001`);
  return hash.digest('base64');
}

/**
 * How the CO_OCCURS weights change when the items of `before` (documents removed or changed, as
 * they were) give way to those of `after`: pair key (`coOccurrences`' keys) -> change, none zero.
 */
export function coOccurrenceChanges(before: Iterable<DocumentEntityIds>, after: Iterable<DocumentEntityIds>): Map<string, number> {
  const changes = new Map<string, number>();
  const count = (documents: Iterable<DocumentEntityIds>, sign: number) => {
    for (const items of documents) {
      // As coOccurrences: an entity counts once per item, and items of one id are one item.
      const byItem = new Map<string, Set<string>>();
      for (const [item, ids] of items) {
        let set = byItem.get(item);
        if (set === undefined) byItem.set(item, (set = new Set()));
        for (const id of ids) set.add(id);
      }
      for (const set of byItem.values()) {
        const ids = [...set].sort(compare);
        for (let i = 0; i < ids.length; i++) {
          for (let j = i + 1; j < ids.length; j++) {
            const key = `${ids[i]}\u0000${ids[j]}`;
            changes.set(key, (changes.get(key) ?? 0) + sign);
          }
        }
      }
    }
  };
  count(before, -1);
  count(after, 1);
  for (const [key, change] of changes) if (change === 0) changes.delete(key);
  return changes;
}

/** The graphology graph of records, nodes and edges added in their (sorted) order. */
export function graphFromRecords(records: GraphRecords): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (const node of records.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of records.edges) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return graph;
}

/** An entity node's properties. */
export function entityProperties(entity: Entity): Properties {
  return defined({
    name: entity.name,
    aliases: [...entity.aliases].sort(compare),
    mentionCount: entity.mentionCount,
    acronym: entity.type === 'Body' ? entity.acronym : undefined,
    kind: entity.type === 'Act' ? entity.kind : undefined,
    year: entity.type === 'Act' ? entity.year : undefined,
  });
}

/** A typed relationship's properties. */
export function relationProperties(relation: Relation): Properties {
  return defined({
    items: relation.items,
    evidence: relation.evidence,
    role: relation.type === 'AFFILIATED_WITH' ? relation.role : undefined,
  });
}

/** An entity's mentions per item: counts added up and sentences joined if an item is listed twice. */
function mergeMentions(mentions: Entity['mentions']): { item: string; count: number; evidence: string[] }[] {
  const merged = new Map<string, { item: string; count: number; evidence: string[] }>();
  for (const m of mentions) {
    const held = merged.get(m.item);
    if (held === undefined) merged.set(m.item, { item: m.item, count: m.count, evidence: [...m.evidence] });
    else {
      held.count += m.count;
      for (const sentence of m.evidence) if (!held.evidence.includes(sentence)) held.evidence.push(sentence);
    }
  }
  return [...merged.values()];
}

/** Relations of one type between the same ends joined: items and evidence united, first role kept. */
export function mergeRelations(relations: readonly Relation[]): Relation[] {
  const merged = new Map<string, Relation>();
  // Sorted first, so the joined evidence comes out in one order however the corpus lists relations.
  const sorted = [...relations].sort(
    (a, b) =>
      compare(edgeKey(a.type, a.source, a.target), edgeKey(b.type, b.source, b.target)) ||
      compare(a.items.join('\n'), b.items.join('\n')) ||
      compare(a.evidence.join('\n'), b.evidence.join('\n')) ||
      compare(a.role ?? '', b.role ?? ''),
  );
  for (const r of sorted) {
    const key = edgeKey(r.type, r.source, r.target);
    const held = merged.get(key);
    if (held === undefined) {
      merged.set(key, { ...r, items: [...r.items], evidence: [...r.evidence] });
      continue;
    }
    for (const item of r.items) if (!held.items.includes(item)) held.items.push(item);
    for (const sentence of r.evidence) if (!held.evidence.includes(sentence)) held.evidence.push(sentence);
    held.role ??= r.role;
  }
  for (const r of merged.values()) r.items.sort(compare);
  return [...merged.values()];
}

/**
 * Pairs of entities named in the same items, lower id first, with the number of items they
 * share. Keys join the two ids with a NUL, which no id contains.
 */
export function coOccurrences(entities: readonly Entity[]): Map<string, number> {
  const byItem = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      let set = byItem.get(m.item);
      if (set === undefined) byItem.set(m.item, (set = new Set()));
      set.add(entity.id);
    }
  }
  const weights = new Map<string, number>();
  for (const set of byItem.values()) {
    const ids = [...set].sort(compare);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  return weights;
}

/** Code-unit order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Properties without the undefined ones: a missing value is an absent property, as in Neo4j. */
export function defined(values: Record<string, Properties[string] | undefined>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

// Incremental resolution: documents added and removed, resolved against the state of the last
// resolution by replaying only the units (resolution-state.ts) their item entities reach. The
// clusters are the connected components of the join keys, whatever the order; what depends on
// order (the rule logged for each join, the first member's acronym, kind and year, the first
// cluster's name for an id, relation evidence) is a function of a unit's members in corpus
// order, and the one order that reaches across units, the types' order in the variant pass, is
// passed in. So the result is resolveCorpus's over the whole corpus (test/resolve/resolve-changes.test.ts).
// One step reaches across documents before entities join: an acronym used alone gains the entity
// it is defined as elsewhere. A change to what an acronym stands for that a document not
// changed uses alone is not replayed: resolveChanges says so, and the caller resolves the whole.

import type { EntityType, ItemExtraction } from '../extract/types.js';
import { canonicalEntities, type EntityNode, uniqueEntries } from './canonical-entities.js';
import { itemStatements, RelationRecords } from './item-relations.js';
import { joinEntities, joinKeys } from './join-entities.js';
import {
  type Position,
  type ResolutionState,
  type StateDefinition,
  type StateDocument,
  type StateEntity,
  type StateItem,
  type Unit,
  addUnit,
  comparePositions,
  emptyResolutionState,
  removeUnit,
} from './resolution-state.js';
import { type AcronymDefinition, acronymCandidates, addDefinition, attachedEntity, definitionSignature, itemDefinitions } from './resolve-corpus.js';
import type { AcronymDocuments, Entity, ItemEntities, MergeLogEntry, Relation, Role } from './types.js';

/** A document to resolve: its id and its items' extractions (whole, or resolution parts without sentences). */
export interface ChangedDocument {
  id: string;
  items: ItemExtraction[];
}

/** A change to the corpus: documents removed (by id), documents added. A changed document is both. */
export interface CorpusChange {
  remove?: Iterable<string>;
  add?: readonly ChangedDocument[];
}

/** What a change resolves to: the new state, and what of the resolved corpus can have changed. */
export interface ResolvedChange {
  state: ResolutionState;
  /**
   * The entities of the units replayed, sorted by id: every entity whose record can differ from
   * the last resolution's (and entities whose record did not change but share a unit with one that did).
   */
  entities: Entity[];
  /** Ids of entities of the last resolution that the replayed units held. */
  replacedIds: Set<string>;
  /** The records, sorted by key, of the relations stated by an item re-resolved, added or removed (those that still exist). */
  relations: Relation[];
  /** Keys of those relations, existing or not. */
  relationKeys: Set<string>;
  /** The whole corpus's roles, merge log, item entity ids and acronyms. */
  roles: Role[];
  mergeLog: MergeLogEntry[];
  itemEntities: ItemEntities[];
  acronyms: AcronymDocuments;
}

/**
 * Resolve a change against a state (not modified), or undefined when the change alters what an
 * acronym stands for and a document the change leaves alone uses it alone (resolve the whole
 * corpus instead: `resolveChanges(emptyResolutionState(), { add: everything })`).
 *
 * @example resolveChanges(emptyResolutionState(), { add: [{ id: doc.id, items: extractDocument(doc) }] })!.entities
 */
export function resolveChanges(previous: ResolutionState, change: CorpusChange): ResolvedChange | undefined {
  const removed = new Set(change.remove ?? []);
  const added = new Map((change.add ?? []).map((d) => [d.id, d]));
  for (const id of added.keys()) if (previous.documents.has(id)) removed.add(id);
  const kept = (id: string) => !removed.has(id) && !added.has(id);

  // Acronyms: what each stands for, before and after.
  const order = sortedIds([...[...previous.documents.keys()].filter(kept), ...added.keys()]);
  const newDefinitions = new Map<string, StateDefinition[]>();
  for (const [id, d] of added) newDefinitions.set(id, d.items.flatMap(itemDefinitions));
  const before = definitions(sortedIds([...previous.documents.keys()]).map((id) => previous.documents.get(id)!.definitions));
  const after = definitions(order.map((id) => newDefinitions.get(id) ?? previous.documents.get(id)!.definitions));
  const altered = new Set<string>();
  for (const a of new Set([...before.keys(), ...after.keys()])) {
    const [b, n] = [before.get(a), after.get(a)];
    if ((b && definitionSignature(b)) !== (n && definitionSignature(n))) altered.add(a);
  }
  if (altered.size > 0)
    for (const [id, doc] of previous.documents) if (kept(id) && doc.items.some((i) => i.candidates.some((c) => altered.has(c)))) return undefined;

  const state: ResolutionState = {
    documents: new Map(previous.documents),
    units: new Map(previous.units),
    nextUnit: previous.nextUnit,
    keyUnit: new Map(previous.keyUnit),
    idUnit: new Map(previous.idUnit),
    nameOf: new Map(previous.nameOf),
  };
  // The relation keys stated by documents removed, and the units their entities were in.
  const relationKeys = new Set<string>();
  const touched = new Set<number>();
  for (const id of removed) {
    const doc = previous.documents.get(id);
    if (doc === undefined) continue;
    for (const item of doc.items) {
      for (const key of item.statements) relationKeys.add(key);
      for (const u of item.units) touched.add(u);
    }
    state.documents.delete(id);
  }
  // Added documents as the state keeps them (entities after attachment; ids and units to come).
  const evidence = new Map<StateItem, string[][]>();
  for (const [id, d] of added) {
    const doc: StateDocument = { id, definitions: newDefinitions.get(id) ?? [], items: [] };
    for (const x of d.items) {
      const candidates = acronymCandidates(x);
      const attached = candidates.flatMap((u) => {
        const e = attachedEntity(u, after.get(u.acronym));
        return e ? [e] : [];
      });
      const entities = [...x.entities, ...attached];
      const item: StateItem = {
        item: x.item,
        entities: entities.map(stateEntity),
        ids: [],
        units: [],
        relations: x.relations.map((r) => {
          const kept: StateItem['relations'][number] = { type: r.type, source: r.source, target: r.target, evidence: r.evidence.sentence };
          if (r.role) kept.role = r.role;
          return kept;
        }),
        roles: x.roles,
        candidates: candidates.map((u) => u.acronym),
        statements: [],
        roleTitles: [],
      };
      // No sentences: an extraction read for resolution only (its evidence is not asked for).
      evidence.set(
        item,
        entities.map((e) => (x.sentences.length === 0 ? [] : [...new Set(e.mentions.map((m) => x.sentences[m.sentence]?.text ?? '').filter(Boolean))])),
      );
      doc.items.push(item);
    }
    state.documents.set(id, doc);
    for (const item of doc.items)
      for (const e of item.entities)
        for (const key of joinKeys({ type: e.type, entity: e })) {
          const u = previous.keyUnit.get(key);
          if (u !== undefined) touched.add(u);
        }
  }

  const typeOrder = variantTypes(order.map((id) => state.documents.get(id)!));
  const members = unitMembers(state, order, touched, added);
  // Replay the units reached; an entity id met in a unit not replayed joins that unit to the replay.
  let replay: Replay;
  for (;;) {
    replay = replayMembers(state, members(), typeOrder, evidence);
    const more = [...replay.made.entities.keys()].map((id) => previous.idUnit.get(id)).filter((u): u is number => u !== undefined && !touched.has(u));
    if (more.length === 0) break;
    for (const u of more) touched.add(u);
  }

  // New units in place of those replayed.
  const replacedIds = new Set<string>();
  for (const u of touched) {
    for (const [id] of previous.units.get(u)?.entities ?? []) replacedIds.add(id);
    removeUnit(state, u);
  }
  const restate = new Set<StateItem>();
  const { nodes, made, at } = replay;
  // Items whose entities are replayed are copied before they change: the previous state is left as it was.
  const copiedDocuments = new Set<string>(added.keys());
  const copiedItems = new Map<StateItem, StateItem>();
  const writable = ({ item, position }: Member): StateItem => {
    let copy = copiedItems.get(item);
    if (copy !== undefined) return copy;
    let doc = state.documents.get(position.document)!;
    if (!copiedDocuments.has(doc.id)) {
      doc = { ...doc, items: [...doc.items] };
      state.documents.set(doc.id, doc);
      copiedDocuments.add(doc.id);
    }
    copy = added.has(doc.id) ? item : { ...item, ids: [...item.ids], units: [...item.units] };
    doc.items[position.item] = copy;
    copiedItems.set(item, copy);
    return copy;
  };
  const groups = unitsOf(nodes, made.idOf);
  const clusterOf = new Map<number, number>();
  made.logs.forEach((_, c) => {
    for (const i of replay.clusters[c]!) clusterOf.set(i, c);
  });
  // A group keeps the number of the first old unit among its members that no group took before
  // it: items whose entities keep their id and unit are not copied (nor written again).
  const taken = new Set<number>();
  for (const group of groups) {
    let number: number | undefined;
    for (const i of group) {
      const { item, k } = at[i]!;
      const old = added.has(at[i]!.position.document) ? undefined : item.units[k];
      if (old !== undefined && !taken.has(old)) {
        number = old;
        break;
      }
    }
    if (number === undefined) number = state.nextUnit++;
    taken.add(number);
    const keys = new Set<string>();
    const entities = new Map<string, string>();
    const clusters = new Set<number>();
    for (const i of group) {
      for (const key of nodes[i]!.keys) keys.add(key);
      entities.set(made.idOf[i]!, made.canonicalOf[i]!);
      clusters.add(clusterOf.get(i)!);
      const { item: was, k } = at[i]!;
      const renamed = previous.nameOf.get(was.ids[k] ?? '') !== made.canonicalOf[i];
      if (!renamed && was.ids[k] === made.idOf[i] && was.units[k] === number) continue;
      const item = writable(at[i]!);
      if (renamed) restate.add(item);
      item.ids[k] = made.idOf[i]!;
      item.units[k] = number;
    }
    const seen = new Set<string>();
    const logs = [...clusters].sort((a, b) => a - b).map((c) => ({ at: at[replay.clusters[c]![0]!]!.position, entries: uniqueEntries(made.logs[c]!, seen) }));
    const unit: Unit = { keys: [...keys], entities: [...entities], logs: logs.filter((l) => l.entries.length > 0) };
    addUnit(state, number, unit);
  }

  // Relations of the items whose entities' canonical names changed, and of those added.
  for (const id of order) {
    const doc = state.documents.get(id)!;
    const isAdded = added.has(id);
    if (!isAdded && !doc.items.some((i) => restate.has(i))) continue;
    for (const item of doc.items) {
      if (!isAdded && !restate.has(item)) continue;
      for (const key of item.statements) relationKeys.add(key);
      const { statements, roles } = itemStatements(
        { entities: item.entities, relations: item.relations.map((r) => ({ ...r, evidence: { sentence: r.evidence } })), roles: item.roles },
        (k) => state.nameOf.get(item.ids[k]!)!,
      );
      item.statements = statements.map((s) => s.key);
      item.roleTitles = roles;
      for (const key of item.statements) relationKeys.add(key);
    }
  }
  const relations = relationRecords(state, relationKeys);

  return {
    state,
    entities: [...made.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    replacedIds,
    relations,
    relationKeys,
    ...corpusWide(state, order, after),
  };
}

/** Resolve a whole corpus into a state (and its result). */
export function resolutionOf(documents: readonly ChangedDocument[]): ResolvedChange {
  const resolved = resolveChanges(emptyResolutionState(), { add: documents });
  if (resolved === undefined) throw new Error('resolutionOf: an empty state has no acronyms to change');
  return resolved;
}

/** Every entity and relation of a state, as resolveCorpus gives them (the evidence of mentions left out). */
export function stateCorpus(state: ResolutionState): Pick<ResolvedChange, 'entities' | 'relations'> {
  const order = sortedIds(state.documents.keys());
  const members = unitMembers(state, order, new Set(state.units.keys()), new Map());
  const replay = replayMembers(state, members(), variantTypes(order.map((id) => state.documents.get(id)!)), new Map());
  return {
    entities: [...replay.made.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations: relationRecords(state, undefined),
  };
}

function sortedIds(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function definitions(lists: Iterable<readonly ReturnType<typeof itemDefinitions>[number][]>): Map<string, AcronymDefinition> {
  const defined = new Map<string, AcronymDefinition>();
  for (const list of lists) for (const d of list) addDefinition(defined, d);
  return defined;
}

function stateEntity(e: ItemExtraction['entities'][number]): StateEntity {
  const kept: StateEntity = { type: e.type, name: e.name, aliases: e.aliases, count: e.mentions.length };
  if (e.aliasRules !== undefined) kept.aliasRules = e.aliasRules;
  if (e.known !== undefined) kept.known = e.known;
  if (e.acronym !== undefined) kept.acronym = e.acronym;
  if (e.kind !== undefined) kept.kind = e.kind;
  if (e.year !== undefined) kept.year = e.year;
  return kept;
}

/** The non-person types in the order they first appear in the corpus: the order of the variant pass. */
function variantTypes(documents: readonly StateDocument[]): EntityType[] {
  const order: EntityType[] = [];
  for (const doc of documents)
    for (const item of doc.items)
      for (const e of item.entities) {
        if (e.type === 'Person' || order.includes(e.type)) continue;
        order.push(e.type);
        if (order.length === 3) return order;
      }
  return order;
}

interface Member {
  item: StateItem;
  k: number;
  position: Position;
  itemId: string;
}

/** The item entities of the documents added and of the units given, in corpus order (units may grow between calls). */
function unitMembers(state: ResolutionState, order: readonly string[], units: ReadonlySet<number>, added: ReadonlyMap<string, unknown>): () => Member[] {
  return () => {
    const members: Member[] = [];
    for (const id of order) {
      const doc = state.documents.get(id)!;
      const whole = added.has(id);
      doc.items.forEach((item, x) => {
        const itemId = `${id}#${item.item}`;
        item.entities.forEach((_, k) => {
          if (whole || units.has(item.units[k]!)) members.push({ item, k, position: { document: id, item: x, entity: k }, itemId });
        });
      });
    }
    return members;
  };
}

interface Replay {
  nodes: (EntityNode & { keys: string[] })[];
  at: Member[];
  clusters: number[][];
  made: ReturnType<typeof canonicalEntities>;
}

function replayMembers(_state: ResolutionState, members: Member[], typeOrder: readonly EntityType[], evidence: ReadonlyMap<StateItem, string[][]>): Replay {
  const nodes = members.map(({ item, k, itemId }) => {
    const e = item.entities[k]!;
    return { type: e.type, entity: e, item: itemId, count: e.count, keys: joinKeys({ type: e.type, entity: e }) };
  });
  const { clusters, ruleOf } = joinEntities(nodes, typeOrder);
  const made = canonicalEntities(nodes, clusters, ruleOf, (i) => {
    const { item, k } = members[i]!;
    return evidence.get(item)?.[k] ?? [];
  });
  return { nodes, at: members, clusters, made };
}

/** Groups of nodes joined by a shared join key or a shared entity id. */
function unitsOf(nodes: readonly { keys: string[] }[], idOf: readonly string[]): number[][] {
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const first = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else {
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  };
  nodes.forEach((n, i) => {
    for (const key of n.keys) link(key, i);
    link(`id|${idOf[i]}`, i);
  });
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** The records of the relations of these keys (all: undefined) that some item states, sorted by key. */
function relationRecords(state: ResolutionState, keys: ReadonlySet<string> | undefined): Relation[] {
  const records = new RelationRecords();
  if (keys?.size === 0) return [];
  const wanted = (key: string) => keys === undefined || keys.has(key);
  for (const id of sortedIds(state.documents.keys())) {
    const doc = state.documents.get(id)!;
    for (const item of doc.items) {
      if (!item.statements.some(wanted)) continue;
      const { statements } = itemStatements(
        { entities: item.entities, relations: item.relations.map((r) => ({ ...r, evidence: { sentence: r.evidence } })), roles: [] },
        (k) => state.nameOf.get(item.ids[k]!)!,
      );
      records.add(
        `${id}#${item.item}`,
        statements.filter((s) => wanted(s.key)),
      );
    }
  }
  return records.sortedRelations();
}

/** Roles, merge log, item entity ids and acronyms of the whole corpus, from the state. */
function corpusWide(
  state: ResolutionState,
  order: readonly string[],
  defined: ReadonlyMap<string, AcronymDefinition>,
): Pick<ResolvedChange, 'roles' | 'mergeLog' | 'itemEntities' | 'acronyms'> {
  const roles = new Map<string, Role>();
  const itemEntities: ItemEntities[] = [];
  const acronyms: AcronymDocuments = { defined: new Map(), attached: new Map(), signatures: new Map() };
  for (const [a, d] of defined) acronyms.signatures.set(a, definitionSignature(d));
  for (const id of order) {
    const doc = state.documents.get(id)!;
    for (const d of doc.definitions) {
      const list = acronyms.defined.get(id);
      if (list === undefined) acronyms.defined.set(id, [d.acronym]);
      else if (!list.includes(d.acronym)) list.push(d.acronym);
    }
    for (const item of doc.items) {
      for (const [rid, title] of item.roleTitles) if (!roles.has(rid)) roles.set(rid, { id: rid, title });
      itemEntities.push({ documentId: id, item: item.item, ids: item.ids });
      for (const c of item.candidates) {
        const d = defined.get(c);
        if (!d || d.names.size !== 1) continue;
        const list = acronyms.attached.get(c);
        if (list === undefined) acronyms.attached.set(c, [id]);
        else if (!list.includes(id)) list.push(id);
      }
    }
  }
  const logs = [...state.units.values()].flatMap((u) => u.logs).sort((a, b) => comparePositions(a.at, b.at));
  return {
    roles: [...roles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    mergeLog: logs.flatMap((l) => l.entries),
    itemEntities,
    acronyms,
  };
}

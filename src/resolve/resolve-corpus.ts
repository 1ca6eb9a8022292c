// Resolution across the corpus: item entities that name the same thing become one canonical
// entity (same name up to case and punctuation, a shared acronym or written variant, the same
// lexicon entry), with a stable id, every form as an alias, and each merge logged with its rule.

import { elementAt } from '../errors.js';
import type { Document } from '../ingest/types.js';
import type { EntityType, ItemEntity, ItemExtraction } from '../extract/types.js';
import type { AcronymDocuments, ItemEntities, ResolvedCorpus } from './types.js';
import { canonicalEntities, type EntityNode, uniqueEntries } from './canonical-entities.js';
import { itemStatements, RelationRecords } from './item-relations.js';
import { joinEntities } from './join-entities.js';
import { nameKey } from './name-key.js';

/** What an acronym stands for across the corpus: the first definition's type and lexicon entry, and every name it is defined as. */
export interface AcronymDefinition {
  type: EntityType;
  known?: string;
  names: Set<string>;
}

/** The acronyms an item defines (aliases with the rule `acronym-defined` or `acronym-known`), each with what it names, in order. */
export function itemDefinitions(x: Pick<ItemExtraction, 'entities'>): { acronym: string; type: EntityType; known?: string; name: string }[] {
  const found: { acronym: string; type: EntityType; known?: string; name: string }[] = [];
  for (const e of x.entities)
    for (const [alias, rule] of Object.entries(e.aliasRules ?? {})) {
      if (rule !== 'acronym-defined' && rule !== 'acronym-known') continue;
      const d: { acronym: string; type: EntityType; known?: string; name: string } = { acronym: alias, type: e.type, name: e.known ?? nameKey(e.name) };
      if (e.known) d.known = e.known;
      found.push(d);
    }
  return found;
}

/** Add a definition (in corpus order) to the acronyms of a corpus. */
export function addDefinition(defined: Map<string, AcronymDefinition>, d: { acronym: string; type: EntityType; known?: string; name: string }): void {
  let held = defined.get(d.acronym);
  if (held === undefined) {
    held = { type: d.type, names: new Set() };
    if (d.known) held.known = d.known;
    defined.set(d.acronym, held);
  }
  held.names.add(d.name);
}

/** What an item using an acronym alone gains from its definitions: as JSON text, equal when it gains the same. */
export function definitionSignature(d: AcronymDefinition): string {
  return JSON.stringify([d.type, d.known ?? null, [...d.names].sort()]);
}

/** The acronyms an item uses alone and names nowhere itself: those it can gain an entity for. */
export function acronymCandidates(x: Pick<ItemExtraction, 'entities' | 'acronymsUsed'>): NonNullable<ItemExtraction['acronymsUsed']> {
  return (x.acronymsUsed ?? []).filter((u) => !x.entities.some((e) => e.name === u.acronym || e.aliases.includes(u.acronym)));
}

/** The entity an acronym used alone gains (when it stands for one name), or undefined. */
export function attachedEntity(u: NonNullable<ItemExtraction['acronymsUsed']>[number], d: AcronymDefinition | undefined): ItemEntity | undefined {
  if (!d || d.names.size !== 1) return undefined;
  const entity: ItemEntity = { type: d.type, name: u.acronym, aliases: [], mentions: u.mentions.map((m) => ({ ...m, type: d.type })) };
  if (d.known) entity.known = d.known;
  return entity;
}

/**
 * "ACS" used alone in one document, defined as "Association of Convenience Stores (ACS)" in
 * another: the item gains the entity, named by the acronym. Ambiguous acronyms stay unattached.
 */
function attachAcronyms(extractions: ItemExtraction[], acronyms: AcronymDocuments): ItemExtraction[] {
  const defined = new Map<string, AcronymDefinition>();
  for (const x of extractions)
    for (const d of itemDefinitions(x)) {
      addDefinition(defined, d);
      appendOnce(acronyms.defined, x.documentId, d.acronym);
    }
  for (const [alias, d] of defined) acronyms.signatures.set(alias, definitionSignature(d));
  return extractions.map((x) => {
    if (!x.acronymsUsed?.length) return x;
    const added: ItemEntity[] = [];
    for (const u of acronymCandidates(x)) {
      const entity = attachedEntity(u, defined.get(u.acronym));
      if (!entity) continue;
      added.push(entity);
      appendOnce(acronyms.attached, u.acronym, x.documentId);
    }
    return added.length > 0 ? { ...x, entities: [...x.entities, ...added] } : x;
  });
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
  const nodes: (EntityNode & { sentences: ItemExtraction['sentences']; mentions: ItemEntity['mentions'] })[] = [];
  for (const x of extractions) {
    // One item id string per extraction, shared by its nodes and so by their entity mentions.
    const item = `${x.documentId}#${x.item}`;
    for (const e of x.entities) nodes.push({ type: e.type, entity: e, item, count: e.mentions.length, sentences: x.sentences, mentions: e.mentions });
  }
  const { clusters, ruleOf } = joinEntities(nodes);
  const made = canonicalEntities(nodes, clusters, ruleOf, (i) => {
    const n = elementAt(nodes, i);
    // No sentences: an extraction read for resolution only (its evidence is not asked for).
    return n.sentences.length === 0 ? [] : [...new Set(n.mentions.map((m) => n.sentences[m.sentence]?.text ?? '').filter(Boolean))];
  });
  const { canonicalOf, idOf } = made;

  // items rewritten with canonical names
  // Nodes were made in this very order (extractions, then their entities): the k-th entity met is node k.
  let node = 0;
  const records = new RelationRecords();
  const itemEntities: ItemEntities[] = [];
  const items: ItemExtraction[] = [];
  for (const x of extractions) {
    const first = node;
    node += x.entities.length;
    itemEntities.push({ documentId: x.documentId, item: x.item, ids: x.entities.map((_, k) => elementAt(idOf, first + k)) });
    const { statements, roles } = itemStatements(x, (k) => elementAt(canonicalOf, first + k));
    records.add(`${x.documentId}#${x.item}`, statements, roles);
    if (options.items === false) continue;
    const rename = new Map(x.entities.map((e, k) => [e.name, elementAt(canonicalOf, first + k)] as const));
    const renamed = (name: string) => rename.get(name) ?? name;
    const rels = x.relations.map((r) => ({ ...r, source: renamed(r.source), target: r.type === 'HOLDS_ROLE' ? r.target : renamed(r.target) }));
    const ents = x.entities.map((e, k) => {
      const canonical = elementAt(canonicalOf, first + k);
      const aliases = [...new Set([e.name, ...e.aliases])].filter((a) => a !== canonical);
      return e.name === canonical ? { ...e, aliases } : { ...e, name: canonical, aliases, itemName: e.name };
    });
    items.push({ ...x, entities: ents, relations: rels });
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents,
    items,
    entities: [...made.entities.values()].sort(byId),
    roles: [...records.roles.values()].sort(byId),
    // The map's keys are `type|source|target`: sorted once, not made again at every comparison.
    relations: records.sortedRelations(),
    mergeLog: uniqueEntries(made.logs.flat()),
    itemEntities,
    acronyms,
  };
}

/** Append a value once (lists stay short: a document's acronyms, an acronym's documents). */
function appendOnce(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

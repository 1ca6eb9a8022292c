// The relations and roles one item states, between canonical ids once its entities are resolved,
// and the relation records of a corpus gathered from them in corpus order.

import type { EntityType, ItemRelation } from '../extract/types.js';
import { entityId, roleId } from './entity-id.js';
import type { Relation, Role } from './types.js';

/** One relation an item states, resolved: its key `type|source|target`, and what its record keeps. */
export interface Statement {
  key: string;
  type: ItemRelation['type'];
  source: string;
  target: string;
  role?: string;
  evidence: string;
}

/** What resolving an item's relations reads of it. */
export interface StatingItem {
  /** Its entities' names and types, in order (entities attached by acronym included). */
  entities: readonly { name: string; type: EntityType }[];
  relations: readonly (Pick<ItemRelation, 'type' | 'source' | 'target' | 'role'> & { evidence: { sentence: string } })[];
  roles: readonly string[];
}

/**
 * The statements of an item whose k-th entity resolved to the entity named `canonicalOf(k)`, and
 * the roles it names (HOLDS_ROLE targets, then the item's roles; each as [id, title], in order).
 */
export function itemStatements(x: StatingItem, canonicalOf: (k: number) => string): { statements: Statement[]; roles: [string, string][] } {
  const rename = new Map<string, string>();
  const typeOf = new Map<string, EntityType>();
  x.entities.forEach((e, k) => {
    const canonical = canonicalOf(k);
    rename.set(e.name, canonical);
    typeOf.set(canonical, e.type);
  });
  const renamed = (name: string) => rename.get(name) ?? name;
  const statements: Statement[] = [];
  const roles: [string, string][] = [];
  for (const r of x.relations) {
    const sourceName = renamed(r.source);
    const targetName = r.type === 'HOLDS_ROLE' ? r.target : renamed(r.target);
    const sType = typeOf.get(sourceName);
    if (!sType) continue;
    const source = entityId(sType, sourceName);
    let target: string;
    if (r.type === 'HOLDS_ROLE') {
      target = roleId(targetName);
      roles.push([target, targetName]);
    } else {
      const tType = typeOf.get(targetName);
      if (!tType) continue;
      target = entityId(tType, targetName);
    }
    const statement: Statement = { key: `${r.type}|${source}|${target}`, type: r.type, source, target, evidence: r.evidence.sentence };
    if (r.role) statement.role = r.role;
    statements.push(statement);
  }
  for (const t of x.roles) roles.push([roleId(t), t]);
  return { statements, roles };
}

/** Relation records and roles gathered from items' statements, given in corpus order. */
export class RelationRecords {
  readonly relations = new Map<string, Relation>();
  readonly roles = new Map<string, Role>();
  // Sets beside the lists: a relation stated in every newsletter made `includes` quadratic.
  private readonly seenOf = new Map<Relation, { items: Set<string>; evidence: Set<string> }>();

  add(itemId: string, statements: readonly Statement[], roles: readonly (readonly [string, string])[] = []): void {
    for (const s of statements) {
      let rel = this.relations.get(s.key);
      if (!rel) this.relations.set(s.key, (rel = { type: s.type, source: s.source, target: s.target, items: [], evidence: [] }));
      if (s.role && !rel.role) rel.role = s.role;
      let seen = this.seenOf.get(rel);
      if (!seen) this.seenOf.set(rel, (seen = { items: new Set(), evidence: new Set() }));
      if (!seen.items.has(itemId)) {
        seen.items.add(itemId);
        rel.items.push(itemId);
      }
      if (!seen.evidence.has(s.evidence)) {
        seen.evidence.add(s.evidence);
        rel.evidence.push(s.evidence);
      }
    }
    for (const [id, title] of roles) if (!this.roles.has(id)) this.roles.set(id, { id, title });
  }

  /** The relations sorted by key. */
  sortedRelations(): Relation[] {
    return [...this.relations.keys()].sort((a, b) => (a < b ? -1 : 1)).map((key) => this.relations.get(key)!);
  }
}

// The plain data that resolution produces: one canonical entity per real-world entity across
// the corpus, relations between canonical ids, and a log of every merge (with its check when read back).

import type { Document } from '../ingest/types.js';
import { ENTITY_TYPES, type EntityType, type ItemExtraction, type RelationType } from '../extract/types.js';

/** How often and where an entity is mentioned in one item. */
export interface EntityMention {
  /** Item id `<documentId>#<number>`. */
  item: string;
  count: number;
  /** Sentences that mention it (deduplicated, in text order). */
  evidence: string[];
}

/** A canonical entity: stable id from type and canonical name. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** Every other form seen across the corpus, sorted. */
  aliases: string[];
  mentionCount: number;
  mentions: EntityMention[];
  acronym?: string;
  kind?: string;
  year?: number;
}

/** An office held by a person (`Home Secretary`). */
export interface Role {
  id: string;
  title: string;
}

/** A typed relation between canonical ids, with all the items and sentences that state it. */
export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  role?: string;
  items: string[];
  evidence: string[];
}

/** One merge decision: which rule joined which name into which canonical entity. */
export interface MergeLogEntry {
  rule: string;
  type: EntityType;
  /** The canonical name kept. */
  into: string;
  /** The name that was merged into it. */
  name: string;
  /** Item where the merge was decided, when the rule is item-local. */
  item?: string;
}

// A merge log read back from JSON (a snapshot's merge-log.json, a --merge-log file) is checked
// entry by entry here, beside its type, so that loading a snapshot need not load the stage.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a parsed JSON value is a merge log entry. */
export function isMergeLogEntry(value: unknown): value is MergeLogEntry {
  if (!isRecord(value)) return false;
  const { rule, type, into, name, item } = value;
  return (
    typeof rule === 'string' &&
    ENTITY_TYPES.some((t) => t === type) &&
    typeof into === 'string' &&
    typeof name === 'string' &&
    (item === undefined || typeof item === 'string')
  );
}

/** The entries of a parsed JSON list, or undefined when it is not a list of merge log entries. */
export function mergeLogEntries(value: unknown): MergeLogEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: MergeLogEntry[] = [];
  for (const entry of value) {
    if (!isMergeLogEntry(entry)) return undefined;
    entries.push(entry);
  }
  return entries;
}

/** The corpus after extraction and resolution: the input to the graph stage. */
export interface ResolvedCorpus {
  documents: Document[];
  /** Per-item extraction with names rewritten to canonical names. */
  items: ItemExtraction[];
  entities: Entity[];
  roles: Role[];
  relations: Relation[];
  mergeLog: MergeLogEntry[];
  /**
   * For each item (in the order of `items`), the id of the canonical entity each of its entities
   * joined, in order (set by `resolveCorpus`): what its MENTIONED_IN relationships are keyed by.
   */
  itemEntities?: ItemEntities[];
  /** Where acronyms were defined and attached (set by `resolveCorpus`). */
  acronyms?: AcronymDocuments;
}

/**
 * The one step of resolution that reaches across documents before entities are joined: an
 * acronym used alone in one document gains the entity it is defined as in another. An
 * incremental build reads this to tell when a changed document can change the entities of
 * documents that did not change.
 */
export interface AcronymDocuments {
  /** Document id -> the acronyms its items define (aliases with the rule `acronym-defined` or `acronym-known`). */
  defined: Map<string, string[]>;
  /** Acronym -> the documents where an item using it alone gained the entity it names. */
  attached: Map<string, string[]>;
  /**
   * Acronym -> what an item using it alone gains: the first definition's type and lexicon entry,
   * and every name it is defined as (more than one: nothing is attached), as JSON text.
   */
  signatures: Map<string, string>;
}

/** The canonical entity ids of one item's entities, in order. */
export interface ItemEntities {
  documentId: string;
  item: string;
  ids: string[];
}

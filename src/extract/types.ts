// The plain data that extraction produces for one item: mentions grouped into item-level
// entities, role titles, and relations, each relation with the sentence that states it.

export const ENTITY_TYPES = ['Person', 'Body', 'Act', 'Programme'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['AFFILIATED_WITH', 'HOLDS_ROLE', 'LEADS', 'AMENDS', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where a fact was read: the item, the sentence, and its character span in the source file. */
export interface Evidence {
  /** `<document id>#<item number>` */
  item: string;
  sentence: string;
  /** Offsets of the sentence in the decoded source file. */
  start: number;
  end: number;
}

/** One occurrence of a name in the text. */
export interface Mention {
  type: EntityType | 'Role';
  /** The surface form as written (`the College`, `HMIC`, `Dame Clare Tickell`). */
  text: string;
  /** Offsets of `text` in the decoded source file. */
  start: number;
  end: number;
  /** Index of the sentence in the item (for evidence). */
  sentence: number;
  /** The entity rule that typed this mention (`known-name`, `name-shape`, `person-by-cue`, …). */
  rule?: string;
}

/** An entity as named within one item: the fullest name, its other forms, and its mentions. */
export interface ItemEntity {
  type: EntityType;
  /** Fullest form in the item, cleaned of `the`, honorifics and possessives. */
  name: string;
  /** Other forms the item uses for it: acronyms, short forms, variants. */
  aliases: string[];
  mentions: Mention[];
  /** Body: acronym where known. */
  acronym?: string;
  /** Act: kind (`Act`, `Bill`, `Regulations`, `Order`, …) and year where known. */
  kind?: string;
  year?: number;
  /** Canonical name from the domain lexicon, when the entity is a known one. */
  known?: string;
  /** For each alias, the rule that joined it to the name (`acronym-defined`, `short-form`, …). */
  aliasRules?: Record<string, string>;
  /** The entity rule that gave the entity its type: the rule of its first typed mention (see `ENTITY_RULE_NAMES`). */
  typeRule?: string;
  /** After resolution, when `name` is the corpus canonical name: the fullest form this item wrote. */
  itemName?: string;
}

/** A relation stated in one item; ends are named by the item entity's `name` (or a role title). */
export interface ItemRelation {
  type: RelationType;
  source: string;
  target: string;
  /** AFFILIATED_WITH: the stated title (`Chief Constable`). */
  role?: string;
  evidence: Evidence;
  /** The name of the relation rule that read it (`title-in-name`, `amending-verb`, …). */
  rule?: string;
}

/** How to run extraction: rules can be switched off by name, to see what each one gives. */
export interface ExtractOptions {
  /** Names of relation and entity rules not to apply (see `RELATION_RULE_NAMES`, `ENTITY_RULE_NAMES`). */
  disabledRules?: Iterable<string>;
}

/** Everything extraction found in one item. */
export interface ItemExtraction {
  /** Document id and item number, together the item's id `<documentId>#<item>`. */
  documentId: string;
  item: string;
  title: string;
  entities: ItemEntity[];
  /** Role titles held by people in this item (`Home Secretary`). */
  roles: string[];
  relations: ItemRelation[];
  /**
   * Acronyms the item uses alone without the document defining them or the lexicon knowing
   * them (`ACS`); resolution joins them to an entity whose acronym is defined elsewhere.
   */
  acronymsUsed?: { acronym: string; mentions: Omit<Mention, 'type'>[] }[];
  /** Sentences of the item with their offsets, so evidence can be looked up by index. */
  sentences: { text: string; start: number; end: number }[];
}

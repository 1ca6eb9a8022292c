// The contract every relation rule follows, and the sentence view they all read: the
// sentence's tokens, lower-cased words and ordered references (entities, offices, unknown names).

import type { Token } from '../../nlp.js';
import type { RelationType } from '../../types.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import type { SentenceAnalysis } from '../../internal/sentence-mentions.js';

/** A relation as a rule reads it, before entity groups are turned into names. */
export interface RawRelation {
  type: RelationType;
  source: Group;
  target: Group | string;
  role?: string;
  /** The name of the rule that read it. */
  rule: string;
  /**
   * Set when an office is the agent ("The Home Secretary launched …"): the relation holds for the one
   * person the item gives that office, found when the whole item is read; `source` is then a stand-in.
   */
  office?: string;
}

/** What earlier sentences of the item leave for this one: the legislation and programme in focus. */
export interface ItemFocus {
  act?: Group;
  /** The first Act or Bill the item named: the one its numbered parts belong to ("Part 6 would amend …"). */
  firstAct?: Group;
  programme?: Group;
  /** Programmes the item has named, the latest first, for "the operation" in a later sentence. */
  programmes?: Group[];
  /** The body the previous sentence was about, for "its chief executive". */
  body?: Group;
  /** Bodies the item has named, the latest first, for "the force" in a later sentence. */
  bodies?: Group[];
  /** The last person named in full, for "He", "Mr Marshall" in a later sentence. */
  person?: Group;
  /** People named in full so far, the latest first. */
  people?: Group[];
  /** The gender a person's first name or honorific shows, for `he`/`she`. */
  genders?: Map<Group, 'm' | 'f'>;
  /**
   * Who launched or developed "a new programme" not yet named: the next programme the item
   * names is theirs ("The Cabinet Office has awarded Mind funding to develop a major new programme …
   * The Blue Light programme will launch in February").
   */
  pendingAgents?: Group[];
  /** The noun that announced it (`programme`, `initiatives`). */
  pendingNoun?: string;
  /** The body whose members the lines after "the following Board members:" or "Members present:" name. */
  memberList?: Group;
  /** The whole whose parts the lines after "… is split into two funds:" name, and whether only unit-headed parts count. */
  partList?: { whole: Group; composition: boolean };
  /** The person last told of by a saying verb (`Jane Smith said:`), for `my role as …` in a quote. */
  speaker?: Group;
  /** The body that writes the item in the first person ("HMICFRS has published our findings"), for `our`/`we`. */
  writer?: Group;
}

/** One sentence as the rules read it. */
export interface SentenceView {
  analysis: SentenceAnalysis;
  tokens: Token[];
  /** Lower-cased words, one per token. */
  words: string[];
  refs: Ref[];
  focus: ItemFocus;
  /** Source text by file offsets. */
  cut: (start: number, end: number) => string;
  /** Offices already given to a person by an earlier rule, so no later rule gives them again. */
  holders: Set<Ref>;
  /** Persons an earlier rule gave an office in this sentence. */
  held: Set<Group>;
}

/** Where a rule puts what it reads; the runner stamps each relation with the rule's name. */
export interface Emit {
  relation(type: RelationType, source: Group, target: Group | string, role?: string): void;
  /** A relation whose source is the person holding `office` in the item (`The Home Secretary launched …`). */
  byOffice(type: RelationType, office: string, target: Group): void;
  /**
   * HOLDS_ROLE for each office the title holds, and AFFILIATED_WITH the body (with the title as
   * role) when there is one. `before`: the word written right before the title ("Lord").
   */
  holds(person: Group, role: string, body?: Group, before?: string): void;
}

export type EntityRef = Ref & { group: Group };

/** A rule read once for each person named in full in the sentence. */
export interface PersonRule {
  name: string;
  scope: 'person';
  apply(s: SentenceView, person: EntityRef, index: number, emit: Emit): void;
}

/** A rule read once over the whole sentence. */
export interface SentenceRule {
  name: string;
  scope: 'sentence';
  /** Read even where the sentence names nothing ("Members present:" opens a list on the lines after it). */
  everySentence?: boolean;
  apply(s: SentenceView, emit: Emit): void;
}

export type RelationRule = PersonRule | SentenceRule;

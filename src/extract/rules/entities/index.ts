// The entity rules, in the order they are tried. Chunk rules read a run of capitalised words;
// the first that applies decides what it names. Sentence rules (lower-case names, quoted titles,
// typing nouns, …) are applied by internal/sentence-mentions.ts, each from its own module.

import type { ChunkRule } from './rule.js';
import { headingBeforeNameRule } from './heading-before-name.js';
import { honorificInsideRule } from './honorific-inside.js';
import { monarchNameRule } from './monarch-name.js';
import { peerTitleRule } from './peer-title.js';
import { knownNameRule } from './known-name.js';
import { contactUnitRule } from './contact-unit.js';
import { genericCommitteeRule } from './generic-committee.js';
import { partyGovernmentRule } from './party-government.js';
import { personThenOfficeRule } from './person-then-office.js';
import { shortFormOfficeRule } from './short-form-office.js';
import { publicationNameRule } from './publication-name.js';
import { membersOfRule } from './members-of.js';
import { bodyWithRegionRule } from './body-with-region.js';
import { sharedHeadRule } from './shared-head.js';
import { possessiveProgrammeRule } from './possessive-programme.js';
import { possessiveOwnerRule } from './possessive-owner.js';
import { headlineVerbRule } from './headline-verb.js';
import { officeToNameRule } from './office-to-name.js';
import { titledSurnameRule } from './titled-surname.js';
import { bareAcronymRule } from './bare-acronym.js';
import { acronymWithYearRule } from './acronym-with-year.js';
import { personNameRule } from './person-name.js';
import { namesJoinedByAndRule } from './names-joined-by-and.js';
import { titledPairRule } from './titled-pair.js';
import { initialsNameRule } from './initials-name.js';
import { officeThenPersonRule } from './office-then-person.js';
import { officeThenSurnameRule } from './office-then-surname.js';
import { officeOfBodyThenPersonRule } from './office-of-body-then-person.js';
import { personOfBodyRule } from './person-of-body.js';
import { officeOfBodyRule } from './office-of-body.js';
import { genericLegislationRule } from './generic-legislation.js';
import { awardTitleRule } from './award-title.js';
import { insideQuotedTitleRule } from './inside-quoted-title.js';
import { serviceLineRule } from './service-line.js';
import { nameShapeRule } from './name-shape.js';
import { actJurisdictionRule } from './act-jurisdiction.js';
import { boardForNameRule } from './board-for-name.js';
import { unitOfKnownBodyRule } from './unit-of-known-body.js';
import { descriptorThenPersonRule } from './descriptor-then-person.js';
import { knownInsideRule } from './known-inside.js';

export type { ChunkRule, ChunkSpan, Classify } from './rule.js';
export { ruleOn } from './rule.js';

export const CHUNK_RULES: readonly ChunkRule[] = [
  headingBeforeNameRule,
  monarchNameRule,
  peerTitleRule,
  partyGovernmentRule,
  genericCommitteeRule,
  knownNameRule,
  contactUnitRule,
  publicationNameRule,
  membersOfRule,
  shortFormOfficeRule,
  bodyWithRegionRule,
  sharedHeadRule,
  headlineVerbRule,
  officeToNameRule,
  possessiveOwnerRule,
  possessiveProgrammeRule,
  titledSurnameRule,
  bareAcronymRule,
  acronymWithYearRule,
  personNameRule,
  initialsNameRule,
  personThenOfficeRule,
  titledPairRule,
  namesJoinedByAndRule,
  honorificInsideRule,
  officeOfBodyThenPersonRule,
  officeThenPersonRule,
  officeThenSurnameRule,
  personOfBodyRule,
  officeOfBodyRule,
  genericLegislationRule,
  awardTitleRule,
  insideQuotedTitleRule,
  serviceLineRule,
  unitOfKnownBodyRule,
  actJurisdictionRule,
  boardForNameRule,
  nameShapeRule,
  descriptorThenPersonRule,
  knownInsideRule,
];

/** Rules that act on a whole sentence, named here so they can be switched off like the others. */
export const SENTENCE_ENTITY_RULE_NAMES = [
  'repeated-act-head',
  'quoted-title',
  'lowercase-known-act',
  'lowercase-known-name',
  'hashtag-campaign',
  'force-place-lowercase',
  'lowercase-head',
  'typing-noun',
  'person-by-cue',
  'name-across-commas',
  'listed-between-bodies',
  'listed-between-people',
  'name-before-acronym',
  'lowercase-national-unit',
  'acronym-after-the',
  'slash-list-place',
  'listed-with-places',
  'speaker-in-capitals',
  'inverted-member-name',
  'body-before-office',
  'year-before-act',
  'gazetteer-net',
  'listed-after-kind',
  'year-act-reference',
  'bill-becomes-act',
  'programme-year',
  'agent-clause',
  'named-by-verb',
  'acronym-inside-name',
  'op-prefix',
  'eponymous-law',
  'seat-in-brackets',
] as const;

export const ENTITY_RULE_NAMES: readonly string[] = [...CHUNK_RULES.map((r) => r.name), ...SENTENCE_ENTITY_RULE_NAMES];

// The relation rules, in the order they are applied, and the runner that reads one sentence
// with them. Each rule is its own module with its own name; a rule can be switched off alone.
// Person rules run for each person named in full, in text order, before the sentence rules;
// when two rules read the same relation, the first one's name and role are kept.

import { wordOf } from '../../internal/words.js';
import type { Ref } from '../../internal/item-entities.js';
import type { SentenceAnalysis } from '../../internal/sentence-mentions.js';
import { isEntity, lower, officesIn } from './refs.js';
import { coreTitle } from './core-title.js';
import { lexiconKey, lookupAcronym, lookupName, officeHeads } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import type { Emit, ItemFocus, RawRelation, RelationRule, SentenceView } from './rule.js';
import { withDescribedProgrammes } from './described-programme.js';
import { withFirstNames } from './first-name.js';
import { titleInNameRule } from './title-in-name.js';
import { postNominalRoleRule } from './post-nominal-role.js';
import { nameOfBodyRule } from './name-of-body.js';
import { nameFromBodyRule } from './name-from-body.js';
import { titleBeforeRule } from './title-before.js';
import { titleInBracketsRule } from './title-in-brackets.js';
import { speakerOfficeRule } from './speaker-office.js';
import { appositionStatutoryOfficeRule } from './apposition-statutory-office.js';
import { appositionTitleRule } from './apposition-title.js';
import { passiveLeadRule } from './passive-lead.js';
import { leadVerbRule } from './lead-verb.js';
import { announcedProgrammeRule } from './announced-programme.js';
import { programmeSetUpByRule } from './programme-set-up-by.js';
import { workOfOnRule } from './work-of-on.js';
import { whoClauseRule } from './who-clause.js';
import { itsProgrammeRule } from './its-programme.js';
import { programmeOfBodyNounRule } from './programme-of-body-noun.js';
import { programmeOfAgentsRule } from './programme-of-agents.js';
import { fundingFromRule } from './funding-from.js';
import { headOfProgrammeRule } from './head-of-programme.js';
import { programmeComponentRule } from './programme-component.js';
import { programmeUnderActRule } from './programme-under-act.js';
import { possessiveRule } from './possessive.js';
import { possessiveAppositionRule } from './possessive-apposition.js';
import { descriptionPossessiveRule } from './description-possessive.js';
import { andItsUnitRule } from './and-its-unit.js';
import { nestedKnownNameRule } from './nested-known-name.js';
import { withinPartOfRule } from './within-part-of.js';
import { unitAtBodyRule } from './unit-at-body.js';
import { wholeHasPartsRule } from './whole-has-parts.js';
import { partsListedRule } from './parts-listed.js';
import { partJoinsWholeRule } from './part-joins-whole.js';
import { unitOfBodyNounRule } from './unit-of-body-noun.js';
import { firstPersonBodyRule } from './first-person-body.js';
import { amendingVerbRule } from './amending-verb.js';
import { copulaOfficeRule } from './copula-office.js';
import { asOfficeRule } from './as-office.js';
import { copulaPartOfRule } from './copula-part-of.js';
import { memberWordingRule } from './member-wording.js';
import { careerWordingRule } from './career-wording.js';
import { careerParticipleRule } from './career-participle.js';
import { memberForOfficeRule } from './member-for-office.js';
import { memberListRule } from './member-list.js';
import { chairsLineRule } from './chairs-line.js';
import { listedWithBodyRule } from './listed-with-body.js';
import { bothOfBodyRule } from './both-of-body.js';
import { officeBeforeNameRule } from './office-before-name.js';
import { officeLinkerRule } from './office-linker.js';

export type { ItemFocus, RawRelation, RelationRule } from './rule.js';

export const RELATION_RULES: readonly RelationRule[] = [
  titleInNameRule,
  postNominalRoleRule,
  nameOfBodyRule,
  nameFromBodyRule,
  speakerOfficeRule,
  titleBeforeRule,
  titleInBracketsRule,
  appositionStatutoryOfficeRule,
  appositionTitleRule,
  memberForOfficeRule,
  officeBeforeNameRule,
  passiveLeadRule,
  leadVerbRule,
  announcedProgrammeRule,
  programmeSetUpByRule,
  workOfOnRule,
  whoClauseRule,
  itsProgrammeRule,
  programmeOfBodyNounRule,
  programmeOfAgentsRule,
  fundingFromRule,
  headOfProgrammeRule,
  possessiveRule,
  possessiveAppositionRule,
  descriptionPossessiveRule,
  andItsUnitRule,
  nestedKnownNameRule,
  withinPartOfRule,
  unitAtBodyRule,
  wholeHasPartsRule,
  partsListedRule,
  partJoinsWholeRule,
  unitOfBodyNounRule,
  firstPersonBodyRule,
  amendingVerbRule,
  copulaOfficeRule,
  asOfficeRule,
  copulaPartOfRule,
  programmeComponentRule,
  programmeUnderActRule,
  memberWordingRule,
  careerWordingRule,
  careerParticipleRule,
  memberListRule,
  chairsLineRule,
  listedWithBodyRule,
  bothOfBodyRule,
  officeLinkerRule,
];

/** Descriptions of a named programme read as references to it (`the operation`); switched off by this name. */
export const DESCRIBED_PROGRAMME = 'described-programme';

/** A first name alone read as the one person of the item named in full with it (`Andrew led …`); switched off by this name. */
export const FIRST_NAME = 'first-name';

/** A shorter title that repeats an office the person holds in the item is dropped (`CC` beside `Chief Constable`); switched off by this name. */
export const REDUNDANT_TITLE = 'redundant-title';

export const RELATION_RULE_NAMES: readonly string[] = [...RELATION_RULES.map((r) => r.name), DESCRIBED_PROGRAMME, FIRST_NAME, REDUNDANT_TITLE];

/** The body a name written inside an office stands for: one the sentence or the item has named. */
function bodyNamed(s: SentenceView, name: string): Group | undefined {
  const entry = lookupName(name) ?? lookupAcronym(name);
  const keys = new Set([lexiconKey(name), ...(entry ? [entry.name, ...entry.acronyms, ...entry.variants].map(lexiconKey) : [])]);
  const groups = [...s.refs.flatMap((r) => (isEntity(r, 'Body') ? [r.group] : [])), ...(s.focus.bodies ?? [])];
  return groups.find((g) => g.forms.some((f) => keys.has(lexiconKey(f))));
}

function emitter(out: RawRelation[], rule: string, s: SentenceView): Emit {
  return {
    relation(type, source, target, role) {
      out.push(role === undefined ? { type, source, target, rule } : { type, source, target, role, rule });
    },
    byOffice(type, office, target) {
      out.push({ type, source: target, target, rule, office: coreTitle(office.replace(/^(the|a|an)\s+/i, '')).title });
    },
    holds(person, role, body, before) {
      // a date run on to a capitalised title ("Chief Constable of Kent Police in May") is no part of the office
      let r = role
        .replace(/^(the|a|an)\s+/i, '')
        .replace(
          /\s+(in|on|from|since|until)\s+(\d{1,2}\s+)?((January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{4})?|\d{4})$/,
          '',
        )
        // nor the nation it is held in ("Inspector of Fire & Rescue Authorities in England")
        .replace(/\s+in\s+(England and Wales|England|Wales|Scotland|Northern Ireland|the UK|the United Kingdom)$/, '')
        .trim();
      if (!r) return;
      // the core office: a body written before it is the person's body; the place served is dropped
      const core = coreTitle(r, (name) => bodyNamed(s, name) !== undefined);
      if (core.bodyName && !body) body = bodyNamed(s, core.bodyName);
      r = core.title;
      // "Chair of Durham Police Authority", read whole as a title: a body the item names after `of`/`at`
      // is the person's body, and the office its head ("Chair")
      const of = body ? null : /^(\S+(?:\s+\S+){0,3}?)\s+(?:of|at)\s+(?:the\s+)?(\S.*)$/.exec(r);
      const named = of && officeHeads.has(of[1]!.split(/\s+/).pop()!.toLowerCase()) ? bodyNamed(s, of[2]!) : undefined;
      if (named && named.type === 'Body') {
        body = named;
        r = of![1]!;
      }
      s.held.add(person);
      const offices = officesIn(r, before);
      // each of two offices is kept to its core too ("Chief Fire and Rescue Inspector for England")
      for (const office of offices) out.push({ type: 'HOLDS_ROLE', source: person, target: offices.length > 1 ? coreTitle(office).title : office, rule });
      if (core.written) out.push({ type: 'HOLDS_ROLE', source: person, target: core.written, rule });
      // a former office stays former in the affiliation's role
      const affRole = core.written && /^former\s/i.test(core.written) ? core.written : r;
      if (body && body.type === 'Body') out.push({ type: 'AFFILIATED_WITH', source: person, target: body, role: affRole, rule });
    },
  };
}

/**
 * Relations that one sentence states, read by every rule not in `disabled`.
 * `cut(start, end)` returns source text by file offsets.
 */
export function sentenceRelations(
  analysis: SentenceAnalysis,
  refs: Ref[],
  focus: ItemFocus,
  cut: (s: number, e: number) => string,
  disabled?: ReadonlySet<string>,
): RawRelation[] {
  const out: RawRelation[] = [];
  const tokens = analysis.sentence.tokens;
  const words = tokens.map((t) => lower(wordOf(t)));
  if (!disabled?.has(DESCRIBED_PROGRAMME)) refs = withDescribedProgrammes(tokens, words, refs, focus);
  if (!disabled?.has(FIRST_NAME)) refs = withFirstNames(tokens, refs, focus);
  // `he`/`she` is the latest person named whose first name or honorific does not say otherwise
  const pronoun = words.find((w) => w === 'he' || w === 'she');
  if (pronoun && focus.people && focus.genders) {
    const want = pronoun === 'he' ? 'm' : 'f';
    const person = focus.people.find((p) => (focus.genders!.get(p) ?? want) === want);
    if (person !== focus.person) focus = { ...focus, person };
  }
  const s: SentenceView = { analysis, tokens, words, refs, focus, cut, holders: new Set(), held: new Set() };
  let rules = disabled && disabled.size > 0 ? RELATION_RULES.filter((r) => !disabled.has(r.name)) : RELATION_RULES;
  // every other rule needs a named entity in the sentence, or a person named before for `he`/`she`
  if (!refs.some((r) => r.kind === 'entity') && !focus.person) rules = rules.filter((r) => r.scope === 'sentence' && r.everySentence);
  if (rules.length === 0) return out;
  const emits = new Map(rules.map((r) => [r.name, emitter(out, r.name, s)]));
  refs.forEach((ref, i) => {
    if (!isEntity(ref, 'Person') || ref.short) return;
    for (const rule of rules) if (rule.scope === 'person') rule.apply(s, ref, i, emits.get(rule.name)!);
  });
  for (const rule of rules) if (rule.scope === 'sentence') rule.apply(s, emits.get(rule.name)!);
  return out;
}

// The domain lexicon: known bodies and programmes, role titles and the head words that give
// names their shape, read once from the JSON data files beside this module.
import { normaliseName, LEXICON_RULES } from '../names/index.js';
import { readGazetteer, readHandEntries, readListRecord, readTextRecord, readTypeRecord, type Gazetteer } from './lexicon-data.js';

import bodies from './data/bodies.json' with { type: 'json' };
import programmes from './data/programmes.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import shapes from './data/name-shapes.json' with { type: 'json' };
import cues from './data/cues.json' with { type: 'json' };
import frames from './data/relation-frames.json' with { type: 'json' };
import policeForces from './data/gazetteers/police-forces.json' with { type: 'json' };
import pccOffices from './data/gazetteers/pcc-offices.json' with { type: 'json' };
import publicBodies from './data/gazetteers/public-bodies.json' with { type: 'json' };
import policingUnits from './data/gazetteers/policing-units.json' with { type: 'json' };
import policingProgrammes from './data/gazetteers/policing-programmes.json' with { type: 'json' };
import acts from './data/gazetteers/acts.json' with { type: 'json' };
import govukOrganisations from './data/gazetteers/govuk-organisations.json' with { type: 'json' };
import civilSociety from './data/gazetteers/civil-society.json' with { type: 'json' };
import devolvedBodies from './data/gazetteers/devolved-bodies.json' with { type: 'json' };
import proscribedOrganisations from './data/gazetteers/proscribed-organisations.json' with { type: 'json' };
import firstNames from './data/gazetteers/first-names.json' with { type: 'json' };
import places from './data/gazetteers/places.json' with { type: 'json' };
import officeAreasData from './data/gazetteers/office-areas.json' with { type: 'json' };

/** One entry of the domain lexicon, as the data files give it. */
export interface LexiconEntry {
  type: 'Body' | 'Programme';
  name: string;
  acronyms: string[];
  variants: string[];
  kind: string;
  /** Territorial forces: the place the force is named after (`Merseyside`). */
  place?: string;
}

/**
 * Keys already computed: the rules look the same few thousand words and spans up again and again
 * (every chunk, every candidate end), and the key is a pure function of the text. Emptied when it
 * grows large, so a long run's memory stays bounded.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** Lower-case word key used to look names up: words joined by one space, quotes and `'s` dropped. */
export function lexiconKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normaliseName(text, LEXICON_RULES);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

export type { Gazetteer } from './lexicon-data.js';

const forceGazetteer = readGazetteer('gazetteers/police-forces.json', policeForces);
/** The gazetteers by file name, for the checker (`npm run gazetteers:check`). */
export const gazetteers: Record<string, Gazetteer> = {
  'police-forces.json': forceGazetteer,
  'pcc-offices.json': readGazetteer('gazetteers/pcc-offices.json', pccOffices),
  'public-bodies.json': readGazetteer('gazetteers/public-bodies.json', publicBodies),
  'policing-units.json': readGazetteer('gazetteers/policing-units.json', policingUnits),
  'policing-programmes.json': readGazetteer('gazetteers/policing-programmes.json', policingProgrammes),
  'acts.json': readGazetteer('gazetteers/acts.json', acts),
  'govuk-organisations.json': readGazetteer('gazetteers/govuk-organisations.json', govukOrganisations),
  'civil-society.json': readGazetteer('gazetteers/civil-society.json', civilSociety),
  'devolved-bodies.json': readGazetteer('gazetteers/devolved-bodies.json', devolvedBodies),
  'proscribed-organisations.json': readGazetteer('gazetteers/proscribed-organisations.json', proscribedOrganisations),
};

/** The places territorial forces are named after (`Dorset`, `North Wales`). */
export const forcePlaces: ReadonlySet<string> = new Set(forceGazetteer.entries.flatMap((e) => (e.place ? [e.place] : [])));

/** Entries of the broad GOV.UK list: known when written as a name, not when two words are written in lower case (`the planning court`). */
const broadEntries = new Set<LexiconEntry>();
const entries: LexiconEntry[] = [
  ...readHandEntries('bodies.json', bodies).map((b) => ({ ...b, type: 'Body' as const })),
  ...readHandEntries('programmes.json', programmes).map((p) => ({ ...p, type: 'Programme' as const })),
  // the hand-made lexicon comes first: where a name is in both, its entry wins
  ...Object.values(gazetteers).flatMap((g) => {
    const type = g.type;
    return type === 'Act'
      ? []
      : g.entries.map((e) => {
          const entry: LexiconEntry = {
            type,
            name: e.name,
            acronyms: e.acronyms ?? [],
            variants: e.variants ?? [],
            kind: e.kind ?? '',
            ...(e.place ? { place: e.place } : {}),
          };
          if (g === gazetteers['govuk-organisations.json']) broadEntries.add(entry);
          return entry;
        });
  }),
];
/** True for an entry of the broad GOV.UK organisations list. */
export function isBroadEntry(e: LexiconEntry): boolean {
  return broadEntries.has(e);
}

/** Known Acts by the lexicon key of their title without its year (`psychoactive substances act`). */
const actsByTitle = new Map<string, { name: string; year: number }>();
for (const g of Object.values(gazetteers)) {
  if (g.type !== 'Act') continue;
  for (const e of g.entries) {
    const [, title, year] = /^(.*\S)\s+(\d{4})$/.exec(e.name) ?? [];
    if (title !== undefined && year !== undefined) actsByTitle.set(lexiconKey(title), { name: e.name, year: Number(year) });
  }
}
/** A known Act named without its year, in any case (`the psychoactive substances act`). */
export function lookupAct(text: string): { name: string; year: number } | undefined {
  return actsByTitle.get(lexiconKey(text));
}
export function knownActTitles(): string[] {
  return [...actsByTitle.keys()];
}

const ambiguous: LexiconEntry = { type: 'Body', name: '', acronyms: [], variants: [], kind: '' };
/** Every known form (name, variant) by its lexicon key. */
const byName = new Map<string, LexiconEntry>();
/** Known acronyms, case-sensitive as written (`MoJ`, `HMIC`). */
const byAcronym = new Map<string, LexiconEntry>();
const forceByPlace = new Map<string, LexiconEntry>();
for (const e of entries) {
  // `HM Revenue and Customs` is also written `Her Majesty’s Revenue and Customs`
  const spelled = [e.name, ...e.variants].filter((f) => f.startsWith('HM ')).map((f) => `Her Majesty's ${f.slice(3)}`);
  for (const form of [e.name, ...e.variants, ...spelled]) {
    const k = lexiconKey(form);
    if (!byName.has(k)) byName.set(k, e);
  }
  for (const a of e.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, e);
  if (e.place) forceByPlace.set(e.place.toLowerCase(), e);
}

/** The first words of the known names (lexicon keys), so that a scan for known names starts only where one can. */
const knownFirstWords = new Set([...byName.keys()].map((k) => k.split(' ')[0]!));
export function startsKnownName(word: string): boolean {
  return knownFirstWords.has(lexiconKey(word));
}

/** The longest known name is needed to bound the look-ahead of the phrase matcher. */
export const longestKnownName = Math.max(...[...byName.keys()].map((k) => k.split(' ').length));

/**
 * The key with a plural or possessive `s` off every word but the last: `National Police Chief’s
 * Council` finds the NPCC. The last word keeps its own: the singular of a plural name is a member
 * or an adjective (`a Liberal Democrat`, `the Conservative and Liberal Democrat coalition`), not the body.
 */
function looseLexiconKey(key: string): string {
  const last = key.lastIndexOf(' ');
  return last < 0 ? key : key.slice(0, last).replace(/(\w\w)s\b/g, '$1') + key.slice(last);
}
const byLooseName = new Map<string, LexiconEntry>();
for (const [k, e] of byName) {
  const loose = looseLexiconKey(k);
  // a loose key shared by two entries finds neither
  byLooseName.set(loose, byLooseName.has(loose) && byLooseName.get(loose) !== e ? ambiguous : e);
}

/** Names already looked up, with what they found (`null`: nothing), for the same reason as `keyCache`. */
const nameCache = new Map<string, LexiconEntry | null>();

export function lookupName(text: string): LexiconEntry | undefined {
  const cached = nameCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const key = lexiconKey(text);
  const e = byName.get(key) ?? byLooseName.get(looseLexiconKey(key));
  const found = e === ambiguous ? undefined : e;
  if (nameCache.size >= KEY_CACHE_LIMIT) nameCache.clear();
  nameCache.set(text, found ?? null);
  return found;
}
export function lookupAcronym(text: string): LexiconEntry | undefined {
  return byAcronym.get(text);
}
export function forceForPlace(place: string): LexiconEntry | undefined {
  return forceByPlace.get(place.toLowerCase());
}

/** All forms that the compromise plugin registers as words, with the tag each one gets. */
export function lexiconWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [k, e] of byName) if (!/'/.test(k)) words[k] = e.type === 'Body' ? 'KnownBody' : 'KnownProgramme';
  return words;
}
export const allAcronyms = [...byAcronym.keys()];

const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const roleTitles = lowerSet(roles.titles);
export const roleAbbreviations = readTextRecord('roles.json abbreviations', roles.abbreviations);
export const roleHeads = lowerSet(roles.heads);
/** Head words of an office as relation rules read it after or before a name: the role heads and a few more (`chief executive`, `commissioner`). */
export const officeHeads = lowerSet([...roles.heads, ...roles.officeHeads]);
/** Words that name a job but no office on their own (`police officer`, `staff member`). */
export const genericOffices = lowerSet(roles.genericOffices);
export const honorifics = lowerSet(roles.honorifics);
export const postNominals = new Set(roles.postNominals);
export const nonPersonFirstWords = lowerSet(roles.nonPersonFirstWords);

export const actHeads = new Set(shapes.actHeads);
export const actHeadsNeedingYear = new Set(shapes.actHeadsNeedingYear);
export const programmeHeads = new Set(shapes.programmeHeads);
export const programmePrefixes = new Set(shapes.programmePrefixes);
export const bodyHeads = new Set(shapes.bodyHeads);
export const bodyPrefixes = new Set(shapes.bodyPrefixes);
/** Lower-case heads after a force's place that name the force (`Hampshire constabulary`). */
export const forceHeadsLowercase = new Set(shapes.forceHeadsLowercase);
export const lowercaseHeads = readTypeRecord('name-shapes.json lowercaseHeads', shapes.lowercaseHeads);
export const innerConnectors = new Set(shapes.innerConnectors);
/** A body's communications desk (`Press Office`, `News Centre`): no organisation of its own. */
export const contactUnits: ReadonlySet<string> = new Set(shapes.contactUnits.map((w: string) => w.toLowerCase()));
/** Plural nouns for people that open `Members of the Board`. */
export const groupOfPeopleNouns: ReadonlySet<string> = new Set(shapes.groupOfPeopleNouns);
/** Parliament's publications and registers (`Register of Members' Financial Interests`), by lexicon key: no entity. */
export const publicationNames: ReadonlySet<string> = new Set(shapes.publicationNames.map((n: string) => lexiconKey(n)));
/** Publication heads after a body's name (`House of Commons Hansard`). */
export const publicationHeads: ReadonlySet<string> = new Set(shapes.publicationHeads);
/** Kinds of parliamentary committee (`Public Bill Committee`), by lexicon key: no body when written alone. */
export const genericCommittees: ReadonlySet<string> = new Set(shapes.genericCommittees.map((n: string) => lexiconKey(n)));
/** Parliamentary parties as member lists write them before a seat (`(Labour, Gower)`). */
export const partyNames: ReadonlySet<string> = new Set(shapes.partyNames);
/** Particles inside a person's name between first name and surname (`ap`, `von der`, `Ó`). */
export const nameParticles: ReadonlySet<string> = new Set(shapes.nameParticles);
export const shortFormHeads = lowerSet(shapes.shortFormHeads);
export const commonWordsNeverNames = new Set(shapes.commonWordsNeverNames);
export const nonNameWords = new Set(shapes.nonNameWords);
/** Words that open a heading before a name (`Summary of the … Act 2015`). */
export const headingWords = new Set(shapes.headingWords);
export const headingQualifiers = new Set(shapes.headingQualifiers);
/** Word pairs an `and` joins inside one name (`Police and Crime Commissioner`, `Fire and Rescue Service`). */
export const andInsideName = new Set(shapes.andInsideName.map(([a, b]) => `${a} ${b}`));
/** Offices written after an honorific (`Mr Speaker`, `Madam Chairman`): never a surname. */
export const officesNotSurnames = new Set(shapes.officesNotSurnames);
/** Offices held in an organisation, whose `of/for <Name>` names the organisation (`CEO for Voscur`), unlike a minister's field. */
export const organisationOffices = lowerSet(shapes.organisationOffices);
export const genericAcronyms = new Set(shapes.genericAcronyms);
/** Heads of a national unit written in lower case (`the national public order intelligence unit`). */
export const nationalUnitHeads = new Set(shapes.nationalUnitHeads);
/** Services that, written in lower case, name the kind (`the prison service`), not the known body. */
export const servicesInLowerCase = new Set(shapes.servicesInLowerCase);
/** Office heads held `to` someone or something (`Financial Secretary to the Treasury`): the `to` is part of the title. */
export const officesHeldTo = new Set(shapes.officesHeldTo);
export const typingNouns = readTypeRecord('name-shapes.json typingNouns', shapes.typingNouns);
export const attributiveBlockers = new Set(shapes.attributiveBlockers);
export const descriptiveHeads = new Set(shapes.descriptiveHeads);

export const leadVerbs = new Set(cues.leadVerbs);
export const leadNouns = new Set(cues.leadNouns);
/** Verbs that fund a programme when a sum of money follows them (`announced £5 million for the … Fund`). */
export const fundingVerbs = new Set(cues.fundingVerbs);
/** Verbs of a `who` clause that place a person in a body (`Simon Cole, who leads on … for the NPCC`). */
export const memberClauseVerbs = new Set(cues.memberClauseVerbs);
export const amendVerbs = new Set(cues.amendVerbs);
export const sayVerbs = new Set(cues.sayVerbs);
export const announcedProgrammeNouns = new Set(cues.announcedProgrammeNouns);
export const auxiliaries = new Set(cues.auxiliaries);
export const officeQualifiers = new Set(cues.officeQualifiers);
export const verbalWords = new Set(cues.verbalWords);
export const personCuesBefore = new Set(cues.personCuesBefore);
export const wordsAfterVerbUse = new Set(cues.wordsAfterVerbUse);
export const verbsAfterShortForm = new Set(cues.verbsAfterShortForm);
export const announcingWords = new Set(cues.announcingWords);
export const officeStopWords = new Set(cues.officeStopWords);
/** Copulas and appointing verbs before an office (`is`, `became`, `has been appointed`), as word lists, longest first. */
export const copulaVerbs = [...cues.copulaVerbs].map((c: string) => c.split(' ')).sort((a: string[], b: string[]) => b.length - a.length);
export const determiners = new Set(cues.determiners);
export const amendNouns = new Set(cues.amendNouns);
export const legislationParts = new Set(cues.legislationParts);
export const unitNouns = new Set(cues.unitNouns);
/** Head words that make a name a unit of the body it starts with (`CPS Special Crime Division`). */
export const unitHeads = new Set(cues.unitHeads);

/** Verb frames of the LEADS, PART_OF and AMENDS rules (`data/relation-frames.json`); phrases as word lists, longest first. */
export type PhraseList = ReadonlyMap<string, string[][]>;
/** Phrases by their first word, longest first, so a frame is looked up in one step per token. */
const phrases = (xs: string[]): PhraseList => {
  const byFirst = new Map<string, string[][]>();
  for (const p of xs.map((x) => x.split(' ')).sort((a, b) => b.length - a.length)) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
  return byFirst;
};
/** Verbs that put out a programme (`published an update to the … Plan`): their object must follow plainly. */
export const publishVerbs = new Set(frames.publishVerbs);
/** Wordings of leading that read like a publishing verb (`is responsible for`, `spearheaded`, `in charge of`). */
export const leadPhrases = phrases(frames.leadPhrases);
/** Nouns of publications, which a programme is not (`a report on crime, published by …`). */
export const publicationNouns = new Set(frames.publicationNouns);
/** Kinds of programme or joint work whose agents follow `between`/`from`/`by` (`an initiative from …`). */
export const programmeKinds = new Set(frames.programmeKinds);
/** Phrases between a lead verb and its programme (`an update to`, `the next phase of`). */
export const leadObjectLinks = phrases(frames.leadObjectLinks);
export const leadObjectModifiers = new Set(frames.leadObjectModifiers);
/** Words between a body's possessive and its unit or programme (`the NPCC's new … Board`). */
export const possessiveModifiers = new Set(frames.possessiveModifiers);
/** A whole, then its parts: any part (`houses`, `is split into`), or only unit-headed parts (`comprises`, `has`). */
export const structureVerbs = phrases(frames.structureVerbs);
export const compositionVerbs = phrases(frames.compositionVerbs);
/** A part, then its whole (`became part of`, `sits within`); the weak ones only for a unit-headed part. */
export const joinVerbs = phrases(frames.joinVerbs);
export const weakJoinVerbs = phrases(frames.weakJoinVerbs);
/** Head words of a body's unit, and of a programme's part. */
export const partHeads = new Set(frames.partHeads);
export const programmePartHeads = new Set(frames.programmePartHeads);
/** Nouns of a unit besides the part heads that a body's possessive may describe (`the Home Office's enforcement arm`). */
export const possessiveUnitNouns = new Set(frames.possessiveUnitNouns);
/** Heads of a record, publication or event named after a body (`House of Commons Hansard`): no unit of it. */
export const recordHeads = new Set(frames.recordHeads);
/** Nouns of money a programme has `from` a body (`with funding from the Home Office`). */
export const fundingNouns = new Set(frames.fundingNouns);
/** Nouns of a programme's component before `of` and its whole (`one of the four strands of CONTEST`). */
export const componentNouns = new Set(frames.componentNouns);
/** Verbs by which legislation makes a programme (`introduced by the … Act`, `set up under section 5 of`). */
export const actMakingVerbs = new Set(frames.actMakingVerbs);
/** Verbs that make a noun of leading their subject's (`announced the creation of`, `oversaw the development of`). */
export const nounGovernors = new Set(frames.nounGovernors);
/** Heads of an office that runs a programme (`head of Operation X`, `senior investigating officer for`). */
export const programmeLeadHeads = new Set(frames.programmeLeadHeads);
/** Words that may open a list of parts before its first item (`four distinct ‘commands’ -`). */
export const listHeadWords = new Set(frames.listHeadWords);
/** Words between a whole and its verb (`will operate as a single organisation built around`). */
export const subjectGapWords = new Set(frames.subjectGapWords);
/** Participles of amending after which `by` names the amending Act (`as substituted by`), and more active verbs. */
export const amendPassives = new Set(frames.amendPassives);
export const amendActives = new Set(frames.amendActives);
/** A definite description (`the force`) and the words a body it stands for has in its name. */
export const bodyDescriptions = readListRecord('cues.json bodyDescriptions', cues.bodyDescriptions);
/** A programme's description (`the operation`, `the scheme`) and the words of the names it may stand for. */
export const programmeDescriptions = readListRecord('cues.json programmeDescriptions', cues.programmeDescriptions);
/** Wordings that put a person in a body (`started his career in`, `joined`, `on secondment from`), longest first. */
export const memberCues = [...cues.memberCues].map((c: string) => c.split(' ')).sort((a: string[], b: string[]) => b.length - a.length);
/** Head words of a body whose members a list names (`Members present:` after `Taken before the Home Affairs Committee`). */
export const memberListBodyHeads = new Set(cues.memberListBodyHeads);
export const peerTitles = new Set(roles.peerTitles);
export const officeModifiers = new Set(roles.officeModifiers);
export const monthSurnames = new Set(roles.monthSurnames);
/** First names that are also common words (`Bill`, `Grant`): a first name only where a person is expected. */
export const firstNamesAlsoWords = new Set(firstNames.alsoCommonWords);
/** Nouns of an office that end no person's name (`Lead Independent Reviewer`, `Programme Manager`). */
export const officeNouns = new Set(shapes.officeNouns);
/** Nations and regions a body's branch is named by (`CPS London`, `National Crime Agency Northern Ireland`). */
export const regionNames = new Set(shapes.regionNames);
/** The counties, regions, cities and force or CPS areas an office is held for (data/gazetteers/office-areas.json), lower-cased. */
export const officeAreas: ReadonlySet<string> = new Set(officeAreasData.names.map((n: string) => n.toLowerCase()));

/** World and UK regions (`Latin America`, `West Midlands`; data/gazetteers/places.json): never a person's name. */
export const placeNames: ReadonlySet<string> = new Set([...places.names, ...shapes.regionNames].map(lexiconKey));
/** Nouns of a field or topic (`Crime`, `Security`, `Safeguarding`): they end no person's name (`Organised Crime`, `Protective Security`). */
export const topicNouns = new Set(shapes.topicNouns);
/** Kinds of legislation, not named legislation (`an Act of Parliament`, `a Statutory Instrument`). */
export const genericLegalTerms: ReadonlySet<string> = new Set(shapes.genericLegalTerms.map(lexiconKey));
/** Plural nouns of organisations: the names listed after them are organisations (`charities such as Mind, Shelter and Crisis`). */
export const organisationKinds: ReadonlySet<string> = new Set(shapes.organisationKinds);

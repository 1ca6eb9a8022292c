// Finds the names in one sentence: runs of capitalised words (with `of`, `and`, years and
// one-word brackets inside), quoted campaign titles, lower-case known names, short forms.

import type { Token, TokenSentence } from '../nlp.js';
import {
  actHeads,
  attributiveBlockers,
  bodyHeads,
  verbsAfterShortForm,
  commonWordsNeverNames,
  descriptiveHeads,
  genericAcronyms,
  innerConnectors,
  lexiconKey,
  lookupName,
  lowercaseHeads,
  nameParticles,
  officeAreas,
  placeNames,
  nonNameWords,
  regionNames,
  shortFormHeads,
  roleHeads,
} from '../lexicon.js';
import { classifyChunk, leadsNoName, looksLikePersonName, type Candidate, type CandidateType, type ChunkContext } from './classify-name.js';
import { LOWERCASE_HEAD, lowercaseHeadAfter } from '../rules/entities/lowercase-head.js';
import { TYPING_NOUN, openingWordNamesNothing, typedByApposition, typedByNounBefore, typedByNounRightBefore } from '../rules/entities/typing-noun.js';
import { FORCE_PLACE_LOWERCASE, forceWrittenLower } from '../rules/entities/force-place-lowercase.js';
import { LOWERCASE_KNOWN_ACT, lowercaseKnownAct } from '../rules/entities/lowercase-known-act.js';
import { LOWERCASE_KNOWN_NAME, lowercaseKnownName } from '../rules/entities/lowercase-known-name.js';
import { QUOTED_TITLE, quotedTitle } from '../rules/entities/quoted-title.js';
import { HASHTAG_CAMPAIGN, hashtagCampaign } from '../rules/entities/hashtag-campaign.js';
import { PERSON_BY_CUE, personCue } from '../rules/entities/person-by-cue.js';
import { NAME_ACROSS_COMMAS, joinNamesAcrossCommas } from '../rules/entities/name-across-commas.js';
import { ACRONYM_AFTER_THE, acronymUsedAsBody } from '../rules/entities/acronym-after-the.js';
import { LISTED_BETWEEN_BODIES, bodiesListedBetween } from '../rules/entities/listed-between-bodies.js';
import { LISTED_BETWEEN_PEOPLE, peopleListedBetween } from '../rules/entities/listed-between-people.js';
import { NAME_BEFORE_ACRONYM, namesBeforeAcronyms } from '../rules/entities/name-before-acronym.js';
import { LOWERCASE_NATIONAL_UNIT, lowercaseNationalUnit } from '../rules/entities/lowercase-national-unit.js';
import { LISTED_WITH_PLACES, peopleListedWithPlaces } from '../rules/entities/listed-with-places.js';
import { BODY_BEFORE_OFFICE, bodyBeforeOffice } from '../rules/entities/body-before-office.js';
import { SPEAKER_IN_CAPITALS, speakerInCapitals } from '../rules/entities/speaker-in-capitals.js';
import { INVERTED_MEMBER_NAME, invertedMemberName } from '../rules/entities/inverted-member-name.js';
import { SLASH_LIST_PLACE, placeEndingSlashList } from '../rules/entities/slash-list-place.js';
import { YEAR_BEFORE_ACT, prefixYearToActs } from '../rules/entities/year-before-act.js';
import { YEAR_ACT_REFERENCE, yearActReferences } from '../rules/entities/year-act-reference.js';
import { PROGRAMME_YEAR, datedProgrammes } from '../rules/entities/programme-year.js';
import { AGENT_CLAUSE, agentsAsBodies } from '../rules/entities/agent-clause.js';
import { NAMED_BY_VERB, namedByVerb } from '../rules/entities/named-by-verb.js';
import { OP_PREFIX, operationsInFull } from '../rules/entities/op-prefix.js';
import { EPONYMOUS_LAW, lawsNamedAfterPeople } from '../rules/entities/eponymous-law.js';
import { ACRONYM_INSIDE_NAME, acronymBracketBeforeHead, namesWithoutAcronym } from '../rules/entities/acronym-inside-name.js';
import { GAZETTEER_NET, knownNamesMissed } from '../rules/entities/gazetteer-net.js';
import { SEAT_IN_BRACKETS, seatInBrackets } from '../rules/entities/seat-in-brackets.js';
import { LISTED_AFTER_KIND, bodiesListedAfterKind } from '../rules/entities/listed-after-kind.js';
import { bracketAfter, bracketsInName, breaksAfter, isAcronym, isCapitalised, isYear, opensQuote, wordOf } from './words.js';

/** A classified name in a sentence, with token positions and source offsets. */
/** An article, a count or an ordinal before a name: the name is a kind of body ("a Royal Commission", "eight Local Policing Units", "the country’s first Secure School"). */
const COUNTS_A_KIND = /^(a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\d+|first|second|third|fourth|fifth|another|each|every)$/;

export interface SentenceMention extends Omit<Candidate, 'type'> {
  type: Exclude<CandidateType, 'Unknown'>;
  start: number;
  end: number;
  /** Acronym defined in brackets right after it: `National Crime Agency (NCA)`. */
  acronym?: string;
  /** This mention is another form of the mention at this index (defined acronym, `also known as`). */
  aliasOf?: number;
  /** Shorter form also used for the name (`Cyber Streetwise` for `Cyber Streetwise campaign`). */
  bareName?: string;
  /** The name as a list wrote it, surname first (`Berry, Jake`): another form of the same person. */
  writtenForm?: string;
}

/** `the College`, `the bill`: a generic head that stands for a name given elsewhere in the item. */
export interface ShortForm {
  head: string;
  text: string;
  from: number;
  to: number;
}

export interface SentenceAnalysis {
  index: number;
  sentence: TokenSentence;
  mentions: SentenceMention[];
  shortForms: ShortForm[];
  /** One capitalised word that names nothing by itself: a surname or a short form. */
  singles: { word: string; from: number }[];
  /** Capitalised runs that name nothing we annotate; they stop relation cues from reaching across. */
  blockers: { from: number; to: number }[];
}

const lower = (w: string) => w.toLowerCase();
/** Months and days: after `on`/`in` they say when, and end the name before them. */
const DATE_WORDS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function chunkEnd(tokens: Token[], i: number, acronymInside = true): number {
  let j = i;
  let i0 = i;
  while (i0 < tokens.length - 1 && commonWordsNeverNames.has(wordOf(tokens[i0]!))) i0++;
  for (;;) {
    if (breaksAfter(tokens[j]!, tokens[j + 1])) {
      const brackets = bracketsInName(tokens, j);
      if (brackets > 0) {
        j += brackets + 1;
        continue;
      }
      if (acronymInside && acronymBracketBeforeHead(tokens, i, j)) {
        j += 2;
        continue;
      }
      // "Centre for Women’s Justice": a possessive right after `for`/`of` inside a name; "the Police and
      // Magistrates’ Courts Act 1994": a possessive inside an Act's title
      if ((j > i0 && possessiveAfterConnector(tokens, j)) || (pluralPossessive(tokens[j]!) && tokens[j + 1]?.pre === '' && actTitleAhead(tokens, j + 1))) {
        j++;
        continue;
      }
      // "Justice Act (Northern Ireland) 2015": the jurisdiction in brackets between an Act's head and its year
      const yearAt = jurisdictionBeforeYear(tokens, j);
      if (yearAt > 0) {
        j = yearAt;
        continue;
      }
      // "Police (Complaints and Misconduct) Regulations 2020": a bracket of a few name words before legislation
      const close = longBracketInName(tokens, j);
      if (close > 0) {
        j = close + 1;
        continue;
      }
      return j;
    }
    const n = tokens[j + 1];
    if (!n) return j;
    const nw = wordOf(n);
    // "Rhodri ap Gwilym", "Ursula von der Leyen": a name's particles after a known first name
    // ("Jean Charles de Menezes": two given names before the particle)
    const givenNames =
      j === i0 ||
      (j === i0 + 1 && (tokens[i0]!.tags.has('FirstName') || tokens[j]!.tags.has('FirstName'))) ||
      (j > 0 && /^(and|&)$/.test(wordOf(tokens[j - 1]!)));
    if (nameParticles.has(nw) && (tokens[j]!.tags.has('FirstName') || j === i0 + 1) && givenNames) {
      let k = j + 1;
      while (k < j + 3 && tokens[k] && nameParticles.has(wordOf(tokens[k]!)) && !breaksAfter(tokens[k - 1]!, tokens[k])) k++;
      const after = tokens[k];
      if (after && !breaksAfter(tokens[k - 1]!, after) && /^\p{Lu}[\p{Ll}\p{M}'’]/u.test(wordOf(after))) {
        j = k;
        continue;
      }
    }
    // "§ Mr. Waddington I am grateful": the pronoun `I` before a verb opens the speech, not a name's next word
    if (nw === 'I' && /^\s+$/.test(n.post) && /^[a-z]/.test(tokens[j + 2]?.text ?? '')) return j;
    if (isCapitalised(nw) || nw === '&' || (isYear(nw) && isCapitalised(wordOf(tokens[j]!)))) {
      j++;
      continue;
    }
    // "Anti-social Behaviour": a lower-case word hyphened on, inside a name that goes on
    if (
      tokens[j]!.post === '-' &&
      n.pre === '' &&
      /^[a-z]/.test(nw) &&
      tokens[j + 2] &&
      !breaksAfter(n, tokens[j + 2]) &&
      isCapitalised(wordOf(tokens[j + 2]!))
    ) {
      j += 2;
      continue;
    }
    // "Co-ordination": a lower-case part of a hyphened word is part of the name
    if (
      tokens[j]!.post === '-' &&
      n.pre === '' &&
      /^[a-z]{4,}$/.test(nw) &&
      /^(Co|Anti|Non|Cross|Multi|Inter|Pre|Post|Re|Sub|Counter)$/.test(wordOf(tokens[j]!))
    ) {
      j++;
      continue;
    }
    // "Building a Stronger Britain Together": an article after a capitalised -ing word
    const article = (nw === 'a' || nw === 'an') && /ing$/.test(wordOf(tokens[i0]!)) && j === i0;
    // "… Security Act 2001 and SI 2004/1573": an Act's name ends at its year
    if (innerConnectors.has(nw) && isYear(wordOf(tokens[j]!)) && j > i && actHeads.has(wordOf(tokens[j - 1]!))) return j;
    // "… Commissioner for Hampshire and the Isle of Wight": an area written with `and the`
    const area = areaWithThe(tokens, j);
    if (area > 0) {
      j = area;
      continue;
    }
    // "the Protection from Harassment Act 1997": `from` inside an Act's title
    if (nw === 'from' && !breaksAfter(n, tokens[j + 2]) && actTitleAhead(tokens, j + 2)) {
      j += 2;
      continue;
    }
    if ((innerConnectors.has(nw) || article) && !breaksAfter(n, tokens[j + 2])) {
      const m = tokens[j + 2];
      // "… Partnership on April 14", "the Committee in March": a date after `on`/`in` is no part of a name
      const date = (nw === 'on' || nw === 'in') && m !== undefined && DATE_WORDS.test(wordOf(m));
      // "the murder of George Floyd in Minneapolis": a place after `in` says where a person was, not more of the name
      const where =
        nw === 'in' &&
        m !== undefined &&
        (m.tags.has('Place') || placeNames.has(lexiconKey(wordOf(m))) || officeAreas.has(wordOf(m).toLowerCase())) &&
        tokens[i0]!.tags.has('FirstName') &&
        j - i0 <= 2 &&
        !bodyHeads.has(wordOf(tokens[j]!)) &&
        !tokens[j]!.tags.has('Place');
      if (m && !date && !where && isCapitalised(wordOf(m)) && !/^(The|A|An|This|That|These|Those|It|Its|Our|Their)$/.test(wordOf(m))) {
        j += 2;
        continue;
      }
      const m2 = tokens[j + 3];
      // "the", after of/for, or in an office: "Minister for Policing and the Fire Service"
      const office = roleHeads.has(lower(wordOf(tokens[i0]!)));
      // "Offences against the Person Act 1861": `against the` inside an Act's title
      // "the UN Convention on the Rights of the Child": `on the` after a legislation head (not after a body's:
      // "the Home Office on the Digital Pathfinders initiative")
      const onAfterHead = nw === 'on' && actHeads.has(wordOf(tokens[j]!));
      if (
        m &&
        m2 &&
        (nw === 'of' || nw === 'for' || onAfterHead || (nw === 'against' && actTitleAhead(tokens, j + 3)) || (nw === 'and' && office)) &&
        wordOf(m) === 'the' &&
        !breaksAfter(m, m2) &&
        isCapitalised(wordOf(m2))
      ) {
        j += 3;
        continue;
      }
    }
    return j;
  }
}

function possessiveAfterConnector(tokens: Token[], j: number): boolean {
  const t = tokens[j]!,
    prev = tokens[j - 1]!,
    next = tokens[j + 1];
  // (a plural's too: "Register of Members’ Financial Interests")
  const singular = /['’]s$/.test(t.text) && /^\s+$/.test(t.post);
  const plural = /s$/.test(t.text) && /^['’]\s+$/.test(t.post);
  if (!next || !/^(for|of)$/.test(prev.text) || !(singular || plural) || next.pre !== '') return false;
  return isCapitalised(wordOf(t)) && isCapitalised(wordOf(next));
}

/** `Magistrates’`: a plural's possessive, the apostrophe after the `s`. */
function pluralPossessive(t: Token): boolean {
  return /s$/.test(t.text) && /^['’]\s+$/.test(t.post);
}

/** An Act's head within a few capitalised words from `k` (`Person Act 1861`). */
function actTitleAhead(tokens: Token[], k: number): boolean {
  // (connectors inside: "from Sex-based Harassment in Public Bill")
  for (let n = k; n < Math.min(tokens.length, k + 7); n++) {
    const w = wordOf(tokens[n]!);
    if (actHeads.has(w)) return true;
    const hyphened = n > k && tokens[n - 1]!.post === '-';
    if ((n === k || !innerConnectors.has(w)) && !isCapitalised(w) && !hyphened) return false;
    if (n > k && breaksAfter(tokens[n - 1]!, tokens[n])) return false;
  }
  return false;
}

/** `Hampshire and the Isle of Wight`: the index where an area written with `and the` ends after token `j`, or -1. */
function areaWithThe(tokens: Token[], j: number): number {
  if (wordOf(tokens[j + 1] ?? tokens[j]!) !== 'and' || wordOf(tokens[j + 2] ?? tokens[j]!) !== 'the') return -1;
  for (let e = Math.min(tokens.length - 1, j + 6); e > j + 2; e--) {
    const area = tokens
      .slice(j, e + 1)
      .map(wordOf)
      .join(' ')
      .toLowerCase();
    if (officeAreas.has(area)) return e;
  }
  return -1;
}

/** `Act (Northern Ireland) 2015`: the index of the year after a bracketed jurisdiction after an Act's head, or -1. */
function jurisdictionBeforeYear(tokens: Token[], j: number): number {
  if (!actHeads.has(wordOf(tokens[j]!)) || !/\(\s*$/.test(tokens[j]!.post + (tokens[j + 1]?.pre ?? ''))) return -1;
  for (let k = j + 1; k < Math.min(tokens.length - 1, j + 4); k++) {
    if (!isCapitalised(wordOf(tokens[k]!))) return -1;
    if (/^\)\s+$/.test(tokens[k]!.post)) {
      const inside = tokens
        .slice(j + 1, k + 1)
        .map(wordOf)
        .join(' ');
      return isYear(wordOf(tokens[k + 1]!)) && tokens[k + 1]!.pre === '' && placeNames.has(lexiconKey(inside)) ? k + 1 : -1;
    }
    if (/[^\s]/.test(tokens[k]!.post)) return -1;
  }
  return -1;
}

/** Index of the last word inside a bracket that continues a legislation name, or -1. */
function longBracketInName(tokens: Token[], j: number): number {
  const open = tokens[j + 1];
  if (!open || !/\(/.test(open.pre) || /[^\s]/.test(tokens[j]!.post)) return -1;
  for (let k = j + 1; k < Math.min(tokens.length - 1, j + 6); k++) {
    const w = wordOf(tokens[k]!);
    if (!isCapitalised(w) && !innerConnectors.has(w)) return -1;
    if (/^\)\s+$/.test(tokens[k]!.post)) {
      const after = tokens[k + 1]!;
      return after.pre === '' && /^(Regulations|Act|Order|Bill|Rules)$/.test(wordOf(after)) ? k : -1;
    }
    if (/[^\s]/.test(tokens[k]!.post)) return -1;
  }
  return -1;
}

/** A candidate as a mention; `Unknown` candidates become blockers before this is called. */
function mention(c: Candidate, tokens: Token[]): SentenceMention {
  return { ...c, type: c.type as SentenceMention['type'], start: tokens[c.from]!.start, end: tokens[c.to]!.end };
}

/** Nothing but white space or a list mark before the token on its line of the item text. */
function opensLine(t: Token, text: string, offset: number): boolean {
  let k = t.start - offset - t.pre.length - 1;
  while (k >= 0 && /[ \t†‡*•]/.test(text[k]!)) k--;
  return k < 0 || text[k] === '\n';
}

/** Analyse one sentence of an item; `text`/`offset` are the item text and its offset in the file. */
export function analyseSentence(sentence: TokenSentence, index: number, text: string, offset: number, disabled?: ReadonlySet<string>): SentenceAnalysis {
  const tokens = sentence.tokens;
  const on = (rule: string) => !disabled?.has(rule);
  const mentions: SentenceMention[] = [];
  const shortForms: ShortForm[] = [];
  const singles: { word: string; from: number }[] = [];
  const blockers: { from: number; to: number }[] = [];
  const taken = new Uint8Array(tokens.length);
  let lastRole: { to: number; field: boolean } | undefined;
  const ctxFor = (from: number): ChunkContext => ({ tokens, text, offset, sentenceInitial: from === 0, disabled });

  // "† Berry, Jake (Rossendale and Darwen) (Con)": a member list line, surname first
  if (on(INVERTED_MEMBER_NAME) && tokens.length > 0 && opensLine(tokens[0]!, text, offset)) {
    const member = invertedMemberName(tokens, true);
    if (member) {
      mentions.push(member.mention);
      taken.fill(1, 0, member.mention.to + 1);
      for (const b of member.blocked) {
        blockers.push(b);
        taken.fill(1, b.from, b.to + 1);
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const w = wordOf(tokens[i]!);
    const t = tokens[i]!;
    // "THE MINISTER OF STATE, HOME OFFICE (LORD DERWENT)": a speaker heading in capitals
    // ("The EARL of LISTOWEL": the article before the rank is read with it)
    const capsAt = /^(The|THE)$/.test(t.text) && /^[A-Z]{2,}$/.test(tokens[i + 1]?.text ?? '') ? i + 1 : i;
    if (on(SPEAKER_IN_CAPITALS) && /^[A-Z]{2,}$/.test(tokens[capsAt]!.text)) {
      const sp = speakerInCapitals(tokens, capsAt);
      if (sp) {
        mentions.push(sp);
        taken.fill(1, i, sp.to + 1);
        i = sp.to;
        continue;
      }
    }
    // "(Labour, Kingston upon Hull North)": a member's seat after the party names no one
    const seat = on(SEAT_IN_BRACKETS) ? seatInBrackets(tokens, i) : undefined;
    if (seat) {
      blockers.push(seat);
      taken.fill(1, seat.from, seat.to + 1);
      i = seat.to;
      continue;
    }
    // quoted campaign titles: the ‘This is Abuse’ campaign; also known as “Clare’s Law”
    if (opensQuote(t) && isCapitalised(w) && on(QUOTED_TITLE)) {
      const q = quotedTitle(tokens, i, text, offset, mentions);
      if (q) {
        mentions.push(q);
        i = q.to;
        continue;
      }
    }
    // a known Act written in lower case and without its year: "the psychoactive substances act"
    if (!isCapitalised(w) && t.tags.has('KnownAct') && on(LOWERCASE_KNOWN_ACT)) {
      const act = lowercaseKnownAct(tokens, i, text, offset);
      if (act) {
        mentions.push(act);
        taken.fill(1, i, act.to + 1);
        i = act.to;
        continue;
      }
    }
    // known names written in lower case: "the serious and organised crime strategy"
    if (!isCapitalised(w) && (t.tags.has('KnownProgramme') || t.tags.has('KnownBody')) && on(LOWERCASE_KNOWN_NAME)) {
      const known = lowercaseKnownName(tokens, i);
      if (known) {
        mentions.push(known);
        taken.fill(1, i, known.to + 1);
        i = known.to;
        continue;
      }
    }
    // "the national public order intelligence unit": a national unit in lower case
    if (lower(w) === 'the' && on(LOWERCASE_NATIONAL_UNIT)) {
      const unit = lowercaseNationalUnit(tokens, i, text, offset);
      if (unit) {
        mentions.push(unit);
        taken.fill(1, i, unit.to + 1);
        i = unit.to;
        continue;
      }
    }
    // lower-case short forms: "the bill", "the code of practice"
    if (lower(w) === 'the' && tokens[i + 1] && !breaksAfter(t, tokens[i + 1])) {
      const a = tokens[i + 1]!;
      if (/^[a-z]/.test(a.text)) {
        const three = tokens
          .slice(i + 1, i + 4)
          .map((x) => lower(wordOf(x)))
          .join(' ');
        if (three === 'code of practice') {
          shortForms.push({ head: three, text: three, from: i + 1, to: i + 3 });
          i += 3;
          continue;
        }
        if (
          shortFormHeads.has(lower(wordOf(a))) &&
          !(tokens[i + 2] && /^[a-z]/.test(tokens[i + 2]!.text) && !breaksAfter(a, tokens[i + 2]) && !verbsAfterShortForm.has(lower(tokens[i + 2]!.text)))
        ) {
          shortForms.push({ head: lower(wordOf(a)), text: wordOf(a), from: i + 1, to: i + 1 });
          i += 1;
          continue;
        }
      }
    }
    // "the #knifefree campaign"
    if (on(HASHTAG_CAMPAIGN)) {
      const tag = hashtagCampaign(tokens, i, text, offset);
      if (tag) {
        mentions.push(tag);
        i = tag.to;
        continue;
      }
    }
    if (!isCapitalised(w) && !isAcronym(w)) continue;
    // "Part I of the Bill", "Chapter II": a Roman numeral numbers a part, it opens no name
    if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(w) && i > 0 && /^(Part|Chapter|Schedule|Title|Section|Book)$/.test(wordOf(tokens[i - 1]!))) continue;
    // "Dorset/Gloucestershire South-west Region …": the list's last place is not the name's first word
    const listPlace = on(SLASH_LIST_PLACE) ? placeEndingSlashList(tokens, i) : 0;
    if (listPlace > 0) {
      i += listPlace - 1;
      continue;
    }
    const j = chunkEnd(tokens, i, on(ACRONYM_INSIDE_NAME));
    // "Hampshire constabulary", "the Kent police force": a force's place and a lower-case head
    const force = on(FORCE_PLACE_LOWERCASE) ? forceWrittenLower(tokens, i, j, text, offset) : undefined;
    if (force) {
      mentions.push(force);
      taken.fill(1, i, force.to + 1);
      i = force.to;
      continue;
    }
    const ctx = ctxFor(i);
    let cands = classifyChunk(ctx, i, j);
    const ext = on(LOWERCASE_HEAD) ? lowercaseHeadAfter(tokens, j) : undefined;
    // the first word that can start a name ("The Blue Light programme" starts at "Blue")
    let s0 = i;
    while (s0 < j && leadsNoName(tokens, s0)) s0++;
    // "a joint NCA and National Police Chiefs' Council unit" names two bodies, not a unit
    const wholeNamed =
      cands.some((c) => c.type === 'Person' || c.type === 'Role' || c.type === 'Act') ||
      cands.filter((c) => c.lexicon).length > 1 ||
      (cands.length === 1 && cands[0]!.from === s0 && cands[0]!.to === j && cands[0]!.type === 'Body') ||
      (cands.length === 1 && cands[0]!.type === 'Programme' && /\b(Strategy|Programme)$/.test(cands[0]!.lexicon?.name ?? cands[0]!.name));
    // "the only UK service", "the England team", "the CT network": a nation or a generic acronym before a generic head names nothing
    const before = ext !== undefined ? text.slice(tokens[s0]!.start - offset, tokens[j]!.end - offset).replace(/\s+/g, ' ') : '';
    // "last year's December campaign", "the Monday meeting": a month, day or season alone says when, not which
    const regionOnly = ext !== undefined && (regionNames.has(before) || genericAcronyms.has(before) || (s0 === j && nonNameWords.has(before)));
    // "a Channel panel", "the Prevent board": a known programme before a body's lower-case head names the
    // programme; the panel is one of its kind
    const programmeKind =
      ext !== undefined &&
      lowercaseHeads[ext.head] === 'Body' &&
      cands.length === 1 &&
      cands[0]!.lexicon?.type === 'Programme' &&
      cands[0]!.from === s0 &&
      cands[0]!.to === j;
    if (
      ext &&
      !regionOnly &&
      !wholeNamed &&
      !programmeKind &&
      !commonWordsNeverNames.has(wordOf(tokens[s0]!)) &&
      !(s0 === 0 && j === 0 && cands.length === 0) &&
      (cands.length === 0 || cands[0]!.from === s0)
    ) {
      const type = lowercaseHeads[ext.head]!;
      const name = text.slice(tokens[s0]!.start - offset, tokens[ext.to]!.end - offset).replace(/\s+/g, ' ');
      const bare = text
        .slice(tokens[s0]!.start - offset, tokens[j]!.end - offset)
        .replace(/\s+/g, ' ')
        .replace(/['’]s$/, '');
      const entry = lookupName(name);
      // "the Cyber Streetwise campaign" is named Cyber Streetwise; "the Blue Light programme" keeps its head
      const descriptive = descriptiveHeads.has(ext.head) && !entry && !cands.some((c) => c.lexicon) && !genericAcronyms.has(bare);
      const m: SentenceMention = {
        type,
        from: s0,
        to: ext.to,
        name: descriptive ? bare : name,
        lexicon: entry,
        start: tokens[s0]!.start,
        end: tokens[ext.to]!.end,
        rule: LOWERCASE_HEAD,
      };
      // the name without its head is another form of it, unless that is a bare acronym or starts with a known body
      if (type === 'Programme' && (descriptive || (!genericAcronyms.has(bare) && !cands.some((c) => c.lexicon && c.type === 'Body' && c.from === s0))))
        m.bareName = descriptive ? name : bare;
      const at = mentions.length;
      mentions.push(m);
      // a known body written first keeps its own mention: "the European Union PROGRESS fund"
      for (const c of cands) if (c.lexicon && c.type === 'Body' && c.to < j) mentions.push({ ...mention(c, tokens), nestedIn: at });
      taken.fill(1, i, ext.to + 1);
      i = ext.to;
      continue;
    }
    // "a new scheme called Street Safe": a naming verb ties an unknown name to the noun that types it
    if (on(NAMED_BY_VERB) && !cands.some((c) => c.lexicon || c.type === 'Person' || c.type === 'Role')) {
      const named = namedByVerb(tokens, i, j);
      if (named) {
        const name = text
          .slice(tokens[named.from]!.start - offset, tokens[j]!.end - offset)
          .replace(/\s+/g, ' ')
          .replace(/['’]s$/, '');
        cands = [{ type: named.type, from: named.from, to: j, name, rule: NAMED_BY_VERB }];
      }
    }
    if (cands.length === 0) {
      if (s0 === j) {
        const ws0 = wordOf(tokens[s0]!);
        if (s0 > 0 && lower(wordOf(tokens[s0 - 1]!)) === 'the' && shortFormHeads.has(lower(ws0)))
          shortForms.push({ head: lower(ws0), text: ws0, from: s0, to: s0 });
        else if (isCapitalised(ws0)) {
          // "run by the charity Impetus": a noun before the name says what it is
          const typed = on(TYPING_NOUN) ? (typedByApposition(tokens, s0) ?? typedByNounBefore(tokens, s0)) : undefined;
          if (typed && !commonWordsNeverNames.has(ws0) && !nonNameWords.has(ws0) && !openingWordNamesNothing(tokens, s0))
            cands = [{ type: typed, from: s0, to: s0, name: ws0, rule: TYPING_NOUN }];
          // "Mencap chief executive Jon Sparkes": an office in lower case after the name says it is an organisation
          else if (on(BODY_BEFORE_OFFICE) && bodyBeforeOffice(tokens, s0, s0))
            cands = [{ type: 'Body', from: s0, to: s0, name: ws0, rule: BODY_BEFORE_OFFICE }];
          else singles.push({ word: ws0, from: s0 });
        }
      } else if (s0 < j) {
        // a person named with no first-name cue: "contact Raza Hussain", "Rowley Moore said"
        // "The Minister for Security, Counter-Terrorism, Crime and Policing": after an office's field,
        // a run that a list goes on from (a comma or `and`, then a capitalised word) is the next field
        const listGoesOn =
          (tokens[j + 1] !== undefined && isCapitalised(wordOf(tokens[j + 1]!)) && /^,\s*$/.test(tokens[j]!.post)) ||
          (tokens[j + 1]?.text === 'and' && tokens[j + 2] !== undefined && isCapitalised(wordOf(tokens[j + 2]!)));
        const afterRole =
          lastRole !== undefined &&
          lastRole.to === s0 - 1 &&
          (/^,\s*$/.test(tokens[s0 - 1]!.post) || /\(/.test(tokens[s0]!.pre)) &&
          !(lastRole.field && listGoesOn);
        const cue = on(PERSON_BY_CUE) && personCue(tokens, s0, j, afterRole);
        const name = text.slice(tokens[s0]!.start - offset, tokens[j]!.end - offset).replace(/['’]s$/, '');
        // "Cyber Choices, a programme to …": a name with no head word, typed by the noun after it
        const typed = cue || !on(TYPING_NOUN) ? undefined : (typedByApposition(tokens, j, true) ?? typedByNounRightBefore(tokens, s0));
        if (cue && looksLikePersonName(ctx, s0, j)) cands = [{ type: 'Person', from: s0, to: j, name, extentFrom: s0, extentTo: j, rule: PERSON_BY_CUE }];
        else if (typed) cands = [{ type: typed, from: s0, to: j, name, rule: TYPING_NOUN }];
        else if (on(BODY_BEFORE_OFFICE) && bodyBeforeOffice(tokens, s0, j)) cands = [{ type: 'Body', from: s0, to: j, name, rule: BODY_BEFORE_OFFICE }];
        else blockers.push({ from: s0, to: j });
      }
    } else if (
      cands.length === 1 &&
      (cands[0]!.type === 'Programme' || cands[0]!.type === 'Body') &&
      !cands[0]!.lexicon &&
      cands[0]!.to === j &&
      /^an?$/.test(tokens[j + 1]?.text ?? '') &&
      on(TYPING_NOUN)
    ) {
      // "The Trust Women's Project, a charity …": a description in apposition says more than the head word
      const typed = typedByApposition(tokens, j, true);
      if (typed && typed !== cands[0]!.type) cands = [{ ...cands[0]!, type: typed, rule: TYPING_NOUN }];
    } else if (cands.length === 1 && cands[0]!.type === 'Acronym' && !cands[0]!.lexicon) {
      const typed = on(TYPING_NOUN) ? typedByApposition(tokens, cands[0]!.to) : undefined;
      if (typed) cands = [{ ...cands[0]!, type: typed, rule: TYPING_NOUN }];
      else if (on(ACRONYM_AFTER_THE) && acronymUsedAsBody(tokens, cands[0]!.from)) cands = [{ ...cands[0]!, bodyIfUndefined: true }];
    }
    // "EU regulation", "UK-wide": a known acronym used as a modifier names nothing here
    cands = cands.filter(
      (c) =>
        !(
          c.lexicon &&
          c.from === c.to &&
          isAcronym(wordOf(tokens[c.from]!)) &&
          tokens[c.to + 1] &&
          attributiveBlockers.has(lower(wordOf(tokens[c.to + 1]!))) &&
          !breaksAfter(tokens[c.to]!, tokens[c.to + 1])
        ),
    );
    // "called for a Royal Commission", "Cheshire’s eight Local Policing Unit", "two Headquarters for the …
    // Unit": a body's name that no list knows, after an article or a count, names a kind, not one body
    cands = cands.filter((c) => !(c.type === 'Body' && !c.lexicon && c.from > 0 && c.from === s0 && COUNTS_A_KIND.test(tokens[c.from - 1]!.text)));
    for (const c of cands) if (c.type === 'Unknown') blockers.push({ from: c.from, to: c.to });
    cands = cands.filter((c) => c.type !== 'Unknown');
    const base = mentions.length;
    const roleCand = cands.length === 1 && cands[0]!.type === 'Role' ? cands[0]! : undefined;
    // "Minister for Security, …": an office naming its field, which a list may go on
    lastRole = roleCand ? { to: j, field: tokens.slice(roleCand.from, j + 1).some((t) => t.text === 'for') } : undefined;
    for (const c of cands) {
      const m = mention(c, tokens);
      if (c.nestedIn !== undefined) m.nestedIn = base + c.nestedIn;
      if (c.holder !== undefined) m.holder = base + c.holder;
      if (c.roleOf !== undefined) m.roleOf = base + c.roleOf;
      if (c.affiliation !== undefined) m.affiliation = base + c.affiliation;
      if (c.type === 'Person') {
        m.extentFrom ??= i;
        m.extentTo ??= j;
      }
      mentions.push(m);
    }
    i = j;
  }

  if (on(YEAR_BEFORE_ACT)) prefixYearToActs(tokens, mentions, text, offset);
  if (on(YEAR_ACT_REFERENCE)) mentions.push(...yearActReferences(tokens, mentions, text, offset));
  if (on(PROGRAMME_YEAR)) datedProgrammes(tokens, mentions, text, offset);
  if (on(AGENT_CLAUSE)) agentsAsBodies(tokens, mentions);
  if (on(ACRONYM_INSIDE_NAME)) namesWithoutAcronym(mentions);
  if (on(OP_PREFIX)) operationsInFull(mentions);
  if (on(EPONYMOUS_LAW)) mentions.push(...lawsNamedAfterPeople(tokens, mentions, text, offset));
  if (on(NAME_ACROSS_COMMAS)) joinNamesAcrossCommas(tokens, mentions, blockers, singles, text, offset);
  if (on(LISTED_BETWEEN_BODIES)) mentions.push(...bodiesListedBetween(tokens, mentions, blockers, text, offset));
  if (on(LISTED_BETWEEN_PEOPLE)) mentions.push(...peopleListedBetween(tokens, mentions, blockers, text, offset));
  if (on(LISTED_WITH_PLACES)) mentions.push(...peopleListedWithPlaces(tokens, mentions, blockers, text, offset));
  if (on(LISTED_AFTER_KIND)) mentions.push(...bodiesListedAfterKind(tokens, mentions, blockers, text, offset));
  if (on(GAZETTEER_NET)) mentions.push(...knownNamesMissed(tokens, mentions, text, offset));
  if (on(NAME_BEFORE_ACRONYM)) namesBeforeAcronyms(tokens, mentions, blockers, text, offset);
  // "BCS, the Chartered Institute for IT": a name and the body it is said to be are one
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'Body' || !/^,\s*$/.test(tokens[m.to]!.post) || lower(wordOf(tokens[m.to + 1] ?? tokens[m.to]!)) !== 'the') continue;
    const n = mentions.findIndex((x) => x.from === m.to + 2 && x.type === 'Body');
    // two names the lists know as different bodies are a list, not one body and its description ("Barnardo’s, the Children’s Society")
    const twoKnown = n > k && m.lexicon !== undefined && mentions[n]!.lexicon !== undefined && m.lexicon !== mentions[n]!.lexicon;
    // "the SDS, the national public order intelligence unit and other forces": a list goes on after the second name
    const listGoesOn = n > k && /^(and|or)$/.test(tokens[mentions[n]!.to + 1]?.text ?? '');
    if (n > k && !twoKnown && !listGoesOn && (/^[A-Z0-9&]+$/.test(m.name) || m.from === m.to) && mentions[n]!.aliasOf === undefined) mentions[n]!.aliasOf = k;
  }

  // acronyms defined in brackets: "HM Inspectorate of Constabulary (HMIC)"
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!;
    const close = tokens[cur.to + 1];
    if (!close || !bracketAfter(tokens[cur.to]!, close) || !/^\)/.test(close.post) || !isAcronym(wordOf(close))) continue;
    if (cur.type === 'Role' || cur.type === 'Person' || cur.type === 'Acronym') continue;
    cur.acronym = wordOf(close);
    const acr = mentions.findIndex((x) => x.from === cur.to + 1);
    if (acr >= 0) {
      mentions[acr]!.aliasOf = m;
      mentions[acr]!.type = cur.type;
    }
  }
  return { index, sentence, mentions, shortForms, singles, blockers };
}

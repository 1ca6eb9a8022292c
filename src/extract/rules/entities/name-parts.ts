// What the entity rules share about a span of tokens: its text and words, its principal head,
// whether its words are an office or a person's name, and the known name it starts with.

import type { Token } from '../../nlp.js';
import {
  actHeads,
  actHeadsNeedingYear,
  bodyHeads,
  bodyPrefixes,
  commonWordsNeverNames,
  firstNamesAlsoWords,
  forcePlaces,
  honorifics,
  innerConnectors,
  longestKnownName,
  lookupAcronym,
  nameParticles,
  lookupName,
  lexiconKey,
  monthSurnames,
  nonNameWords,
  officeNouns,
  officesNotSurnames,
  nonPersonFirstWords,
  officeModifiers,
  placeNames,
  genericLegalTerms,
  topicNouns,
  programmeHeads,
  programmePrefixes,
  regionNames,
  roleAbbreviations,
  roleHeads,
  roleTitles,
  type LexiconEntry,
} from '../../lexicon.js';
import { isAcronym, isCapitalised, isYear, wordOf } from '../../internal/words.js';
import type { ChunkContext } from '../../internal/classify-name.js';

export const lower = (w: string) => w.toLowerCase();

export function spanText(ctx: ChunkContext, from: number, to: number): string {
  const s = ctx.tokens[from]!.start - ctx.offset;
  const e = ctx.tokens[to]!.end - ctx.offset;
  let t = ctx.text.slice(s, e).replace(/\s+/g, ' ');
  t = t
    .replace(/['’]s$/, '')
    .replace(/^[‘“"']+/, '')
    .replace(/[’”"']+$/, '');
  return t;
}

export function words(ctx: ChunkContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(wordOf(ctx.tokens[i]!));
  return out;
}

/** Principal head: the noun before `of/for/on` when it is a head word, else the last non-year word. */
export function principalHead(ws: string[]): { head: string; index: number; hasYear: boolean } {
  let last = ws.length - 1;
  const hasYear = isYear(ws[last]!);
  if (hasYear) last--;
  for (let k = 1; k < ws.length; k++) {
    if (innerConnectors.has(ws[k]!) && ws[k] !== 'and' && ws[k] !== '&') {
      const h = ws[k - 1]!;
      if (bodyHeads.has(h) || programmeHeads.has(h) || actHeads.has(h) || roleHeads.has(lower(h))) return { head: h, index: k - 1, hasYear };
      break;
    }
  }
  return { head: ws[last] ?? '', index: last, hasYear };
}

/** Words before a police rank that keep it a rank (`Det Supt`, `Acting Inspector`). */
const RANK_QUALIFIERS = new Set(['Det', 'Det.', 'Detective', 'Acting', 'Temporary', 'T/']);

export function isRoleWords(ws: string[]): boolean {
  if (ws.length === 0) return false;
  // "Her Majesty’s Chief Inspector of Constabulary" is "HM Chief Inspector of Constabulary"
  if (/^(Her|His)$/.test(ws[0]!) && ws[1] === 'Majesty') return isRoleWords(['HM', ...ws.slice(2)]);
  if (ws[0] === 'Majesty') return isRoleWords(['HM', ...ws.slice(1)]);
  // "Police & Crime Commissioner": an ampersand writes the same office as `and`
  const joined = lower(ws.join(' ')).replace(/ & /g, ' and ');
  if (roleTitles.has(joined) || ws.join(' ') in roleAbbreviations) return true;
  // "Det Supt", "Det Ch Supt", "Acting Insp", "Temporary ACC": a rank's qualifier before a rank
  if (ws.length > 1 && RANK_QUALIFIERS.has(ws[0]!) && isRoleWords(ws.slice(1))) return true;
  if (ws.length === 1) return roleHeads.has(joined);
  // "Police and Crime Commissioner for Essex" is an office; "Surveillance Camera Commissioner" is a body
  if (/^(deputy )?police,? fire and crime commissioner|^(deputy )?police and crime commissioner/.test(joined)) return true;
  // "the Police, Fire and Crime Commissioner (PFCC) for Staffordshire": the run after the comma is the same office
  if (/^fire and crime commissioner\b/.test(joined)) return true;
  // "West Yorkshire Police and Crime Commissioner": a place before the office
  if (/^[a-z -]+ police,? (fire )?and crime commissioner$/.test(joined) && !/\b(of|for|office)\b/.test(joined)) return true;
  if (ws.length >= 2 && officeModifiers.has(lower(ws[0]!)) && lower(ws[1]!) === 'commissioner') return true;
  if (/commissioner$/.test(joined)) return /^(deputy |assistant )*commissioner$/.test(joined);
  // "Prisons and Probation Ombudsman", "Parliamentary and Health Service Ombudsman": an ombudsman
  // named by its field is the institution, as a commissioner is
  if (/ombudsman$/.test(joined)) return /^(deputy |assistant )*ombudsman$/.test(joined);
  const { head, index } = principalHead(ws);
  // "Minister for Policing and the Fire Service": an office named before of/for stays an office
  if (index < ws.length - 1 && roleHeads.has(lower(head))) return true;
  // "Director General of Probation"
  const conn = ws.findIndex((w, i) => i > 0 && /^(of|for)$/.test(w));
  if (conn > 0 && roleTitles.has(lower(ws.slice(0, conn).join(' ')))) return true;
  return (roleHeads.has(lower(head)) && !bodyHeads.has(ws[ws.length - 1]!)) || (ws[0]! in roleAbbreviations && ws.length === 1);
}

/** Shape of a person's name: 1–3 capitalised words (any Latin letters) that are not heads, places or known names. */
export function looksLikePersonName(ctx: ChunkContext, from: number, to: number): boolean {
  // "Rhodri ap Gwilym", "Ursula von der Leyen": particles inside the name are not counted as its words
  const particles = words(ctx, from + 1, to - 1).filter((w) => nameParticles.has(w)).length;
  const n = to - from + 1 - particles;
  if (n < 2 || n > 3) return false;
  const ws = words(ctx, from, to).filter((w, k) => k === 0 || k === to - from || !nameParticles.has(w));
  if (nonPersonFirstWords.has(lower(ws[0]!)) || commonWordsNeverNames.has(ws[0]!)) return false;
  // "Lady Carr": an honorific opens the written name, not the name itself
  if (honorifics.has(lower(ws[0]!))) return false;
  if (isPlaceName(ctx, from, to) || genericLegalTerms.has(lexiconKey(ws.join(' ')))) return false;
  // "Breaking News", "Tackling Knife": a gerund opens a headline, not a person's name
  if (ctx.tokens[from]!.tags.has('Gerund') && !ctx.tokens[from]!.tags.has('FirstName')) return false;
  // "Lead Independent Reviewer", "Programme Manager": an office noun ends no person's name, nor
  // does a field's noun ("Organised Crime", "Protective Security")
  if (officeNouns.has(ws[ws.length - 1]!) || topicNouns.has(ws[ws.length - 1]!)) return false;
  // "Mr Deputy Speaker", "Madam Deputy Chairman": the chair addressed by office
  if (ws.length === 2 && ws[0] === 'Deputy' && officesNotSurnames.has(ws[1]!)) return false;
  for (const [k, w] of ws.entries()) {
    // "J. Smith", "R. A. Butler": an initial with its full stop before the surname
    if (k < ws.length - 1 && /^\p{Lu}$/u.test(w) && /^\./.test(ctx.tokens[from + k]!.post)) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) || isAcronym(w)) return false;
    const surnameMonth = w === ws[ws.length - 1] && monthSurnames.has(w) && !nonNameWords.has(ws[0]!);
    // "Bill Skelly", "Grant Shapps": a first name that is also a head word
    if (k === 0 && k < ws.length - 1 && (ctx.tokens[from]!.tags.has('FirstName') || firstNamesAlsoWords.has(w)) && (actHeads.has(w) || programmeHeads.has(w)))
      continue;
    // "London Councils", "Citizens Advice": a plural head names a body, not a person
    if (/s$/.test(w) && bodyHeads.has(w.slice(0, -1))) return false;
    if (bodyHeads.has(w) || programmeHeads.has(w) || actHeads.has(w) || roleHeads.has(lower(w)) || (nonNameWords.has(w) && !surnameMonth)) return false;
    if (lookupName(w) || innerConnectors.has(w)) return false;
  }
  return !lookupName(ws.join(' '));
}

/**
 * A place, not a person: a region from the places gazetteer (`Latin America`, `West Midlands`), or
 * a name that ends in a word compromise knows as a place and does not open with a first name
 * (`Central America`, `Sierra Leone`; but `Sarah Jordan`).
 */
export function isPlaceName(ctx: ChunkContext, from: number, to: number): boolean {
  // (a force's area, `Thames Valley`, is a place too)
  if (placeNames.has(lexiconKey(spanText(ctx, from, to))) || forcePlaces.has(spanText(ctx, from, to))) return true;
  const first = ctx.tokens[from]!,
    last = ctx.tokens[to]!;
  return last.tags.has('Place') && !first.tags.has('FirstName') && !firstNamesAlsoWords.has(wordOf(first));
}

/** A name that is a person's on its own: a known first name, or an honorific or post-nominal around it. */
export function isPersonByItself(ctx: ChunkContext, from: number, to: number, marked: boolean): boolean {
  if (!looksLikePersonName(ctx, from, to)) return false;
  const first = ctx.tokens[from]!;
  if (marked) return true;
  return first.tags.has('FirstName') && !first.tags.has('Place');
}

/**
 * A word before a name that is not part of it (`The`, `Her`, `New`); but `the New Futures
 * Network` keeps `New`, `Her Majesty’s Revenue and Customs` keeps `Her`, and `the All-Party
 * Parliamentary Group` keeps `All`.
 */
export function leadsNoName(tokens: Token[], k: number): boolean {
  const w = wordOf(tokens[k]!);
  // "Q46 Tim Loughton: …": a committee transcript's question number opens the turn, not the name
  if (/^Q\d{1,4}$/.test(w)) return true;
  if (!commonWordsNeverNames.has(w)) return false;
  // "the All-Party Parliamentary Group": a word hyphened to the next is half of one word of the name
  if (/^[-‐]$/.test(tokens[k]!.post) && tokens[k + 1] !== undefined) return false;
  if (w === 'New' && k > 0 && tokens[k - 1]!.text.toLowerCase() === 'the') return false;
  if ((w === 'Her' || w === 'His') && tokens[k + 1] && wordOf(tokens[k + 1]!) === 'Majesty') return false;
  return true;
}

/** The known name (lexicon or gazetteer) that starts at `from`, and where it ends. */
export function knownAt(ctx: ChunkContext, from: number, to: number): { entry: LexiconEntry; end: number } | undefined {
  const w0 = wordOf(ctx.tokens[from]!);
  if (!isCapitalised(w0)) return undefined;
  if (isAcronym(w0)) {
    // "CPS Mersey-Cheshire": a known name that starts with a known acronym
    const whole = to > from ? lookupName(spanText(ctx, from, to)) : undefined;
    if (whole) return { entry: whole, end: to };
    const e = lookupAcronym(w0);
    if (e) return { entry: e, end: from };
  } else if (from === to) {
    // "Defra", "MoJ", "DfE": an acronym written in mixed case is looked up as written
    const e = lookupAcronym(w0);
    if (e) return { entry: e, end: from };
  }
  const t = ctx.tokens[from]!;
  if (!t.tags.has('KnownBody') && !t.tags.has('KnownProgramme')) {
    // a known name in another spelling (`Her Majesty’s Revenue and Customs`): the whole span
    if (to > from) {
      const whole = lookupName(spanText(ctx, from, to));
      if (whole) return { entry: whole, end: to };
    }
    // compromise tags multi-word lexicon entries only; single words are looked up directly
    const e = lookupName(w0);
    return e && (e.name.split(' ').length === 1 || e.variants.includes(w0)) ? { entry: e, end: from } : undefined;
  }
  for (let end = Math.min(to, from + longestKnownName - 1); end >= from; end--) {
    const e = lookupName(spanText(ctx, from, end));
    if (e && !acrossPossessive(ctx, from, end, e)) return { entry: e, end };
  }
  return undefined;
}

/**
 * "The Met’s Police Now scheme": the name looked up runs past a known body's possessive, and
 * matches only because the key drops the `’s` (`Met Police`). The body owns what follows; names
 * written with the possessive (`Information Commissioner’s Office`) keep it.
 */
function acrossPossessive(ctx: ChunkContext, from: number, end: number, e: LexiconEntry): boolean {
  if ([e.name, ...e.variants].some((f) => /['’]s\b/.test(f))) return false;
  for (let k = from; k < end; k++) {
    if (!/['’]s$/.test(ctx.tokens[k]!.text)) continue;
    const before = spanText(ctx, from, k);
    if (lookupName(before) || (k === from && lookupAcronym(wordOf(ctx.tokens[k]!)))) return true;
  }
  return false;
}

/** The type a name's head word gives it (`… Act 1968`, `… Fund`, `University of …`). */
export function shapeType(ws: string[]): 'Act' | 'Programme' | 'Body' | undefined {
  const content = ws.filter((w) => !isYear(w));
  if (content.length < 2) return undefined;
  if (nonNameWords.has(content[content.length - 1]!)) return undefined;
  const joined = ws.join(' ');
  // "Police Service of the Year", "Volunteer of the Year": an award's title; "the West Bank": a place
  if (/\bof the Year$/.test(joined) || placeNames.has(lexiconKey(joined))) return undefined;
  if (/\bCodes? of Practice$/.test(joined)) return 'Act';
  // "Police Force", "Police Service": head words alone name no particular body
  if (content.every((w) => bodyHeads.has(w) || programmeHeads.has(w))) return undefined;
  const last = ws[ws.length - 1]!;
  // "Police Care UK", "Age UK": a name closed by `UK` is a national organisation's (not "England and Wales UK")
  if (
    last === 'UK' &&
    !regionNames.has(ws.slice(0, -1).join(' ')) &&
    !ws.slice(0, -1).every((w) => bodyHeads.has(w) || programmeHeads.has(w) || innerConnectors.has(w))
  )
    return 'Body';
  // "Programme Manager", "Project Lead": the prefix before an office is the office's field
  const officeLast = officeNouns.has(last) || roleHeads.has(lower(last));
  if (programmePrefixes.has(ws[0]!) && isCapitalised(ws[1]!) && !programmeHeads.has(ws[1]!) && !bodyHeads.has(last) && !officeLast) return 'Programme';
  const { head, hasYear } = principalHead(ws);
  if (actHeads.has(head)) {
    if (actHeadsNeedingYear.has(head) && !hasYear && !/\(Amendment\)/.test(joined)) return undefined;
    return 'Act';
  }
  if (programmeHeads.has(head)) return 'Programme';
  if (bodyHeads.has(head)) return 'Body';
  if (bodyPrefixes.has(ws[0]!) && innerConnectors.has(ws[1] ?? '')) return programmeHeads.has(ws[0]!) ? 'Programme' : 'Body';
  return undefined;
}

/** Endings of abstract nouns and adjectives, not of surnames or organisation names (`Statement`, `Communications`, `Policy`). */
const WORD_ENDINGS = /(ment|ments|tion|tions|sion|sions|ness|ity|ities|ism|ship|ance|ence|ful|ous|ive|ives|ics|ings|ate|ect|ary|ory|icy|acy|ance|ances)$/;

/** A capitalised word that reads as a common word by its ending (compromise's lexicon lacks most nouns). */
export function hasCommonWordEnding(w: string): boolean {
  return WORD_ENDINGS.test(w);
}

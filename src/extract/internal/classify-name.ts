// Decides what a run of capitalised words names, from the lexicon and the shape of the name:
// `… Act 1968` is an Act, `… Fund` a Programme, `University of …` a Body, `Security Minister
// James Brokenshire` a Role then a Person.

import type { Token } from '../nlp.js';
import {
  actHeads, actHeadsNeedingYear, firstNamesAlsoWords, headingWords, bodyHeads, genericAcronyms, monthSurnames, officeModifiers, peerTitles, wordsAfterVerbUse, bodyPrefixes, commonWordsNeverNames, forceForPlace, honorifics,
  innerConnectors, lookupAcronym, lookupName, nonNameWords, nonPersonFirstWords, postNominals, programmeHeads,
  programmePrefixes, roleAbbreviations, roleHeads, roleTitles, longestKnownName, type LexiconEntry,
} from '../lexicon.js';
import { isAcronym, isCapitalised, isYear, wordOf } from './words.js';

/** `Unknown`: capitalised words beside a known name that name nothing we annotate. */
export type CandidateType = 'Person' | 'Body' | 'Act' | 'Programme' | 'Role' | 'Acronym' | 'Unknown';

/** A classified span of a chunk; `from`/`to` index tokens (inclusive). */
export interface Candidate {
  type: CandidateType;
  from: number;
  to: number;
  name: string;
  lexicon?: LexiconEntry;
  /** Written inside a longer name (`Home Office` in `Home Office Crime Prevention Panel`). */
  nestedIn?: number;
  /** Role: the person it belongs to, by candidate index in the same result. */
  holder?: number;
  /** Role: a Body named inside the role (`Chief Executive of the Early Intervention Foundation`). */
  roleOf?: number;
  /** Person: the force of a place-prefixed role (`Merseyside Superintendent …`). */
  placeForce?: LexiconEntry;
  /** Person: post-nominal `MP`, which is also an office. */
  postNominalRole?: string;
  /** Person: first and last token of the written name with honorifics and post-nominals (`Dame Clare Tickell`, `Carlene Firmin MBE`). */
  extentFrom?: number;
  extentTo?: number;
  /** Person: a Body the chunk attaches the person to (`Chief Constable Dave Thompson of West Midlands Police`). */
  affiliation?: number;
}

export interface ChunkContext {
  tokens: Token[];
  /** Source text of the item, to cut names out with their inner punctuation. */
  text: string;
  /** Offset of `text` in the source file. */
  offset: number;
  sentenceInitial: boolean;
}

const lower = (w: string) => w.toLowerCase();

function spanText(ctx: ChunkContext, from: number, to: number): string {
  const s = ctx.tokens[from]!.start - ctx.offset;
  const e = ctx.tokens[to]!.end - ctx.offset;
  let t = ctx.text.slice(s, e).replace(/\s+/g, ' ');
  t = t.replace(/['’]s$/, '').replace(/^[‘“"']+/, '').replace(/[’”"']+$/, '');
  return t;
}

function words(ctx: ChunkContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(wordOf(ctx.tokens[i]!));
  return out;
}

/** Principal head: the noun before `of/for/on` when it is a head word, else the last non-year word. */
function principalHead(ws: string[]): { head: string; index: number; hasYear: boolean } {
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

function isRoleWords(ws: string[]): boolean {
  if (ws.length === 0) return false;
  // "Her Majesty’s Chief Inspector of Constabulary" is "HM Chief Inspector of Constabulary"
  if (/^(Her|His)$/.test(ws[0]!) && ws[1] === 'Majesty') return isRoleWords(['HM', ...ws.slice(2)]);
  if (ws[0] === 'Majesty') return isRoleWords(['HM', ...ws.slice(1)]);
  const joined = lower(ws.join(' '));
  if (roleTitles.has(joined) || ws.join(' ') in roleAbbreviations) return true;
  if (ws.length === 1) return roleHeads.has(joined);
  // "Police and Crime Commissioner for Essex" is an office; "Surveillance Camera Commissioner" is a body
  if (/^(deputy )?police,? fire and crime commissioner|^(deputy )?police and crime commissioner/.test(joined)) return true;
  if (ws.length >= 2 && officeModifiers.has(lower(ws[0]!)) && lower(ws[1]!) === 'commissioner') return true;
  if (/commissioner$/.test(joined)) return /^(deputy |assistant )*commissioner$/.test(joined);
  const { head, index } = principalHead(ws);
  // "Minister for Policing and the Fire Service": an office named before of/for stays an office
  if (index < ws.length - 1 && roleHeads.has(lower(head))) return true;
  // "Director General of Probation"
  const conn = ws.findIndex((w, i) => i > 0 && /^(of|for)$/.test(w));
  if (conn > 0 && roleTitles.has(lower(ws.slice(0, conn).join(' ')))) return true;
  return roleHeads.has(lower(head)) && !bodyHeads.has(ws[ws.length - 1]!) || (ws[0]! in roleAbbreviations && ws.length === 1);
}

/** Shape of a person's name: 1–3 capitalised words that are not heads, places or known names. */
export function looksLikePersonName(ctx: ChunkContext, from: number, to: number): boolean {
  const n = to - from + 1;
  if (n < 2 || n > 3) return false;
  const ws = words(ctx, from, to);
  if (nonPersonFirstWords.has(lower(ws[0]!)) || commonWordsNeverNames.has(ws[0]!)) return false;
  for (const [k, w] of ws.entries()) {
    if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) || isAcronym(w)) return false;
    const surnameMonth = w === ws[ws.length - 1] && monthSurnames.has(w) && !nonNameWords.has(ws[0]!);
    // "Bill Skelly", "Grant Shapps": a first name that is also a head word
    if (k === 0 && k < ws.length - 1 && (ctx.tokens[from]!.tags.has('FirstName') || firstNamesAlsoWords.has(w)) && (actHeads.has(w) || programmeHeads.has(w))) continue;
    // "London Councils", "Citizens Advice": a plural head names a body, not a person
    if (/s$/.test(w) && bodyHeads.has(w.slice(0, -1))) return false;
    if (bodyHeads.has(w) || programmeHeads.has(w) || actHeads.has(w) || roleHeads.has(lower(w)) || nonNameWords.has(w) && !surnameMonth) return false;
    if (lookupName(w) || innerConnectors.has(w)) return false;
  }
  return !lookupName(ws.join(' '));
}

/** A name that is a person's on its own: a known first name, or an honorific or post-nominal around it. */
function isPersonByItself(ctx: ChunkContext, from: number, to: number, marked: boolean): boolean {
  if (!looksLikePersonName(ctx, from, to)) return false;
  const first = ctx.tokens[from]!;
  if (marked) return true;
  return first.tags.has('FirstName') && !first.tags.has('Place');
}

/**
 * A word before a name that is not part of it (`The`, `Her`, `New`); but `the New Futures
 * Network` keeps `New`, and `Her Majesty’s Revenue and Customs` keeps `Her`.
 */
export function leadsNoName(tokens: Token[], k: number): boolean {
  const w = wordOf(tokens[k]!);
  if (!commonWordsNeverNames.has(w)) return false;
  if (w === 'New' && k > 0 && tokens[k - 1]!.text.toLowerCase() === 'the') return false;
  if ((w === 'Her' || w === 'His') && tokens[k + 1] && wordOf(tokens[k + 1]!) === 'Majesty') return false;
  return true;
}

function knownAt(ctx: ChunkContext, from: number, to: number): { entry: LexiconEntry; end: number } | undefined {
  const w0 = wordOf(ctx.tokens[from]!);
  if (!isCapitalised(w0)) return undefined;
  if (isAcronym(w0)) {
    const e = lookupAcronym(w0);
    if (e) return { entry: e, end: from };
  }
  const t = ctx.tokens[from]!;
  if (!t.tags.has('KnownBody') && !t.tags.has('KnownProgramme')) {
    // a known name in another spelling (`Her Majesty’s Revenue and Customs`, `Siân`): the whole span
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
    if (e) return { entry: e, end };
  }
  return undefined;
}

function shapeType(ws: string[]): 'Act' | 'Programme' | 'Body' | undefined {
  const content = ws.filter((w) => !isYear(w));
  if (content.length < 2) return undefined;
  if (nonNameWords.has(content[content.length - 1]!)) return undefined;
  const joined = ws.join(' ');
  if (/\bCodes? of Practice$/.test(joined)) return 'Act';
  if (programmePrefixes.has(ws[0]!) && isCapitalised(ws[1]!) && !programmeHeads.has(ws[1]!) && !bodyHeads.has(ws[ws.length - 1]!)) return 'Programme';
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

/**
 * Classify tokens `from..to` of a chunk. Returns the spans it names, in text order; an empty
 * list when the words name nothing we annotate.
 * @example classifyChunk(ctx, 0, 3) // "Security Minister James Brokenshire" → Role + Person
 */
export function classifyChunk(ctx: ChunkContext, from: number, to: number, depth = 0): Candidate[] {
  let marked = false;
  const extentTo = to;
  const extentFrom = from;
  let postRole: string | undefined;
  // strip honorifics ("Dame Clare Tickell") and post-nominals ("Carlene Firmin MBE")
  // "The Rt Hon Amber Rudd MP"
  for (;;) {
    const w = wordOf(ctx.tokens[from]!);
    if (from < to && honorifics.has(lower(w))) { from++; marked = true; } else if (from < to && w === 'The' && honorifics.has(lower(wordOf(ctx.tokens[from + 1]!)))) from++; else break;
  }
  while (to > from && postNominals.has(wordOf(ctx.tokens[to]!))) {
    if (wordOf(ctx.tokens[to]!) === 'MP') postRole = 'MP';
    to--; marked = true;
  }
  // "the New Futures Network": after "the", New belongs to the name
  while (from <= to && leadsNoName(ctx.tokens, from)) from++;
  while (to > from && innerConnectors.has(wordOf(ctx.tokens[to]!))) to--;
  if (from > to) return [];
  // "Summary of the Modern Slavery Act 2015", "Overview of the Committee’s work": a heading word before the name
  if (depth === 0 && to - from >= 3 && headingWords.has(wordOf(ctx.tokens[from]!)) && /^(of|on)$/.test(wordOf(ctx.tokens[from + 1]!))) {
    const start = wordOf(ctx.tokens[from + 2]!) === 'the' ? from + 3 : from + 2;
    return start <= to ? classifyChunk(ctx, start, to, depth) : [];
  }
  // "… Act 2015 Act": the head again after the year is not part of the name
  for (let k = from + 1; k < to; k++) {
    if (isYear(wordOf(ctx.tokens[k]!)) && actHeads.has(wordOf(ctx.tokens[k + 1]!)) && wordOf(ctx.tokens[k + 1]!) === wordOf(ctx.tokens[k - 1]!)) { to = k; break; }
  }
  const ws = words(ctx, from, to);
  const text = spanText(ctx, from, to);

  // a known name, whole
  const whole = knownAt(ctx, from, to);
  if (whole && whole.end === to) {
    // "Prepare for …", "Prevent them …": a strand named like a verb, used as one at the start of a sentence
    const nextWord = ctx.tokens[to + 1] ? lower(wordOf(ctx.tokens[to + 1]!)) : '';
    if (ws.length === 1 && ctx.sentenceInitial && from === 0 && whole.entry.type === 'Programme' && wordsAfterVerbUse.has(nextWord)) return [];
    return [{ type: whole.entry.type, from, to, name: text, lexicon: whole.entry }];
  }
  if (ws.length === 1) {
    // "Baroness Butler-Sloss", "Lord Farmer": a title and a surname
    if (marked && from > extentFrom && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(ws[0]!) && !lookupName(ws[0]!) && !nonNameWords.has(ws[0]!)) return [{ type: 'Person', from, to, name: text, extentFrom, extentTo }];
    if (isAcronym(ws[0]!) && !(ws[0]! in roleAbbreviations) && !genericAcronyms.has(ws[0]!)) return [{ type: 'Acronym', from, to, name: ws[0]! }];
    return [];
  }

  if (isPersonByItself(ctx, from, to, marked)) return [{ type: 'Person', from, to, name: text, postNominalRole: postRole, extentFrom, extentTo }];

  // two names joined by "and": "the Home Office and College of Policing", "James Brokenshire and Minister … David Willetts"
  if (depth === 0) {
    for (let k = from + 1; k < to; k++) {
      const w = wordOf(ctx.tokens[k]!);
      if (w !== 'and' && w !== '&') continue;
      const left = classifyChunk(ctx, from, k - 1, 1);
      let right = classifyChunk(ctx, k + 1, to, 1);
      // "Zoë Billingham and José García and Seán O’Brien": a list of more than two names
      if (right.length === 0 && depth === 0) {
        const rest = classifyChunk(ctx, k + 1, to, 0);
        if (rest.length >= 2 && rest.every((c) => c.type === 'Person' || c.type === 'Body') && rest[0]!.from === k + 1) right = rest;
      }
      const ok = (c: Candidate[], start: number) => c.length > 0 && (c[0]!.extentFrom ?? c[0]!.from) === start && c[c.length - 1]!.type !== 'Role' && c.every((x) => x.type !== 'Acronym')
        && (c.length === 1 || c === right && c.every((x) => x.type === 'Person' || x.type === 'Body') && c.every((x) => x.holder === undefined && x.affiliation === undefined)|| c[0]!.type === 'Role' && c[1]!.type === 'Person' && (c.length === 2 || c.length === 3 && c[2]!.type === 'Body')
          || c.length === 3 && c[1]!.type === 'Role' && c[2]!.type === 'Person');
      // "Immigration Command and Control Unit" stays whole: split beside a known name or a person, or a long name
      const strong = (c: Candidate[]) => c.some((x) => x.lexicon || x.type === 'Person') || c[0]!.to - c[0]!.from >= 2;
      if (ok(left, from) && ok(right, k + 1) && (strong(left) || strong(right))) {
        const shift = (c: Candidate) => ({ ...c, ...(c.holder !== undefined ? { holder: c.holder + left.length } : {}), ...(c.affiliation !== undefined ? { affiliation: c.affiliation + left.length } : {}), ...(c.roleOf !== undefined ? { roleOf: c.roleOf + left.length } : {}) });
        return [...left, ...right.map(shift)];
      }
    }
  }

  // a role then a person: "Security Minister James Brokenshire", "ACC Gary Shewan"
  for (const tail of [2, 3]) {
    const pFrom = to - tail + 1;
    if (pFrom <= from) continue;
    if (!looksLikePersonName(ctx, pFrom, to)) continue;
    let rFrom = from;
    // "Victims' Commissioner Dame Vera Baird": an honorific between the office and the name
    let rTo = pFrom - 1;
    while (rTo > rFrom && honorifics.has(lower(wordOf(ctx.tokens[rTo]!)))) rTo--;
    let placeForce: LexiconEntry | undefined;
    const force = forceForPlace(wordOf(ctx.tokens[from]!));
    if (force && pFrom - from >= 2) { placeForce = force; rFrom = from + 1; }
    const roleWords = words(ctx, rFrom, rTo);
    // "Lead Commissioner for Countering Extremism" is one office, not an office and a person
    if (innerConnectors.has(roleWords[roleWords.length - 1]!)) continue;
    const person: Candidate = { type: 'Person', from: pFrom, to, name: spanText(ctx, pFrom, to), placeForce, postNominalRole: postRole, extentFrom, extentTo };
    // "Metropolitan Police Commissioner Sir Mark Rowley": a known body, then the office
    const known = depth < 2 ? knownAt(ctx, from, rTo) : undefined;
    if (known && known.end < rTo && isRoleWords(words(ctx, known.end + 1, rTo))) {
      const body: Candidate = { type: known.entry.type, from, to: known.end, name: spanText(ctx, from, known.end), lexicon: known.entry };
      return [body, { type: 'Role', from: known.end + 1, to: rTo, name: spanText(ctx, known.end + 1, rTo), holder: 2, roleOf: 0 }, person];
    }
    if (!isRoleWords(roleWords)) {
      if (depth >= 2) continue;
      // "Independent Anti-Slavery Commissioner Kevin Hyland": a statutory office is a body the person holds
      const office = classifyChunk(ctx, from, rTo, 2);
      if (office.length === 1 && office[0]!.type === 'Body' && office[0]!.to === rTo && /(Commissioner|Regulator|Ombudsman)$/.test(office[0]!.name)) {
        return [office[0]!, { type: 'Role', from, to: rTo, name: office[0]!.name, holder: 2, roleOf: 0 }, person];
      }
      continue;
    }
    const role: Candidate = { type: 'Role', from: rFrom, to: rTo, name: spanText(ctx, rFrom, rTo), holder: 1 };
    return [role, person];
  }
  // "Chief Constable Dave Thompson of West Midlands Police", "Commissioner Cressida Dick of the Metropolitan Police Service"
  if (depth <= 1) {
    for (let k = from + 1; k < to; k++) {
      const w = wordOf(ctx.tokens[k]!);
      if (w !== 'of' && w !== 'at') continue;
      const left = classifyChunk(ctx, from, k - 1, 2);
      const bFrom = wordOf(ctx.tokens[k + 1]!) === 'the' ? k + 2 : k + 1;
      const right = bFrom <= to ? classifyChunk(ctx, bFrom, to, 2) : [];
      if (left.length === 2 && left[0]!.type === 'Role' && left[1]!.type === 'Person' && right.length === 1 && right[0]!.type === 'Body' && right[0]!.to === to) {
        return [left[0]!, { ...left[1]!, affiliation: 2, extentTo: k - 1 }, right[0]!];
      }
      // "Lord Carlile of Berriew": a peer's title names a place, and is the name
      if (k === from + 1 && w === 'of' && from > extentFrom && peerTitles.has(wordOf(ctx.tokens[from - 1]!)) && to - k <= 2 && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(wordOf(ctx.tokens[from]!))) {
        return [{ type: 'Person', from, to, name: spanText(ctx, from, to), extentFrom, extentTo }];
      }
      // "Gavin Stephens of Surrey Police", "Martin Lewis of MoneySavingExpert": a person of an organisation (not of a place)
      if (left.length === 1 && left[0]!.type === 'Person' && w === 'of' && left[0]!.to === k - 1) {
        const body = right.length === 1 && right[0]!.type === 'Body' && right[0]!.to === to ? right[0]!
          : right.length === 0 && to - bFrom <= 2 && ctx.tokens.slice(bFrom, to + 1).every((t) => isCapitalised(wordOf(t)) && !t.tags.has('Place') && !nonNameWords.has(wordOf(t)))
            ? { type: 'Body' as const, from: bFrom, to, name: spanText(ctx, bFrom, to) } : undefined;
        if (body) return [{ ...left[0]!, affiliation: 1, extentTo: k - 1 }, body];
      }
    }
  }

  // a role, possibly "of" a body: "Chief Executive of the Early Intervention Foundation"
  // "Minister of State for …" and "Secretary of State for …" are titles whole
  const ofAt = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'at') && ws[i + 1] !== 'State');
  if (isRoleWords(ws) || ofAt > 0 && isRoleWords(ws.slice(0, ofAt))) {
    if (ofAt > 0 && isRoleWords(ws.slice(0, ofAt))) {
      let bFrom = from + ofAt + 1;
      if (wordOf(ctx.tokens[bFrom]!) === 'the') bFrom++;
      const body = bFrom <= to ? classifyChunk(ctx, bFrom, to, 1) : [];
      if (body.length === 1 && (body[0]!.type === 'Body' || body[0]!.type === 'Programme') && body[0]!.from === bFrom && body[0]!.to === to) {
        return [{ type: 'Role', from, to: from + ofAt - 1, name: spanText(ctx, from, from + ofAt - 1), roleOf: 1 }, body[0]!];
      }
    }
    if (isRoleWords(ws)) return [{ type: 'Role', from, to, name: text }];
  }

  // the shape of the whole name, with a known name at its start kept as a nested mention
  const shape = shapeType(ws);
  // "Proposed New Statutory Powers for the Forensic Science Regulator": the head belongs to a known name inside
  if (shape && depth === 0) {
    const headAt = from + principalHead(ws).index;
    for (let i = from + 1; i <= headAt; i++) {
      const k = knownAt(ctx, i, to);
      if (k && k.end >= headAt) return knownAndRest(ctx, from, to);
    }
  }
  if (shape) {
    const out: Candidate[] = [{ type: shape, from, to, name: text }];
    const inner = knownAt(ctx, from, to);
    // "College of Policing Ryton" is the College: the head of a longer name must come after the known part
    if (inner && inner.end < to && principalHead(ws).index <= inner.end - from) return depth > 0 ? [] : knownAndRest(ctx, from, to);
    if (inner && inner.end < to) out.push({ type: inner.entry.type, from, to: inner.end, name: spanText(ctx, from, inner.end), lexicon: inner.entry, nestedIn: 0 });
    return out;
  }

  // known names inside an otherwise unknown run ("College of Policing Ryton site")
  if (depth > 0) return [];
  return knownAndRest(ctx, from, to);
}

function knownAndRest(ctx: ChunkContext, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  // the words around a known name still name something we do not annotate ("Independent Review" of Prevent)
  const rest = (a: number, b: number) => {
    const c = classifyChunk(ctx, a, b, 1);
    if (c.length > 0) out.push(...c);
    else if (words(ctx, a, b).some((w) => isCapitalised(w) && !innerConnectors.has(w))) out.push({ type: 'Unknown', from: a, to: b, name: spanText(ctx, a, b) });
  };
  let segStart = from;
  for (let i = from; i <= to; i++) {
    const k = knownAt(ctx, i, to);
    if (!k) continue;
    if (i > segStart) rest(segStart, i - 1);
    out.push({ type: k.entry.type, from: i, to: k.end, name: spanText(ctx, i, k.end), lexicon: k.entry });
    i = k.end;
    segStart = k.end + 1;
  }
  if (out.length > 0 && segStart <= to) rest(segStart, to);
  return out.some((c) => c.type !== 'Unknown') ? out : [];
}

// Finds the names in one sentence: runs of capitalised words (with `of`, `and`, years and
// one-word brackets inside), quoted campaign titles, lower-case known names, short forms.

import type { Token, TokenSentence } from '../nlp.js';
import { attributiveBlockers, bodyHeads, lookupAct, forceForPlace, forceHeadsLowercase, personCuesBefore, verbsAfterShortForm, commonWordsNeverNames, descriptiveHeads, genericAcronyms, innerConnectors, lookupName, lowercaseHeads, nonNameWords, sayVerbs, shortFormHeads, longestKnownName, roleHeads, typingNouns } from '../lexicon.js';
import { classifyChunk, leadsNoName, looksLikePersonName, type Candidate, type CandidateType, type ChunkContext } from './classify-name.js';
import { bracketAfter, bracketInName, breaksAfter, closesQuote, isAcronym, isCapitalised, isYear, opensQuote, wordOf } from './words.js';

/** A classified name in a sentence, with token positions and source offsets. */
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
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function chunkEnd(tokens: Token[], i: number): number {
  let j = i;
  let i0 = i;
  while (i0 < tokens.length - 1 && commonWordsNeverNames.has(wordOf(tokens[i0]!))) i0++;
  for (;;) {
    if (breaksAfter(tokens[j]!, tokens[j + 1])) {
      if (bracketInName(tokens, j)) { j += 2; continue; }
      // "Centre for Women’s Justice": a possessive right after `for`/`of` inside a name
      if (j > i0 && possessiveAfterConnector(tokens, j)) { j++; continue; }
      // "Police (Complaints and Misconduct) Regulations 2020": a bracket of a few name words before legislation
      const close = longBracketInName(tokens, j);
      if (close > 0) { j = close + 1; continue; }
      return j;
    }
    const n = tokens[j + 1];
    if (!n) return j;
    const nw = wordOf(n);
    if (isCapitalised(nw) || nw === '&' || (isYear(nw) && isCapitalised(wordOf(tokens[j]!)))) { j++; continue; }
    // "Anti-social Behaviour": a lower-case word hyphened on, inside a name that goes on
    if (tokens[j]!.post === '-' && n.pre === '' && /^[a-z]/.test(nw) && tokens[j + 2] && !breaksAfter(n, tokens[j + 2]) && isCapitalised(wordOf(tokens[j + 2]!))) { j += 2; continue; }
    // "Building a Stronger Britain Together": an article after a capitalised -ing word
    const article = (nw === 'a' || nw === 'an') && /ing$/.test(wordOf(tokens[i0]!)) && j === i0;
    if ((innerConnectors.has(nw) || article) && !breaksAfter(n, tokens[j + 2])) {
      const m = tokens[j + 2];
      if (m && isCapitalised(wordOf(m)) && !/^(The|A|An|This|That|These|Those|It|Its|Our|Their)$/.test(wordOf(m))) { j += 2; continue; }
      const m2 = tokens[j + 3];
      // "the", after of/for, or in an office: "Minister for Policing and the Fire Service"
      const office = roleHeads.has(lower(wordOf(tokens[i0]!)));
      if (m && m2 && (nw === 'of' || nw === 'for' || nw === 'and' && office) && wordOf(m) === 'the' && !breaksAfter(m, m2) && isCapitalised(wordOf(m2))) { j += 3; continue; }
    }
    return j;
  }
}

function possessiveAfterConnector(tokens: Token[], j: number): boolean {
  const t = tokens[j]!, prev = tokens[j - 1]!, next = tokens[j + 1];
  if (!next || !/^(for|of)$/.test(prev.text) || !/['’]s$/.test(t.text) || !/^\s+$/.test(t.post) || next.pre !== '') return false;
  return isCapitalised(wordOf(t)) && isCapitalised(wordOf(next));
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

/** `… programme`, `… action plans`: a lower-case head right after a capitalised run. */
function lowercaseHeadAfter(tokens: Token[], j: number, afterQuote = false): { head: string; to: number } | undefined {
  if (afterQuote ? !/^[?!.]*[’”"']?\s+$/.test(tokens[j]!.post) : breaksAfter(tokens[j]!, tokens[j + 1])) return undefined;
  const a = tokens[j + 1], b = tokens[j + 2];
  if (!a || !/^[a-z]/.test(a.text)) return undefined;
  if (b && !breaksAfter(a, b)) {
    const two = `${lower(wordOf(a))} ${lower(wordOf(b))}`;
    if (two in lowercaseHeads) return { head: two, to: j + 2 };
  }
  const one = lower(wordOf(a));
  return one in lowercaseHeads ? { head: one, to: j + 1 } : undefined;
}

/** `IDIOM is a national IT system`, `Mind, the mental health charity`: a noun that says what a name is. */
function typedByApposition(tokens: Token[], at: number, nounFirst = false): 'Programme' | 'Body' | undefined {
  const t = tokens[at]!;
  const next = tokens.slice(at + 1, at + 8).map((x) => lower(wordOf(x)));
  let k = 0;
  if (/^,\s*$/.test(t.post)) k = 0;
  else if (next[0] === 'is' || next[0] === 'was') k = 1;
  else return undefined;
  if (!/^(a|an|the)$/.test(next[k] ?? '')) return undefined;
  for (let n = k + 1; n < Math.min(next.length, k + 6); n++) {
    const w = next[n]!;
    if (w in typingNouns) return typingNouns[w];
    // With nounFirst, `Stephen Rimmer, the head of the unit` (the noun after `of`) and `the
    // Spending Round, a Police Innovation Fund` (a second name, not a description) type nothing.
    if (nounFirst && (/^(of|for|at|in|on)$/.test(w) || /^[A-Z]/.test(wordOf(tokens[at + 1 + n]!)))) return undefined;
    if (breaksAfter(tokens[at + 1 + n]!, tokens[at + 2 + n])) return undefined;
  }
  return undefined;
}

/** `Hampshire constabulary`: the place of a known force (tokens `i..j`), then `police`, `constabulary`, `police force`. */
function forceWrittenLower(tokens: Token[], i: number, j: number, text: string, offset: number): SentenceMention | undefined {
  if (breaksAfter(tokens[j]!, tokens[j + 1])) return undefined;
  const place = text.slice(tokens[i]!.start - offset, tokens[j]!.end - offset).replace(/\s+/g, ' ');
  const entry = forceForPlace(place);
  if (!entry) return undefined;
  let to = j;
  for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) {
    const two = tokens.slice(j + 1, k + 1).map((t) => wordOf(t)).join(' ');
    if (forceHeadsLowercase.has(two) && (k === j + 1 || !breaksAfter(tokens[k - 1]!, tokens[k]))) to = k;
  }
  if (to === j) return undefined;
  const name = text.slice(tokens[i]!.start - offset, tokens[to]!.end - offset).replace(/\s+/g, ' ');
  return { type: 'Body', from: i, to, name, lexicon: entry, start: tokens[i]!.start, end: tokens[to]!.end };
}

/** `the psychoactive substances act (2016)`: lower-case words from `i` that are a known Act's title. */
function lowercaseKnownAct(tokens: Token[], i: number): SentenceMention | undefined {
  for (let e = Math.min(tokens.length - 1, i + 12); e > i; e--) {
    if (lower(wordOf(tokens[e]!)) !== 'act') continue;
    if (tokens.slice(i, e).some((x, k) => breaksAfter(x, tokens[i + k + 1]))) continue;
    const known = lookupAct(tokens.slice(i, e + 1).map(wordOf).join(' '));
    if (!known) continue;
    const to = tokens[e + 1] && isYear(wordOf(tokens[e + 1]!)) && !breaksAfter(tokens[e]!, tokens[e + 1]) ? e + 1 : e;
    const name = tokens.slice(i, to + 1).map((x) => x.text).join(' ');
    return { type: 'Act', from: i, to, name, start: tokens[i]!.start, end: tokens[to]!.end };
  }
  return undefined;
}

/** A candidate as a mention; `Unknown` candidates become blockers before this is called. */
function mention(c: Candidate, tokens: Token[]): SentenceMention {
  return { ...c, type: c.type as SentenceMention['type'], start: tokens[c.from]!.start, end: tokens[c.to]!.end };
}

/** Analyse one sentence of an item; `text`/`offset` are the item text and its offset in the file. */
export function analyseSentence(sentence: TokenSentence, index: number, text: string, offset: number): SentenceAnalysis {
  const tokens = sentence.tokens;
  const mentions: SentenceMention[] = [];
  const shortForms: ShortForm[] = [];
  const singles: { word: string; from: number }[] = [];
  const blockers: { from: number; to: number }[] = [];
  const taken = new Uint8Array(tokens.length);
  let lastRole: { to: number } | undefined;
  const ctxFor = (from: number): ChunkContext => ({ tokens, text, offset, sentenceInitial: from === 0 });

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const w = wordOf(tokens[i]!);
    const t = tokens[i]!;
    // quoted campaign titles: the ‘This is Abuse’ campaign; also known as “Clare’s Law”
    if (opensQuote(t) && isCapitalised(w)) {
      let k = i;
      while (k < tokens.length && k - i < 12 && !closesQuote(tokens[k]!)) k++;
      if (k < tokens.length && k - i < 12) {
        const inner = text.slice(t.start - offset, tokens[k]!.end - offset).replace(/^[‘“"']+|[’”"']+$/g, '') + (/^[?!]+/.exec(tokens[k]!.post)?.[0] ?? '');
        const head = lowercaseHeadAfter(tokens, k, true);
        const before = tokens.slice(Math.max(0, i - 3), i).map((x) => lower(x.text)).join(' ');
        if (/known as$|dubbed$|called$/.test(before) && mentions.length > 0) {
          const prev = mentions[mentions.length - 1]!;
          mentions.push({ type: prev.type, from: i, to: k, name: inner, start: t.start, end: tokens[k]!.end, aliasOf: mentions.length - 1, lexicon: prev.lexicon });
          i = k;
          continue;
        }
        if (head && lowercaseHeads[head.head] === 'Programme' && k > i) {
          mentions.push({ type: 'Programme', from: i, to: head.to, name: inner, start: t.start, end: tokens[head.to]!.end });
          i = head.to;
          continue;
        }
      }
    }
    // a known Act written in lower case and without its year: "the psychoactive substances act"
    if (!isCapitalised(w) && t.tags.has('KnownAct')) {
      const act = lowercaseKnownAct(tokens, i);
      if (act) {
        mentions.push(act);
        taken.fill(1, i, act.to + 1);
        i = act.to;
        continue;
      }
    }
    // known names written in lower case: "the serious and organised crime strategy"
    if (!isCapitalised(w) && (t.tags.has('KnownProgramme') || t.tags.has('KnownBody'))) {
      for (let e = Math.min(tokens.length - 1, i + longestKnownName - 1); e >= i + 1; e--) {
        const span = tokens.slice(i, e + 1).map(wordOf).join(' ');
        const entry = lookupName(span);
        // two lower-case words name a body only with a body head: "the metropolitan police", not "youth justice"
        if (entry && e === i + 1 && !(entry.type === 'Body' && bodyHeads.has(capitalise(wordOf(tokens[e]!))))) continue;
        if (entry && !tokens.slice(i, e).some((x, k) => breaksAfter(x, tokens[i + k + 1]))) {
          mentions.push({ type: entry.type, from: i, to: e, name: span, lexicon: entry, start: t.start, end: tokens[e]!.end });
          taken.fill(1, i, e + 1);
          i = e;
          break;
        }
      }
      if (taken[i]) continue;
    }
    // lower-case short forms: "the bill", "the code of practice"
    if (lower(w) === 'the' && tokens[i + 1] && !breaksAfter(t, tokens[i + 1])) {
      const a = tokens[i + 1]!;
      if (/^[a-z]/.test(a.text)) {
        const three = tokens.slice(i + 1, i + 4).map((x) => lower(wordOf(x))).join(' ');
        if (three === 'code of practice') { shortForms.push({ head: three, text: three, from: i + 1, to: i + 3 }); i += 3; continue; }
        if (shortFormHeads.has(lower(wordOf(a))) && !(tokens[i + 2] && /^[a-z]/.test(tokens[i + 2]!.text) && !breaksAfter(a, tokens[i + 2]) && !verbsAfterShortForm.has(lower(tokens[i + 2]!.text)))) {
          shortForms.push({ head: lower(wordOf(a)), text: wordOf(a), from: i + 1, to: i + 1 });
          i += 1;
          continue;
        }
      }
    }
    // "the #knifefree campaign"
    if (/^#\w/.test(t.text) && !breaksAfter(t, tokens[i + 1])) {
      const head = lowercaseHeadAfter(tokens, i);
      if (head && lowercaseHeads[head.head] === 'Programme') {
        mentions.push({ type: 'Programme', from: i, to: head.to, name: t.text, bareName: text.slice(t.start - offset, tokens[head.to]!.end - offset), start: t.start, end: tokens[head.to]!.end });
        i = head.to;
        continue;
      }
    }
    if (!isCapitalised(w) && !isAcronym(w)) continue;
    const j = chunkEnd(tokens, i);
    // "Hampshire constabulary", "the Kent police force": a force's place and a lower-case head
    const force = forceWrittenLower(tokens, i, j, text, offset);
    if (force) {
      mentions.push(force);
      taken.fill(1, i, force.to + 1);
      i = force.to;
      continue;
    }
    const ctx = ctxFor(i);
    let cands = classifyChunk(ctx, i, j);
    const ext = lowercaseHeadAfter(tokens, j);
    // the first word that can start a name ("The Blue Light programme" starts at "Blue")
    let s0 = i;
    while (s0 < j && leadsNoName(tokens, s0)) s0++;
    // "a joint NCA and National Police Chiefs' Council unit" names two bodies, not a unit
    const wholeNamed = cands.some((c) => c.type === 'Person' || c.type === 'Role' || c.type === 'Act') || cands.filter((c) => c.lexicon).length > 1
      || cands.length === 1 && cands[0]!.from === s0 && cands[0]!.to === j && cands[0]!.type === 'Body'
      || cands.length === 1 && cands[0]!.type === 'Programme' && /\b(Strategy|Programme)$/.test(cands[0]!.lexicon?.name ?? cands[0]!.name);
    if (ext && !wholeNamed && !commonWordsNeverNames.has(wordOf(tokens[s0]!)) && !(s0 === 0 && j === 0 && cands.length === 0) && (cands.length === 0 || cands[0]!.from === s0)) {
      const type = lowercaseHeads[ext.head]!;
      const name = text.slice(tokens[s0]!.start - offset, tokens[ext.to]!.end - offset).replace(/\s+/g, ' ');
      const bare = text.slice(tokens[s0]!.start - offset, tokens[j]!.end - offset).replace(/\s+/g, ' ').replace(/['’]s$/, '');
      const entry = lookupName(name);
      // "the Cyber Streetwise campaign" is named Cyber Streetwise; "the Blue Light programme" keeps its head
      const descriptive = descriptiveHeads.has(ext.head) && !entry && !cands.some((c) => c.lexicon) && !genericAcronyms.has(bare);
      const m: SentenceMention = { type, from: s0, to: ext.to, name: descriptive ? bare : name, lexicon: entry, start: tokens[s0]!.start, end: tokens[ext.to]!.end };
      // the name without its head is another form of it, unless that is a bare acronym or starts with a known body
      if (type === 'Programme' && (descriptive || !genericAcronyms.has(bare) && !cands.some((c) => c.lexicon && c.type === 'Body' && c.from === s0))) m.bareName = descriptive ? name : bare;
      const at = mentions.length;
      mentions.push(m);
      // a known body written first keeps its own mention: "the European Union PROGRESS fund"
      for (const c of cands) if (c.lexicon && c.type === 'Body' && c.to < j) mentions.push({ ...mention(c, tokens), nestedIn: at });
      taken.fill(1, i, ext.to + 1);
      i = ext.to;
      continue;
    }
    if (cands.length === 0) {
      if (s0 === j) {
        const ws0 = wordOf(tokens[s0]!);
        if (s0 > 0 && lower(wordOf(tokens[s0 - 1]!)) === 'the' && shortFormHeads.has(lower(ws0))) shortForms.push({ head: lower(ws0), text: ws0, from: s0, to: s0 });
        else if (isCapitalised(ws0)) {
          // "run by the charity Impetus": a noun before the name says what it is
          const before = s0 >= 2 && lower(wordOf(tokens[s0 - 2]!)) === 'the' ? typingNouns[lower(wordOf(tokens[s0 - 1]!))] : undefined;
          const typed = typedByApposition(tokens, s0) ?? before;
          if (typed && !commonWordsNeverNames.has(ws0) && !nonNameWords.has(ws0)) cands = [{ type: typed, from: s0, to: s0, name: ws0 }];
          else singles.push({ word: ws0, from: s0 });
        }
      } else if (s0 < j) {
        // a person named with no first-name cue: "contact Raza Hussain", "Rowley Moore said"
        const next = tokens[j + 1];
        const prev = tokens[s0 - 1];
        const afterRole = lastRole && lastRole.to === s0 - 1 && (/^,\s*$/.test(tokens[s0 - 1]!.post) || /\(/.test(tokens[s0]!.pre));
        // "Graeme Biggar, Director General of …": an office right after the name
        const after = tokens[j + 1] && /^,\s*$/.test(tokens[j]!.post) ? (lower(wordOf(tokens[j + 1]!)) === 'the' ? tokens[j + 2] : tokens[j + 1]) : undefined;
        const officeAfter = after !== undefined && isCapitalised(wordOf(after)) && (roleHeads.has(lower(wordOf(after))) || after.tags.has('RoleTitle'));
        const cue = afterRole || officeAfter || (next && sayVerbs.has(lower(next.text))) || (prev && personCuesBefore.has(lower(prev.text))) || bracketAfter(tokens[j]!, next) && next && roleHeads.has(lower(wordOf(next)));
        const name = text.slice(tokens[s0]!.start - offset, tokens[j]!.end - offset).replace(/['’]s$/, '');
        // "Cyber Choices, a programme to …": a name with no head word, typed by the noun after it
        const typed = cue ? undefined : typedByApposition(tokens, j, true);
        if (cue && looksLikePersonName(ctx, s0, j)) cands = [{ type: 'Person', from: s0, to: j, name, extentFrom: s0, extentTo: j }];
        else if (typed) cands = [{ type: typed, from: s0, to: j, name }];
        else blockers.push({ from: s0, to: j });
      }
    } else if (cands.length === 1 && cands[0]!.type === 'Acronym' && !cands[0]!.lexicon) {
      const typed = typedByApposition(tokens, cands[0]!.to);
      if (typed) cands = [{ ...cands[0]!, type: typed }];
    }
    // "EU regulation", "UK-wide": a known acronym used as a modifier names nothing here
    cands = cands.filter((c) => !(c.lexicon && c.from === c.to && isAcronym(wordOf(tokens[c.from]!)) && tokens[c.to + 1] && attributiveBlockers.has(lower(wordOf(tokens[c.to + 1]!))) && !breaksAfter(tokens[c.to]!, tokens[c.to + 1])));
    for (const c of cands) if (c.type === 'Unknown') blockers.push({ from: c.from, to: c.to });
    cands = cands.filter((c) => c.type !== 'Unknown');
    const base = mentions.length;
    const roleCand = cands.length === 1 && cands[0]!.type === 'Role' ? cands[0]! : undefined;
    lastRole = roleCand ? { to: j } : undefined;
    for (const c of cands) {
      const m = mention(c, tokens);
      if (c.nestedIn !== undefined) m.nestedIn = base + c.nestedIn;
      if (c.holder !== undefined) m.holder = base + c.holder;
      if (c.roleOf !== undefined) m.roleOf = base + c.roleOf;
      if (c.affiliation !== undefined) m.affiliation = base + c.affiliation;
      if (c.type === 'Person') { m.extentFrom ??= i; m.extentTo ??= j; }
      mentions.push(m);
    }
    i = j;
  }

  // "the Anti-social Behaviour, Crime and Policing Act 2014", "Department for Digital, Culture, Media and Sport":
  // a name whose first part runs up to a comma
  const pieceBefore = (at: number) => {
    const b = blockers.findIndex((x) => x.to === at - 1 && /^,\s*$/.test(tokens[x.to]!.post));
    if (b >= 0) return { from: blockers[b]!.from, drop: () => blockers.splice(b, 1) };
    const g = singles.findIndex((x) => x.from === at - 1 && /^,\s*$/.test(tokens[x.from]!.post));
    if (g >= 0) return { from: singles[g]!.from, drop: () => singles.splice(g, 1) };
    return undefined;
  };
  const pieceAfter = (at: number) => {
    if (!/^,\s*$/.test(tokens[at]!.post)) return undefined;
    const b = blockers.findIndex((x) => x.from === at + 1);
    if (b >= 0) return { to: blockers[b]!.to, drop: () => blockers.splice(b, 1) };
    const g = singles.findIndex((x) => x.from === at + 1);
    if (g >= 0) return { to: singles[g]!.from, drop: () => singles.splice(g, 1) };
    return undefined;
  };
  for (const m of mentions) {
    if (m.type !== 'Body' || m.nestedIn !== undefined || m.lexicon) continue;
    const parts: { to: number; drop: () => unknown }[] = [];
    for (let p = pieceAfter(m.to); p && parts.length < 4; p = pieceAfter(p.to)) parts.push(p);
    for (let k = parts.length; k > 0; k--) {
      const to = parts[k - 1]!.to;
      const joined = text.slice(m.start - offset, tokens[to]!.end - offset).replace(/\s+/g, ' ');
      const known = lookupName(joined);
      if (!known) continue;
      Object.assign(m, { to, end: tokens[to]!.end, name: joined, lexicon: known });
      for (const p of parts.slice(0, k)) p.drop();
      break;
    }
  }
  for (const m of mentions) {
    if ((m.type !== 'Act' && m.type !== 'Body') || m.nestedIn !== undefined) continue;
    const parts: { from: number; drop: () => unknown }[] = [];
    for (let p = pieceBefore(m.from); p; p = pieceBefore(p.from)) parts.push(p);
    // the longest run of pieces that makes a known name (bodies) or any run (acts)
    for (let k = parts.length; k > 0; k--) {
      const from = parts[k - 1]!.from;
      const joined = text.slice(tokens[from]!.start - offset, m.end - offset).replace(/\s+/g, ' ');
      const known = lookupName(joined);
      if (m.type === 'Body' && !known) continue;
      Object.assign(m, { from, start: tokens[from]!.start, name: joined, lexicon: known ?? m.lexicon });
      for (const p of parts.slice(0, k)) p.drop();
      break;
    }
  }
  // "the Restorative Justice Council, Restorative Solutions and the Youth Justice Board": an unknown
  // name listed between bodies is a body
  for (const b of blockers) {
    if (b.to - b.from > 3 || b.from === 0) continue;
    const left = mentions.find((m) => m.type === 'Body' && m.to < b.from && b.from - m.to <= 1 && /^,\s*$/.test(tokens[m.to]!.post));
    const gapRight = (m: SentenceMention) => tokens.slice(b.to + 1, m.from).map((x) => lower(wordOf(x))).join(' ');
    const right = mentions.find((m) => m.type === 'Body' && m.from > b.to && m.from - b.to <= 3 && /^(and|and the|,|, the)?$/.test(gapRight(m)) && (m.from === b.to + 1 ? /^,\s*$/.test(tokens[b.to]!.post) : true));
    if (!left || !right) continue;
    if (!tokens.slice(b.from, b.to + 1).every((x) => isCapitalised(wordOf(x)))) continue;
    mentions.push({ type: 'Body', from: b.from, to: b.to, name: text.slice(tokens[b.from]!.start - offset, tokens[b.to]!.end - offset), start: tokens[b.from]!.start, end: tokens[b.to]!.end });
  }
  // "BCS, the Chartered Institute for IT": a name and the body it is said to be are one
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'Body' || !/^,\s*$/.test(tokens[m.to]!.post) || lower(wordOf(tokens[m.to + 1] ?? tokens[m.to]!)) !== 'the') continue;
    const n = mentions.findIndex((x) => x.from === m.to + 2 && x.type === 'Body');
    if (n > k && (/^[A-Z0-9&]+$/.test(m.name) || m.from === m.to) && mentions[n]!.aliasOf === undefined) mentions[n]!.aliasOf = k;
  }

  // acronyms defined in brackets: "HM Inspectorate of Constabulary (HMIC)"
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!;
    const close = tokens[cur.to + 1];
    if (!close || !bracketAfter(tokens[cur.to]!, close) || !/^\)/.test(close.post) || !isAcronym(wordOf(close))) continue;
    if (cur.type === 'Role' || cur.type === 'Person' || cur.type === 'Acronym') continue;
    cur.acronym = wordOf(close);
    const acr = mentions.findIndex((x) => x.from === cur.to + 1);
    if (acr >= 0) { mentions[acr]!.aliasOf = m; mentions[acr]!.type = cur.type; }
  }
  return { index, sentence, mentions, shortForms, singles, blockers };
}

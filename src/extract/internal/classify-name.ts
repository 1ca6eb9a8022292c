// Decides what a run of capitalised words names: the chunk is cleaned of honorifics,
// post-nominals and leading function words, then the chunk rules of ../rules/entities are tried
// in order; the first that applies decides, and its name is recorded on what it typed.

import type { Token } from '../nlp.js';
import { actHeads, honorifics, innerConnectors, postNominals, roleTitles, type LexiconEntry } from '../lexicon.js';
import { CHUNK_RULES, ruleOn } from '../rules/entities/index.js';
import { leadsNoName, lower, spanText, words } from '../rules/entities/name-parts.js';
import { isYear, wordOf } from './words.js';

export { leadsNoName, looksLikePersonName } from '../rules/entities/name-parts.js';

const JUDGE_STYLE = /^(Lord|Lady|Mr|Mrs|Ms|Miss)$/;

/** `Lord Advocate`, `Lord Chief Justice`, `Lord Justice Clerk`: an office (data/roles.json titles) opening at token `k`. */
function lordOffice(tokens: Token[], k: number, to: number): boolean {
  const ws = tokens.slice(k, Math.min(to, k + 3) + 1).map((t) => wordOf(t).toLowerCase());
  return roleTitles.has(ws.slice(0, 2).join(' ')) || roleTitles.has(ws.slice(0, 3).join(' '));
}

/** `Unknown`: capitalised words beside a known name that name nothing we annotate. */
export type CandidateType = 'Person' | 'Body' | 'Act' | 'Programme' | 'Role' | 'Acronym' | 'Unknown';

/** A classified span of a chunk; `from`/`to` index tokens (inclusive). */
export interface Candidate {
  type: CandidateType;
  from: number;
  to: number;
  name: string;
  lexicon?: LexiconEntry;
  /** The entity rule that typed it (`known-name`, `office-then-person`, …). */
  rule?: string;
  /** Acronym: a body's name when the document does not define it (`the PIB said`). */
  bodyIfUndefined?: boolean;
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
  /** Entity rules switched off in this run. */
  disabled?: ReadonlySet<string>;
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
  // strip honorifics ("Dame Clare Tickell", "The Rt Hon Amber Rudd MP") and post-nominals ("Carlene Firmin MBE")
  for (;;) {
    const w = wordOf(ctx.tokens[from]!);
    // "Lord Advocate Dorothy Bain", "Lord Chief Justice Lady Carr", "the Lord Justice Clerk": an office that opens with a peer's title is the office
    if (from < to && JUDGE_STYLE.test(w) && lordOffice(ctx.tokens, from, to)) break;
    // "Lord Justice Pitchford", "Mrs Justice Cutts": a judge's style, honorific and `Justice`, before the surname
    if (from + 1 < to && JUDGE_STYLE.test(w) && wordOf(ctx.tokens[from + 1]!) === 'Justice') {
      from += 2;
      marked = true;
    } else if (from < to && honorifics.has(lower(w))) {
      from++;
      marked = true;
    } else if (from < to && w === 'The' && honorifics.has(lower(wordOf(ctx.tokens[from + 1]!)))) from++;
    else break;
  }
  while (to > from && postNominals.has(wordOf(ctx.tokens[to]!))) {
    if (wordOf(ctx.tokens[to]!) === 'MP') postRole = 'MP';
    to--;
    marked = true;
  }
  while (from <= to && leadsNoName(ctx.tokens, from)) from++;
  while (to > from && innerConnectors.has(wordOf(ctx.tokens[to]!))) to--;
  if (from > to) return [];
  // "… Act 2015 Act": the head again after the year is not part of the name
  if (ruleOn(ctx, 'repeated-act-head')) {
    for (let k = from + 1; k < to; k++) {
      if (isYear(wordOf(ctx.tokens[k]!)) && actHeads.has(wordOf(ctx.tokens[k + 1]!)) && wordOf(ctx.tokens[k + 1]!) === wordOf(ctx.tokens[k - 1]!)) {
        to = k;
        break;
      }
    }
  }
  const ws = words(ctx, from, to);
  const span = { from, to, extentFrom, extentTo, marked, postRole, ws, text: spanText(ctx, from, to), depth };
  const classify = (a: number, b: number, d: number) => classifyChunk(ctx, a, b, d);
  for (const rule of CHUNK_RULES) {
    if (rule.words === 'one' ? ws.length !== 1 : rule.words === 'many' ? ws.length === 1 : false) continue;
    if (!ruleOn(ctx, rule.name)) continue;
    const found = rule.apply(ctx, span, classify);
    // the outermost rule that decided the span is named, except on known names (`known-name`, `known-inside`)
    if (found) return found.map((c) => (c.lexicon && c.rule ? c : { ...c, rule: rule.name }));
  }
  return [];
}

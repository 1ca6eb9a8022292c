// Reading an office phrase that starts at a given token: a capitalised known office (a role
// reference), or lower-case words up to an office head (`chief constable`, `knife crime lead`),
// optionally opened by a body (`National Police Chiefs' Council knife crime lead`) or a body's
// possessive (`the college's first chief executive officer`), and closed by `of/at/for <body>`.

import { determiners, officeHeads, officeQualifiers, verbalWords } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { breaksAfter, isPossessive } from '../../internal/words.js';
import { describedBody, describedBodyPossessive, isEntity, refAt, slice } from './refs.js';
import type { SentenceView } from './rule.js';

export interface OfficePhrase {
  role: string;
  body?: Group;
  /** Last token of the phrase, with its body. */
  end: number;
  /** A known office written with capitals (`HM Chief Inspector`), which needs no closing. */
  known?: boolean;
}

/** Words that may stand inside a lower-case office before its head. */
const officeWord = (w: string) =>
  /^[a-z][a-z-]*$/.test(w) && !verbalWords.has(w) && !determiners.has(w) && !/^(of|for|at|in|on|by|with|from|as|than|and|or)$/.test(w);

/** The body after `of/at/for (the)` at token `k`, unless a longer unknown name goes on from it. */
function bodyAfter(s: SentenceView, k: number): { body: Group; end: number } | undefined {
  if (!/^(of|at|for)$/.test(s.words[k] ?? '')) return undefined;
  const at = s.words[k + 1] === 'the' ? k + 2 : k + 1;
  const b = refAt(s, at);
  // "chief constable of the force": the force the item named
  if (!isEntity(b, 'Body')) return describedBody(s, k + 1) ? { body: describedBody(s, k + 1)!.group, end: describedBody(s, k + 1)!.to } : undefined;
  if (s.refs.some((r) => r.kind === 'blocker' && r.from === b.to + 1)) return undefined;
  return { body: b.group, end: b.to };
}

/**
 * The last token of a lead's field after `for`/`on` at head + 1: lower-case office words, or
 * capitalised words joined by `and`/`of`/`against` ("for Violence Against Women and Girls"), up to a
 * break, a name the sentence knows or a word of neither kind. Undefined when no field follows.
 */
export function leadFieldEnd(s: SentenceView, head: number): number | undefined {
  const { tokens, words } = s;
  if (!/^(for|on)$/.test(words[head + 1] ?? '') || breaksAfter(tokens[head]!, tokens[head + 1])) return undefined;
  let last: number | undefined;
  for (let k = head + 2; k < tokens.length && k - head < 10; k++) {
    if (s.refs.some((r) => r.kind === 'entity' && r.from <= k && r.to >= k)) break;
    const capital = /^\p{Lu}/u.test(tokens[k]!.text);
    const joiner =
      /^(and|of|against)$/.test(words[k]!) && last !== undefined && /^\p{Lu}/u.test(tokens[last]!.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    if (!joiner && !(capital ? /^[\p{L}-]+$/u.test(tokens[k]!.text) : officeWord(words[k]!))) break;
    if (!joiner) last = k;
    if (breaksAfter(tokens[k]!, tokens[k + 1])) break;
  }
  return last;
}

/**
 * The office phrase starting at token `at` (past `the`, qualifiers), or undefined.
 * `closed`: the phrase must end the clause or go on with `of/at/for <body>`, `in`, `since`, `and`.
 */
export function officePhraseAt(s: SentenceView, at: number): OfficePhrase | undefined {
  const { tokens, words } = s;
  let n = at;
  if (/^(the)$/.test(words[n] ?? '')) n++;
  let owner: Group | undefined;
  // "the college's first chief executive officer", "the NCA's Director General"
  const own = refAt(s, n);
  if (isEntity(own, 'Body') && isPossessive(tokens[own.to]!)) {
    owner = own.group;
    n = own.to + 1;
  } else if (n > at && /['’]s?$/.test(tokens[n]?.text ?? '') && describedBodyPossessive(s, n)) {
    // "the force's Chief Constable", "the Constabulary's Acting Chief Constable": the body the item named
    owner = describedBodyPossessive(s, n);
    n++;
  } else if (/['’]s?$/.test(tokens[n]?.text ?? '') && /^[a-z]/.test(tokens[n]?.text ?? '') && !breaksAfter(tokens[n]!, tokens[n + 1])) n++;
  const qualifiers = n;
  while (officeQualifiers.has(words[n] ?? '')) n++;
  const keepQualifier = words.slice(qualifiers, n).includes('former') ? qualifiers : n;
  const r = refAt(s, n);
  if (r?.kind === 'role') {
    let role = keepQualifier < n ? slice(s, keepQualifier, r.to) : r.role!;
    // "Chair of the Council": a known office run on to a description of the body the item named
    const described = !owner && r.to - r.from >= 3 && /^(of|at|for)$/.test(words[r.to - 2]!) ? describedBody(s, r.to - 1) : undefined;
    if (described) {
      role = slice(s, keepQualifier < n ? keepQualifier : r.from, r.to - 3);
      return { role, body: described.group, end: r.to, known: true };
    }
    const of = owner ? undefined : bodyAfter(s, r.to + 1);
    // "national policing lead for Violence Against Women and Girls": a lead's field, even capitalised
    const field = !of && /\blead$/i.test(r.role!) ? leadFieldEnd(s, r.to) : undefined;
    if (field !== undefined) return { role: `${role}${s.cut(tokens[r.to]!.end, tokens[field]!.end)}`, body: owner, end: field, known: true };
    return { role, body: owner ?? of?.body, end: of?.end ?? r.to, known: true };
  }
  // a body then lower-case office words: "National Police Chiefs' Council knife crime lead"
  let from = n;
  let body = owner;
  if (!owner && isEntity(r, 'Body') && /^[a-z]/.test(tokens[r.to + 1]?.text ?? '') && !breaksAfter(tokens[r.to]!, tokens[r.to + 1])) {
    body = r.group;
    from = r.to + 1;
  } else if (r && r.from === n) return undefined;
  let head = -1;
  for (let k = from; k < tokens.length && k - from < 6; k++) {
    const w = words[k]!;
    if (!officeWord(w) || !/^[a-z]/.test(tokens[k]!.text)) break;
    // "director-general", "secretary-general": a head joined by a hyphen runs on to the next word
    if (officeHeads.has(w) || (head === k - 1 && tokens[head]!.post === '-')) head = k;
    if (breaksAfter(tokens[k]!, tokens[k + 1])) break;
  }
  if (head < 0) return undefined;
  // "the NPCC lead for roads policing": a lead's field after `for` is part of the office
  const roleFrom = keepQualifier < from && !body ? keepQualifier : from;
  if (/^(lead|spokesperson|champion|coordinator)$/.test(words[head]!) && words[head + 1] === 'for' && !bodyAfter(s, head + 1)) {
    let k = head + 1;
    while (k + 1 < tokens.length && k - head < 5 && officeWord(words[k + 1]!) && /^[a-z]/.test(tokens[k + 1]!.text) && !breaksAfter(tokens[k]!, tokens[k + 1]))
      k++;
    // "national policing lead for Violence Against Women and Girls": a capitalised field
    if (k === head + 1) k = leadFieldEnd(s, head) ?? k;
    if (k > head + 1) {
      const of = body ? undefined : bodyAfter(s, k + 1);
      return { role: slice(s, roleFrom, k), body: body ?? of?.body, end: of?.end ?? k };
    }
  }
  const role = slice(s, roleFrom, head);
  const of = body ? undefined : bodyAfter(s, head + 1);
  return { role, body: body ?? of?.body, end: of?.end ?? head };
}

/** Whether the clause ends or goes on plainly after token `end`. */
export function closesAfter(s: SentenceView, end: number): boolean {
  const next = s.words[end + 1];
  return (
    next === undefined ||
    breaksAfter(s.tokens[end]!, s.tokens[end + 1]) ||
    /^(in|since|until|from|and|for|at|on|when|who|which|said|says|with|between|during|before|after)$/.test(next)
  );
}

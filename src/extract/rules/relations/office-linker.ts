// One general reading behind the many office shapes: an office phrase standing next to a
// person's name is that person's office. The phrase is read by its grammar, not by the shape of
// the sentence: optional owner (`Victim Support's`, `the Home Office`), office words up to an
// office head (a known title, or a word of `heads`/`officeHeads` in data/roles.json), the head's
// field (`of policy`, `for child abuse investigations`) and the body it is held in (`of/at/for/
// from/with/in <body>`). The phrase may stand right after the name (`X, director of policy at the
// Police Foundation, said`; `X (chief executive, Victim Support)`) or right before it, with or
// without a comma (`The chief executive of Victim Support, X, said`; `Victim Support chief
// executive X`). Runs after the narrower office rules: where one of them already read the office,
// the relations are the same and theirs are kept.

import { determiners, genericOffices, officeHeads, officeQualifiers, postNominals, typingNouns, verbalWords } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { breaksAfter, isPossessive } from '../../internal/words.js';
import { describedBody, describedBodyPossessive, isEntity, portfolioEnd, slice, titleInName } from './refs.js';
import type { PersonRule, SentenceView } from './rule.js';

export interface LinkedOffice {
  /** A job word (`officer`, `member`): a place in the body, no office. */
  generic?: boolean;
  /** The unit's parent: "head of the Organised Crime Unit at Kent Police". */
  parent?: Group;
  /** First token of the office's own words (owner and determiners left out). */
  from: number;
  role: string;
  body?: Group;
  /** Last token of the phrase, with its body. */
  end: number;
}

const PREPOSITIONS = /^(of|for|at|in|on|by|with|from|as|than|to|within|into|under|over|about|after|before|since|during)$/;

/** A word that may stand inside an office: a word of letters, no verb, determiner or preposition. */
const officeWord = (w: string) => /^[\p{L}][\p{L}'’-]*$/u.test(w) && !verbalWords.has(w) && !determiners.has(w) && !PREPOSITIONS.test(w) && w !== 'or';

/** Where the body of an office goes on from `of/at/for/from/with/in (the)` at token k. */
function bodyAt(s: SentenceView, k: number): { body: Group; end: number; parent?: Group } | undefined {
  if (!/^(of|at|for|from|with|in|within)$/.test(s.words[k] ?? '')) return undefined;
  let at = s.words[k + 1] === 'the' ? k + 2 : k + 1;
  // "chief executive of the charity Victim Support": a noun that types the body stands before its name
  if (at === k + 2 && typingNouns[s.words[at] ?? ''] === 'Body' && /^\p{Ll}/u.test(s.tokens[at]!.text) && /^\s+$/.test(s.tokens[at]!.post)) at++;
  const r = s.refs.find((x) => x.from === at && x.kind === 'entity');
  // "chief constable of the force": the body the item named last with that word
  const described = !r ? describedBody(s, k + 1) : undefined;
  if (described) return { body: described.group, end: described.to };
  if (!isEntity(r, 'Body') || s.refs.some((x) => x.kind === 'blocker' && x.from === r.to + 1)) return undefined;
  // past the body's possessive to its unit: "head of the Home Office's Crime and Policing Group"
  if (isPossessive(s.tokens[r.to]!)) {
    const unit = s.refs.find((x) => x.from === r.to + 1 && x.kind === 'entity');
    if (isEntity(unit, 'Body')) return { body: unit.group, end: unit.to };
  }
  // a unit held at its parent body: "the Organised Crime Unit at Kent Police"
  if (/^(at|in)$/.test(s.words[r.to + 1] ?? '')) {
    const p = s.refs.find((x) => x.from === (s.words[r.to + 2] === 'the' ? r.to + 3 : r.to + 2) && x.kind === 'entity');
    if (isEntity(p, 'Body') && p.group !== r.group) return { body: r.group, end: p.to, parent: p.group };
  }
  return { body: r.group, end: r.to };
}

/** The office phrase that starts at token `at`, or undefined. */
export function officeAt(s: SentenceView, at: number): LinkedOffice | undefined {
  const { tokens, words, refs } = s;
  let n = at;
  while (n < at + 2 && /^(the|a|an)$/.test(words[n] ?? '')) n++;
  let body: Group | undefined;
  // "Its chief executive": the body the previous sentence was about
  if (words[n] === 'its' && s.focus.body) {
    body = s.focus.body;
    n++;
  }
  // an owner before the office: a body's possessive, or a body written straight before it
  const own = body ? undefined : refs.find((r) => r.from === n && r.kind === 'entity');
  if (isEntity(own, 'Body')) {
    const straight = !breaksAfter(tokens[own.to]!, tokens[own.to + 1]);
    if (!isPossessive(tokens[own.to]!) && !straight) return undefined;
    body = own.group;
    n = own.to + 1;
  } else if (own) return undefined;
  else if (words[n - 1] === 'the' && isPossessive(tokens[n]!)) {
    // "the force's head of crime": a description's possessive stands for the body the item named
    const d = describedBodyPossessive(s, n);
    if (d) {
      body = d;
      n++;
    }
  }
  // a role reference that opens with the owner's name: "Home Office Chief Scientific Adviser"
  const wide = refs.find((r) => r.kind === 'role' && r.from < n && r.to >= n && body);
  const qualifiers = n;
  while (officeQualifiers.has(words[n] ?? '')) n++;
  const first = words.slice(qualifiers, n).includes('former') ? qualifiers : n;
  let head = -1;
  let generic = false;
  let k = n;
  for (; k < tokens.length && k - n < 8; k++) {
    const role = wide && k === n ? wide : refs.find((r) => r.kind === 'role' && r.from === k);
    if (role) {
      head = role.to;
      k = role.to;
    } else {
      if (refs.some((r) => r.kind === 'entity' && r.from <= k && r.to >= k)) break;
      const w = words[k]!;
      // a possessive is an owner, not an office word ("Toronto's", "the Met's")
      // "Policing and criminal justice minister": `and` joins the words of a portfolio before its head
      const joins = w === 'and' && head < 0 && k > n && officeWord(words[k + 1] ?? '') && !officeHeads.has(words[k + 1] ?? '');
      if ((!officeWord(w) && !joins) || (isPossessive(tokens[k]!) && k > n)) break;
      if (isPossessive(tokens[k]!)) return undefined;
      // "Metropolitan Police officer X": a job word alone after a body is a place in it, no office
      // (before a name, or closing an apposition: "X, a former Metropolitan Police detective, said")
      if (genericOffices.has(w) && head < 0 && k === n && body && (!/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') || breaksAfter(tokens[k]!, tokens[k + 1]))) {
        head = k;
        generic = true;
      }
      // "director-general": a head joined by a hyphen runs on to the next word
      else if (officeHeads.has(w) || (head >= 0 && head === k - 1 && tokens[head]!.post === '-')) head = k;
    }
    if (breaksAfter(tokens[k]!, tokens[k + 1])) break;
  }
  if (head < 0) return undefined;
  // a capitalised office keeps no lower-case description before it: "long-serving Chief of Police"
  let from = first;
  if (/^\p{Lu}/u.test(tokens[head]!.text)) while (from < head && /^\p{Ll}/u.test(tokens[from]!.text)) from++;
  // "Her Majesty's Chief Inspector": the sovereign's possessive is part of the title
  if (from >= 2 && /^(her|his)$/.test(words[from - 2]!) && /^majesty['’]s$/.test(words[from - 1]!) && /^\p{Lu}/u.test(tokens[from - 2]!.text)) from -= 2;
  // the words after the head belong to it only as its field or body
  let end = head;
  // a capitalised office read whole with its body inside: "Chair of Durham Police Authority"
  const roleRef = refs.find((r) => r.kind === 'role' && r.to === head && r.from <= head);
  const inner =
    roleRef &&
    refs.find(
      (r) =>
        isEntity(r, 'Body') &&
        r.to === head &&
        r.from > roleRef.from + 1 &&
        /^(of|at)$/.test(words[r.from - 1] === 'the' ? words[r.from - 2]! : words[r.from - 1]!),
    );
  if (inner && !body) {
    const ofAt = words[inner.from - 1] === 'the' ? inner.from - 2 : inner.from - 1;
    return { generic, from, role: slice(s, from, ofAt - 1), body: inner.group, end: head };
  }
  const direct = bodyAt(s, head + 1);
  if (direct) return { generic, from, role: slice(s, from, head), body: body ?? direct.body, end: direct.end, parent: body ? undefined : direct.parent };
  // the head's field: "of policy", "for child abuse investigations", then perhaps its body
  if (/^(of|for|on)$/.test(words[head + 1] ?? '') && !breaksAfter(tokens[head]!, tokens[head + 1])) {
    let f = head + 2;
    while (f < tokens.length && f - head < 7 && officeWord(words[f]!) && !refs.some((r) => r.kind === 'entity' && r.from <= f && r.to >= f)) {
      if (breaksAfter(tokens[f]!, tokens[f + 1])) break;
      f++;
    }
    const last = f < tokens.length && officeWord(words[f] ?? '') && !refs.some((r) => r.kind === 'entity' && r.from <= f && r.to >= f) ? f : f - 1;
    if (last > head + 1) {
      end = last;
      const after = bodyAt(s, last + 1);
      if (after) return { generic, from, role: slice(s, from, last), body: body ?? after.body, end: after.end, parent: body ? undefined : after.parent };
    }
  }
  return { generic, from, role: slice(s, from, end), body, end };
}

/**
 * Whether an apposition ends after token `end`: a break, or a saying verb. Not a bare verb: in
 * "In response to X, the Home Secretary has acted" the office opens the next clause.
 */
function closes(s: SentenceView, end: number): boolean {
  const next = s.words[end + 1];
  return next === undefined || breaksAfter(s.tokens[end]!, s.tokens[end + 1]) || /^(said|says|added|explained|commented|told|warned|stated)$/.test(next);
}

/** A word or break before token n that opens an office phrase: the sentence's start, a determiner, a preposition, a verb. */
function opensBefore(s: SentenceView, n: number): boolean {
  if (n === 0 || breaksAfter(s.tokens[n - 1]!, s.tokens[n])) return true;
  const w = s.words[n - 1]!;
  // "Security and Economic Crime Minister": a capitalised word before belongs to the same title
  if (/^\p{Lu}/u.test(s.tokens[n - 1]!.text) && /^\p{Lu}/u.test(s.tokens[n]!.text)) return false;
  // "and"/"or" join it to a title before; after a copula it is another clause's predicate
  // ("whilst she was Home Secretary, Mr Hyland …")
  if (/^(and|or|to|is|was|are|were|be|been|became|becomes|remains|remained)$/.test(w)) return false;
  // a body's name opens an office after any lower-case word: "We have charged Metropolitan Police officer X"
  if (/^\p{Ll}/u.test(s.tokens[n - 1]!.text) && s.refs.some((r) => r.from === n && isEntity(r, 'Body'))) return true;
  return determiners.has(w) || PREPOSITIONS.test(w) || verbalWords.has(w) || /^(said|says|according|including|welcomed|thanked|from|by)$/.test(w);
}

export const officeLinkerRule: PersonRule = {
  name: 'office-linker',
  scope: 'person',
  apply(s, person, _i, emit) {
    // a job word gives the body only: "Metropolitan Police officer X"
    const link = (office: LinkedOffice, body = office.body) => {
      if (!office.generic) emit.holds(person.group, office.role, body);
      else if (body) emit.relation('AFFILIATED_WITH', person.group, body, office.role);
    };
    const { tokens, words } = s;
    const m = person.mention;
    // after the name (past its letters): ", <office>," or " (<office>)"
    let end = m?.extentTo ?? person.to;
    // past the name's own body: "Jackie Sebire of Bedfordshire Police, the NPCC lead for knife crime"
    if (m?.affiliation !== undefined) end = s.refs.find((r) => r.mention === s.analysis.mentions[m.affiliation!])?.to ?? end;
    while (end + 1 < tokens.length && postNominals.has(tokens[end + 1]!.text.replace(/[,.]$/, '')) && !/[^\s]/.test(tokens[end]!.post)) end++;
    const post = tokens[end]?.post ?? '';
    // a byline or heading: "Simon Byrne | Chief Constable", "Jane Doe – Head of Policy" (the office ends the line)
    // (the bar its own token, or left in the name's trailing text: "Jane Doe – Chief Executive")
    const bar = /^[|–—]$/.test(tokens[end + 1]?.text ?? '') && /^\s+$/.test(post) ? end + 1 : /^\s+[|–—]\s+$/.test(post) ? end : undefined;
    if (bar !== undefined) {
      const office = officeAt(s, bar + 1);
      const endsLine = (k: number) => k === tokens.length - 1 || /\n/.test(tokens[k]!.post);
      if (office && endsLine(office.end)) link(office);
      // "Jane Doe – Chief Executive, Victim Support": the body after the office's comma, ending the line
      else if (office && !office.body && /^\s*,\s*$/.test(tokens[office.end]!.post)) {
        const b = s.refs.find((r) => r.from === office.end + 1 && r.kind === 'entity');
        if (isEntity(b, 'Body') && endsLine(b.to)) link(office, b.group);
      }
    } else if (/^\s*[,(]\s*$/.test(post)) {
      const office = officeAt(s, end + 1);
      // "X (chief executive, Victim Support)": the body after the office's comma, closing the bracket
      if (office && /\(/.test(post) && !office.body && /,/.test(tokens[office.end]!.post)) {
        const b = s.refs.find((r) => r.from === office.end + 1 && r.kind === 'entity');
        if (isEntity(b, 'Body') && /\)/.test(tokens[b.to]!.post)) link(office, b.group);
      }
      // "X, Minister for Policing, Crime, Criminal Justice & Victims, said": the portfolio runs on past the
      // comma; the whole office is apposition-title's, its first subject alone is no office
      const portfolio = s.refs.find((r) => r.kind === 'role' && r.to === office?.end && portfolioEnd(s, r) !== undefined);
      if (office && closes(s, office.end) && !portfolio) {
        link(office);
        if (office.parent && office.body) emit.relation('PART_OF', office.body, office.parent);
      }
    }
    // before the name: "<office>, X" or "<office> X"; before a name whose own chunk holds a title,
    // only with a comma ("National Police Chiefs' Council lead for knife crime, Deputy Assistant
    // Commissioner X")
    const inName = titleInName(s, person);
    const st = Math.min(inName?.from ?? Infinity, m?.extentFrom ?? person.from);
    if (st < 1) return;
    const comma = /^\s*,\s*$/.test(tokens[st - 1]!.post);
    if (inName && !comma) return;
    if (!comma && breaksAfter(tokens[st - 1]!, tokens[st])) return;
    // cheap first: no office word or known office in reach, no office phrase
    let reach = false;
    for (let k = Math.max(0, st - 12); k < st && !reach; k++) reach = officeHeads.has(words[k]!) || genericOffices.has(words[k]!);
    if (!reach && !s.refs.some((r) => r.kind === 'role' && r.to < st && r.to >= st - 12)) return;
    // the longest office phrase that ends right before the name: "The NCSC's chief executive", not "chief executive"
    let best: { n: number; office: LinkedOffice } | undefined;
    for (let n = st - 1; n >= 0 && st - n <= 12; n--) {
      if (n < st - 1 && breaksAfter(tokens[n]!, tokens[n + 1]) && !isPossessive(tokens[n]!)) break;
      if (!opensBefore(s, n)) continue;
      const office = officeAt(s, n);
      if (office && office.end === st - 1) best = { n, office };
    }
    if (!best) return;
    // "The reforms will lead Jane Smith to resign": one lower-case word after a verb is a verb
    const lone = best.office.from === best.office.end && /^\p{Ll}/u.test(tokens[best.office.from]!.text) && !best.office.body;
    if (lone && best.n > 0 && (verbalWords.has(words[best.n - 1]!) || words[best.n - 1] === 'to')) return;
    // "Dave McLuckie, Chair of Cleveland Police Authority, Chief Constable … Sean Price": an office
    // after a name and its comma is that name's apposition
    const open = best.n - 1;
    if (open >= 0 && /,/.test(tokens[open]!.post) && s.refs.some((r) => r.to === open && isEntity(r, 'Person'))) return;
    link(best.office);
  },
};

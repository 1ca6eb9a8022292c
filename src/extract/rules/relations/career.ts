// What the career rules share: their word lists (data/career-wordings.json) and the reading of
// a clause's subject, the person a career wording is about.

import careers from '../../data/career-wordings.json' with { type: 'json' };
import type { Group } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { SentenceView } from './rule.js';

export const bodyObjectVerbs: ReadonlySet<string> = new Set(careers.bodyObjectVerbs);
export const subjectAdverbs: ReadonlySet<string> = new Set(careers.subjectAdverbs);
export const spanUnits: ReadonlySet<string> = new Set(careers.spanUnits);
export const participleOpeners: readonly string[][] = careers.participleOpeners.map((p) => p.split(' '));
/** Participle phrases, longest first, each with what it takes: a body or an office. */
export const participles: readonly { words: string[]; takes: 'body' | 'office' }[] = Object.entries(careers.participles as Record<string, string>)
  .map(([p, takes]) => ({ words: p.split(' '), takes: takes === 'office' ? ('office' as const) : ('body' as const) }))
  .sort((a, b) => b.words.length - a.words.length);

/** Whether a break (`;`, `:`, a new line) stands between tokens `from` and `to`. */
const clauseBreak = (s: SentenceView, from: number, to: number) => s.tokens.slice(from, to).some((t) => /[;:]|\n/.test(t.post));

/**
 * The person who is the subject of the verb at token `v`: a person named right before it, past
 * auxiliaries and adverbs (`Jane Smith has also led …`), or `he`/`she` there for the person last
 * named. Undefined when anything else stands between.
 */
export function subjectOf(s: SentenceView, v: number): Group | undefined {
  let k = v - 1;
  while (k >= 0 && v - k <= 4 && subjectAdverbs.has(s.words[k]!) && !/,/.test(s.tokens[k]!.post)) k--;
  if (k < 0) return undefined;
  const r = [...s.refs].reverse().find((x) => x.kind !== 'blocker' && x.to === k);
  if (isEntity(r, 'Person')) return r.group;
  if (/^(he|she)$/.test(s.words[k]!) && !s.refs.some((x) => x.to < k && isEntity(x, 'Person'))) return s.focus.person;
  return undefined;
}

/**
 * The sentence's opening subject: a person named at its start (past an honorific or title in the
 * name) or `he`/`she` as its first word; the one person named before token `before`, with no
 * break between.
 */
export function openingSubject(s: SentenceView, before: number): Group | undefined {
  const people = s.refs.filter((r) => r.to < before && isEntity(r, 'Person'));
  if (people.length === 0) {
    if (/^(he|she)$/.test(s.words[0] ?? '') && !clauseBreak(s, 0, before)) return s.focus.person;
    return undefined;
  }
  const first = people[0]!;
  if (people.some((p) => p.group !== first.group)) return undefined;
  // "Chief Constable Jane Smith joined …": only the capitalised words of a title before the name
  const opens = first.from <= 6 && s.tokens.slice(0, first.from).every((t) => /^\p{Lu}/u.test(t.text) && !/[,;:(]/.test(t.post));
  if (!opens || clauseBreak(s, first.to, before)) return undefined;
  return first.group;
}

// Small readings of a sentence's references that several relation rules share.

import type { Token } from '../../nlp.js';
import { auxiliaries, bodyDescriptions, officeHeads, roleAbbreviations, roleHeads, roleTitles, typingNouns } from '../../lexicon.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import type { EntityRef, SentenceView } from './rule.js';

export const lower = (s: string) => s.toLowerCase();

export const isEntity = (r: Ref | undefined, ...types: string[]): r is EntityRef =>
  !!r && r.kind === 'entity' && !!r.group && (types.length === 0 || types.includes(r.group.type));

/** The reference starting at token `from`, an entity or office before an unknown name. */
export function refAt(s: SentenceView, from: number): Ref | undefined {
  return s.refs.find((r) => r.from === from && r.kind !== 'blocker') ?? s.refs.find((r) => r.from === from);
}

/** The entity of the sentence mention at `index` in the analysis, if a reference holds it. */
export function groupOfMention(s: SentenceView, index: number | undefined): Group | undefined {
  if (index === undefined) return undefined;
  return s.refs.find((r) => r.mention === s.analysis.mentions[index])?.group;
}

export function hasRoleWord(words: string[]): boolean {
  const joined = lower(words.join(' '));
  if (roleTitles.has(joined) || words.join(' ') in roleAbbreviations) return true;
  return words.some((w) => roleHeads.has(lower(w)) || lower(w) === 'chief');
}

export function slice(s: SentenceView, from: number, to: number): string {
  return from <= to ? s.cut(s.tokens[from]!.start, s.tokens[to]!.end) : '';
}

export const commaAfter = (t: Token | undefined) => !!t && /^,\s*$/.test(t.post);

/** The office a person's own name chunk carries: "Security Minister James Brokenshire". */
export function titleInName(s: SentenceView, person: EntityRef): Ref | undefined {
  const m = person.mention;
  return s.refs.find((r) => r.kind === 'role' && r.mention?.holder !== undefined && s.analysis.mentions[r.mention.holder] === m);
}

/** Only auxiliaries, or `is a national IT system`, may stand between a subject and its passive verb. */
export function subjectOf(between: string[], type: string): boolean {
  if (between.every((w) => auxiliaries.has(w))) return true;
  // "IDIOM is a national IT system provided by"; "the Youth Endowment Fund, a £200 million fund run by";
  // "CONTEST, the government's counter-terrorism strategy, which is overseen by"
  const k = /^(is|was)$/.test(between[0] ?? '') ? 1 : 0;
  if (!/^(a|an|the)$/.test(between[k] ?? '') || between.length > 9) return false;
  const noun = between.findIndex((w, i) => i > k && typingNouns[w] === type);
  return noun > 0 && between.slice(noun + 1).every((w) => auxiliaries.has(w));
}

/**
 * The reference and those joined on to it by `and`/`or` (`amends the Police Act 1996 and the
 * Police Reform Act 2002`): the same relation holds for each of them.
 */
export function withCoordinated(first: EntityRef, refs: Ref[], words: string[], type: string): EntityRef[] {
  const joined = [first];
  let last: Ref = first;
  for (const r of refs) {
    if (r.from <= last.to) continue;
    const between = words.slice(last.to + 1, r.from);
    if (!isEntity(r, type) || between.length === 0 || between.length > 2 || !between.every((w) => w === 'and' || w === 'or' || w === 'the')) break;
    joined.push(r);
    last = r;
  }
  return joined;
}

const holdsOffice = (words: string[]) =>
  words.some((w) => officeHeads.has(lower(w))) || roleTitles.has(lower(words.join(' '))) || words.join(' ') in roleAbbreviations;

/**
 * A part of a title that is an office on its own: its head (the last word, or the word before an
 * `of/for` tail) is an office head, or the whole is a known title. "Chief Fire" in "Chief Fire
 * and Rescue Inspector" has an office word but no head: it is no office apart.
 */
const headedOffice = (words: string[]) => {
  if (roleTitles.has(lower(words.join(' '))) || words.join(' ') in roleAbbreviations) return true;
  const tail = words.findIndex((w) => /^(of|for|to)$/i.test(w));
  const head = tail > 0 ? words[tail - 1]! : words[words.length - 1]!;
  return officeHeads.has(lower(head));
};

/**
 * The offices one written title holds: "Chancellor and Secretary of State for Justice" is two,
 * "Senior National Coordinator for CT Assistant Commissioner" ends with a second known title;
 * "Minister of State for Policing, Criminal Justice and Victims" and "Police and Crime
 * Commissioner" are one. `before` is the word written right before the title, which may belong
 * to the first office ("Lord" + "Chancellor").
 */
export function officesIn(title: string, before?: string): string[] {
  // the parts between commas and `and`, each run on until it is an office with its head: "HM Chief
  // Inspector of Constabulary and Chief Fire and Rescue Inspector" is two, not "Chief Fire" apart;
  // a run left over with no head ("…, Criminal Justice and Victims") keeps the title whole
  const pieces = title.split(/(\s*,\s*|\s+and\s+)/);
  let parts: string[] = [];
  let run = '';
  for (let i = 0; i < pieces.length; i += 2) {
    run = run ? `${run}${pieces[i - 1]}${pieces[i]}` : pieces[i]!;
    if (run && headedOffice(run.split(/\s+/))) {
      parts.push(run);
      run = '';
    }
  }
  if (run || parts.length < 2) parts = [title];
  parts = parts.flatMap((p) => {
    const ws = p.split(/\s+/);
    if (roleTitles.has(lower(p))) return [p];
    for (let k = 1; k <= ws.length - 2; k++) {
      const tail = ws.slice(k).join(' ');
      if (roleTitles.has(lower(tail)) && holdsOffice(ws.slice(0, k)) && !/^(of|for|and|the|to|on)$/i.test(ws[k - 1]!)) return [ws.slice(0, k).join(' '), tail];
    }
    return [p];
  });
  if (before && roleTitles.has(lower(`${before} ${parts[0]}`))) parts[0] = `${before} ${parts[0]}`;
  return parts;
}

/** The capitalised word written right before token `at`, when nothing breaks between (`Lord` in "Lord Chancellor"). */
export function wordBefore(s: SentenceView, at: number): string | undefined {
  const t = s.tokens[at - 1];
  if (!t || /[^\s]/.test(t.post) || !/^[A-Z][a-z]+$/.test(t.text)) return undefined;
  return s.refs.some((r) => r.from <= at - 1 && r.to >= at - 1 && r.kind !== 'blocker') ? undefined : t.text;
}

/**
 * The body a definite description at token `at` stands for: `the force` for the police force the
 * item named last, `the Council` for its council. Undefined when a name stands there.
 */
export function describedBody(s: SentenceView, at: number): { group: Group; to: number } | undefined {
  if (s.words[at] !== 'the' || s.refs.some((r) => r.from === at + 1 && r.kind !== 'blocker')) return undefined;
  const noun = s.words[at + 1] ?? '';
  const heads = bodyDescriptions[noun];
  if (!heads) return undefined;
  const g = (s.focus.bodies ?? []).find((b) => describes(b, noun, heads));
  return g ? { group: g, to: at + 1 } : undefined;
}

/**
 * The last token of a minister's portfolio list that runs on past an office's own end: "Minister
 * for Crime, Policing and Fire", "Minister of State for Security, Counterterrorism, Crime and
 * Policing". The office must end in `for <Subject>`; the list is capitalised subjects joined by
 * commas and closed by `and <Subject>` (or `& <Subject>`), and a comma, bracket, colon or the sentence's end follows it.
 * Undefined when no such list follows.
 */
export function portfolioEnd(s: SentenceView, office: Ref): number | undefined {
  const { tokens, words } = s;
  if (office.kind !== 'role' || !/\bfor\s+\S+/i.test(office.role ?? '') || !commaAfter(tokens[office.to])) return undefined;
  let k = office.to + 1;
  let sawAnd = false;
  for (let n = 0; n < 12 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (words[k] === 'and' || t.text === '&') {
      if (sawAnd || !/^[A-Z]/.test(tokens[k + 1]?.text ?? '')) return undefined;
      sawAnd = true;
      continue;
    }
    if (
      !/^[A-Z][A-Za-z-]*$/.test(t.text) ||
      s.refs.some((r) => r.kind === 'entity' && (r.group?.type === 'Person' || r.group?.type === 'Body') && r.from <= k && r.to >= k)
    )
      return undefined;
    const post = t.post;
    const next = tokens[k + 1];
    const closes = !next || /^[,;:]|\(|\)/.test(post.trim() + (next?.pre ?? '')) || /^[.]/.test(post.trim());
    if (sawAnd && closes) return k;
    if (sawAnd && /^\s+$/.test(post)) continue;
    if (!sawAnd && commaAfter(t)) continue;
    if (!sawAnd && /^\s+$/.test(post)) continue;
    return undefined;
  }
  return undefined;
}

/** The body a description written as a possessive stands for (`the force's` → the force the item named last). */
export function describedBodyPossessive(s: SentenceView, at: number): Group | undefined {
  const word = s.words[at]?.replace(/['’]s?$/, '') ?? '';
  const heads = bodyDescriptions[word];
  if (!heads) return undefined;
  return (s.focus.bodies ?? []).find((b) => describes(b, word, heads));
}

/**
 * Whether a description's noun fits a body: a head word of the description in the body's name (`the
 * force` for Kent Police), or the noun as the kind the lexicon gives the body (`the charity` for
 * Victim Support, a charity by the lexicon).
 */
function describes(g: Group, noun: string, heads: string[]): boolean {
  if (g.forms.some((f) => heads.some((h) => f.toLowerCase().split(/\s+/).includes(h)))) return true;
  return !!g.lexicon && g.lexicon.kind.toLowerCase().split(/\s+/).includes(noun);
}

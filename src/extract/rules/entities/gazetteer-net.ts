// A safety net under the other entity rules: a name from the lexicon or a gazetteer written out
// in full (`West Mercia Police`, `National Police Chiefs’ Council`, `College of Policing`) is a
// mention wherever it stands, unless a longer name or a person's name already holds it. It finds
// the known names that a heading (`NATIONAL POLICE CHIEFS’ COUNCIL GUIDANCE`), an office
// (`… Minister at the Home Office Crime Unit …`) or a run the chunk rules set aside swallowed.
// The words must be written as a name: every word but a connector capitalised, or the whole run
// in capitals. One word names nothing here (`Mind`, `Liberty` are also common words).

import type { Token } from '../../nlp.js';
import { longestKnownName, lookupName, regionNames, startsKnownName } from '../../lexicon.js';
import { breaksAfter, isCapitalised, isPossessive, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const GAZETTEER_NET = 'gazetteer-net';

const CONNECTORS = /^(of|for|and|the|on|in|to|against|&)$/;

/** Tokens `i..e` joined as one name: no punctuation between them but a possessive's apostrophe. */
function joined(tokens: Token[], i: number, e: number): boolean {
  for (let k = i; k < e; k++) {
    const t = tokens[k]!,
      n = tokens[k + 1]!;
    if (!breaksAfter(t, n)) continue;
    // "POLICE CHIEFS’ COUNCIL", "Victims’ Commissioner": an apostrophe inside the name
    if ((isPossessive(t) || /[sS]['’]?$/.test(t.text)) && /^['’]?\s+$/.test(t.post) && n.pre === '') continue;
    return false;
  }
  return true;
}

/** Written as a name: each word capitalised but the connectors, or every word in capitals. */
function writtenAsName(ws: string[]): boolean {
  if (!isCapitalised(ws[0]!) || CONNECTORS.test(ws[ws.length - 1]!)) return false;
  const caps = ws.every((w) => !/\p{Ll}/u.test(w));
  return caps || ws.every((w) => isCapitalised(w) || /^\d+$/.test(w) || CONNECTORS.test(w));
}

/** The capitalised run goes on past `i..e` (`West Yorkshire Police and Crime Commissioner`, `Durham Police Authority`). */
function runsOn(tokens: Token[], i: number, e: number): boolean {
  const next = tokens[e + 1],
    prev = tokens[i - 1];
  if (next && !breaksAfter(tokens[e]!, next)) {
    const w = wordOf(next);
    if (isCapitalised(w)) return true;
    const after = tokens[e + 2];
    if (CONNECTORS.test(w) && after && !breaksAfter(next, after) && isCapitalised(wordOf(after))) return true;
  }
  // "UK Counter Terrorism Policing": a nation before the name says where, as `the` says which
  return (
    prev !== undefined && !breaksAfter(prev, tokens[i]) && isCapitalised(wordOf(prev)) && !/^(The|A|An)$/.test(wordOf(prev)) && !regionNames.has(wordOf(prev))
  );
}

/** Known names of two or more words that no mention of the sentence covers, as new mentions. */
export function knownNamesMissed(tokens: Token[], mentions: SentenceMention[], text: string, offset: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  const held = (i: number, e: number) => [...mentions, ...out].some((m) => m.type !== 'Role' && m.from <= e && m.to >= i);
  for (let i = 0; i < tokens.length; i++) {
    // "The …": a name starts after its article (the key drops it)
    if (!isCapitalised(wordOf(tokens[i]!)) || /^(The|THE)$/.test(wordOf(tokens[i]!)) || !startsKnownName(wordOf(tokens[i]!))) continue;
    // the run of words joined to this one bounds the look-ahead
    let last = i;
    while (last < Math.min(tokens.length - 1, i + longestKnownName - 1) && joined(tokens, last, last + 1)) last++;
    for (let e = last; e > i; e--) {
      const ws = tokens.slice(i, e + 1).map(wordOf);
      if (!writtenAsName(ws)) continue;
      const entry = lookupName(ws.join(' '));
      if (!entry) continue;
      // a known name inside a longer one is the longer one's business, but a heading in capitals names it
      if (runsOn(tokens, i, e) && !ws.every((w) => !/\p{Ll}/u.test(w))) break;
      // "Head of UK Counter Terrorism Policing": a body that closes an office is the office's body
      const office = mentions.find((m) => m.type === 'Role' && m.from < i && m.to === e && m.roleOf === undefined);
      if (office && !held(i, e)) office.roleOf = mentions.length + out.length;
      if (!held(i, e))
        out.push({
          type: entry.type,
          from: i,
          to: e,
          name: text.slice(tokens[i]!.start - offset, tokens[e]!.end - offset).replace(/\s+/g, ' '),
          lexicon: entry,
          start: tokens[i]!.start,
          end: tokens[e]!.end,
          rule: GAZETTEER_NET,
        });
      i = e;
      break;
    }
  }
  return out;
}

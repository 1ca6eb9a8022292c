// A speaker named in capitals, as Hansard and committee transcripts head a turn: "THE MINISTER OF
// STATE, HOME OFFICE (LORD DERWENT)", "MR JOHN SMITH:", "BARONESS SMITH OF BASILDON:". An
// honorific in capitals, then one to three words in capitals (a peer's `OF <Place>` kept), ended
// by a bracket, a colon or the sentence: a person. A peer or `Sir`/`Dame` with one word is named
// by that word as `Lord Farmer` is (titled-surname). The name is given in title case.

import { officesNotSurnames, roleHeads, roleTitles } from '../../lexicon.js';
import type { Token } from '../../nlp.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const SPEAKER_IN_CAPITALS = 'speaker-in-capitals';

const CAPS_HONORIFIC = /^(LORD|LADY|BARONESS|VISCOUNT|VISCOUNTESS|EARL|COUNTESS|MARQUESS|MARCHIONESS|DUKE|DUCHESS|MR|MRS|MS|MISS|DR|SIR|DAME)$/;
const CAPS_WORD = /^[A-Z][A-Z'’-]+$/;
const TERRITORIAL = /^(EARL|COUNTESS|MARQUESS|MARCHIONESS|DUKE|DUCHESS|VISCOUNT|VISCOUNTESS)$/;

const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

export function speakerInCapitals(tokens: Token[], i: number): SentenceMention | undefined {
  if (!CAPS_HONORIFIC.test(tokens[i]!.text) || /\S/.test(tokens[i]!.post.replace(/^\s+/, '')) || /[.:,;)]/.test(tokens[i]!.post)) return undefined;
  let to = i;
  let words = 0;
  // "The EARL of LISTOWEL": a rank with a place and no surname; the rank is part of the name
  const territorial = TERRITORIAL.test(tokens[i]!.text) && /^(OF|of)$/.test(tokens[i + 1]?.text ?? '');
  for (let k = i + 1; k < tokens.length && words < 4; k++) {
    const t = tokens[k]!;
    if (/^(OF|of)$/.test(t.text) && (words > 0 || (territorial && k === i + 1))) {
      to = k;
      continue;
    }
    if (!CAPS_WORD.test(t.text) || CAPS_HONORIFIC.test(t.text)) break;
    to = k;
    words++;
    if (/\S/.test(t.post)) break;
  }
  if (words === 0 || /^(OF|of)$/.test(tokens[to]!.text)) return undefined;
  const end = tokens[to]!;
  const next = tokens[to + 1];
  // ended by a bracket, a colon or the sentence: a heading, not capitals running on in prose; or,
  // as older Hansard prints a turn ("§ LORD DERWENT My Lords, …"), opening the paragraph with the
  // speech going on in ordinary case
  const opensTurn = tokens.slice(0, i).every((t) => /^(§|The|THE)$/.test(t.text)) && next !== undefined && /^\p{Lu}\p{Ll}|^I$/u.test(next.text);
  if (!(/^[):]/.test(end.post.trim()) || !next || opensTurn)) return undefined;
  // "MR SPEAKER:", "THE LORD CHANCELLOR:": an office, not a name
  const last = titleCase(tokens[to]!.text);
  if (officesNotSurnames.has(last) || roleHeads.has(last.toLowerCase()) || roleTitles.has(last.toLowerCase())) return undefined;
  const first = territorial ? i : i + 1;
  const name = tokens
    .slice(first, to + 1)
    .map((t) => (/^(OF|of)$/.test(t.text) ? 'of' : titleCase(t.text)))
    .join(' ');
  return { type: 'Person', from: first, to, name, start: tokens[i + 1]!.start, end: end.end, extentFrom: i, extentTo: to, rule: SPEAKER_IN_CAPITALS };
}

// A speaker named in capitals, as Hansard and committee transcripts head a turn: "THE MINISTER OF
// STATE, HOME OFFICE (LORD DERWENT)", "MR JOHN SMITH:", "BARONESS SMITH OF BASILDON:". An
// honorific in capitals, then one to three words in capitals (a peer's `OF <Place>` kept), ended
// by a bracket, a colon or the sentence: a person. A peer or `Sir`/`Dame` with one word is named
// by that word as `Lord Farmer` is (titled-surname). The name is given in title case.

import { officesNotSurnames, roleHeads, roleTitles } from '../../lexicon.js';
import type { Token } from '../../nlp.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const SPEAKER_IN_CAPITALS = 'speaker-in-capitals';

const CAPS_HONORIFIC = /^(LORD|LADY|BARONESS|VISCOUNT|EARL|MR|MRS|MS|MISS|DR|SIR|DAME)$/;
const CAPS_WORD = /^[A-Z][A-Z'’-]+$/;

const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

export function speakerInCapitals(tokens: Token[], i: number): SentenceMention | undefined {
  if (!CAPS_HONORIFIC.test(tokens[i]!.text) || /\S/.test(tokens[i]!.post.replace(/^\s+/, '')) || /[.:,;)]/.test(tokens[i]!.post)) return undefined;
  let to = i;
  let words = 0;
  for (let k = i + 1; k < tokens.length && words < 4; k++) {
    const t = tokens[k]!;
    if (t.text === 'OF' && words > 0) {
      to = k;
      continue;
    }
    if (!CAPS_WORD.test(t.text) || CAPS_HONORIFIC.test(t.text)) break;
    to = k;
    words++;
    if (/\S/.test(t.post)) break;
  }
  if (words === 0 || tokens[to]!.text === 'OF') return undefined;
  const end = tokens[to]!;
  const next = tokens[to + 1];
  // ended by a bracket, a colon or the sentence: a heading, not capitals running on in prose
  if (!(/^[):]/.test(end.post.trim()) || !next)) return undefined;
  // "MR SPEAKER:", "THE LORD CHANCELLOR:": an office, not a name
  const last = titleCase(tokens[to]!.text);
  if (officesNotSurnames.has(last) || roleHeads.has(last.toLowerCase()) || roleTitles.has(last.toLowerCase())) return undefined;
  const name = tokens
    .slice(i + 1, to + 1)
    .map((t) => (t.text === 'OF' ? 'of' : titleCase(t.text)))
    .join(' ');
  return { type: 'Person', from: i + 1, to, name, start: tokens[i + 1]!.start, end: end.end, extentFrom: i, extentTo: to, rule: SPEAKER_IN_CAPITALS };
}

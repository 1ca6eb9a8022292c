// An acronym in brackets before a programme's or an Act's head is inside the name: "the Violence
// Against Women and Girls (VAWG) Strategy", "the Child Sexual Exploitation (CSE) Action Plan".
// After a whole name the bracket defines an acronym (`National Crime Agency (NCA) said`, `the
// Office of the Commissioner for Public Appointments (OCPA) Code of Practice`: a body's name, by
// its shape or a list, before the bracket); before a head word, after words that name no body,
// it is written into the name, which is kept as written, with the form without the bracket as
// another form of it.

import type { Token } from '../../nlp.js';
import { actHeads, lookupName, programmeHeads } from '../../lexicon.js';
import { shapeType } from './name-parts.js';
import { isAcronym, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const ACRONYM_INSIDE_NAME = 'acronym-inside-name';

/** Tokens `j+1` (a bracketed acronym) and `j+2` (a programme or Act head) go on the name written from `i` to `j`. */
export function acronymBracketBeforeHead(tokens: Token[], i: number, j: number): boolean {
  const a = tokens[j],
    b = tokens[j + 1],
    c = tokens[j + 2];
  if (!a || !b || !c) return false;
  const opens = /^\s*\($/.test(a.post) || (/^\s+$/.test(a.post) && b.pre === '(');
  if (!opens || !/^\)\s+$/.test(b.post) || c.pre !== '' || !isAcronym(wordOf(b))) return false;
  const d = tokens[j + 3];
  const two = d && /^\s+$/.test(c.post) ? `${wordOf(c)} ${wordOf(d)}` : '';
  // "… (CSE) Action Plan": a head of two words
  if (!programmeHeads.has(wordOf(c)) && !programmeHeads.has(two) && !(actHeads.has(wordOf(c)) && wordOf(c) !== 'Order')) return false;
  // the words before the bracket name a body: the bracket is that body's acronym
  const ws = tokens.slice(i, j + 1).map(wordOf);
  return shapeType(ws) !== 'Body' && !lookupName(ws.join(' '));
}

/** A name written with an acronym inside it is also named without it. */
export function namesWithoutAcronym(mentions: SentenceMention[]): void {
  for (const m of mentions) {
    if ((m.type !== 'Programme' && m.type !== 'Act') || m.bareName !== undefined) continue;
    const inside = /\s\(([A-Z][A-Za-z0-9&]{1,7})\)\s/.exec(m.name);
    if (inside && isAcronym(inside[1]!)) m.bareName = `${m.name.slice(0, inside.index)} ${m.name.slice(inside.index + inside[0].length)}`;
  }
}

// An office's possessive opens a programme's name: "the Commissioner’s Fund", "the Prime
// Minister’s Challenge Fund", "the Mayor’s Violence Reduction Fund". The office words and the
// programme heads are `possessiveOffices` and `possessiveProgrammeHeads` in
// data/legislation-shapes.json; a body's possessive (`the Met’s Police Now scheme`, `the Home
// Office’s Police Innovation Fund`) stays the owner, outside the name. A known name that opens
// with the possessive is that name (`the Mayor’s Office for Policing and Crime`).

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { Token } from '../../nlp.js';
import type { ChunkRule } from './rule.js';
import { lookupName } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import { spanText } from './name-parts.js';

export const POSSESSIVE_PROGRAMME = 'possessive-programme';

const offices: ReadonlySet<string> = new Set(shapes.possessiveOffices);
const heads: ReadonlySet<string> = new Set(shapes.possessiveProgrammeHeads);

const officeOf = (t: Token) => /^(\p{Lu}[\p{L}-]*)['’]s$/u.exec(t.text)?.[1];

/**
 * The possessive `t` is an office's, and the name goes on after it (`Commissioner’s` before
 * `Fund`, `Minister’s` before `Challenge`): the tokenizer keeps the two in one run.
 */
export function officePossessiveOpensName(t: Token, next: Token): boolean {
  const office = officeOf(t);
  return office !== undefined && offices.has(office) && /^\p{Lu}/u.test(next.text);
}

export const possessiveProgrammeRule: ChunkRule = {
  name: POSSESSIVE_PROGRAMME,
  words: 'many',
  apply(ctx, { from, to, ws, text, depth }, classify) {
    for (let k = from; k < to; k++) {
      const office = officeOf(ctx.tokens[k]!);
      if (office === undefined || !offices.has(office)) continue;
      // the programme's head closes the name: "Commissioner’s Fund", "… Challenge Fund 2019"
      const last = /^(1[89]|20)\d\d/.test(ws[ws.length - 1]!) && ws.length > 2 ? ws[ws.length - 2]! : ws[ws.length - 1]!;
      if (heads.has(last)) return [{ type: 'Programme', from, to, name: text }];
      // "… for the Mayor’s Office for Policing and Crime": a known name that opens with the possessive is that name
      for (let s = from; s <= k; s++) {
        if (!/^\p{Lu}/u.test(wordOf(ctx.tokens[s]!))) continue;
        const known = lookupName(spanText(ctx, s, to));
        if (!known) continue;
        let e = s - 1;
        while (e >= from && /^(the|for|of|and|to|in|on)$/.test(wordOf(ctx.tokens[e]!))) e--;
        const whole = { type: known.type, from: s, to, name: spanText(ctx, s, to), lexicon: known, rule: 'known-name' };
        return e >= from ? [...classify(from, e, depth), whole] : [whole];
      }
      // "the Home Secretary’s Police Federation speech": no programme; the office and what follows are read apart
      return [...classify(from, k, depth), ...classify(k + 1, to, depth)];
    }
    return undefined;
  },
};

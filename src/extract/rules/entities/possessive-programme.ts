// An office's possessive opens a programme's name: "the Commissioner’s Fund", "the Prime
// Minister’s Challenge Fund", "the Mayor’s Violence Reduction Fund". The office words and the
// programme heads are `possessiveOffices` and `possessiveProgrammeHeads` in
// data/legislation-shapes.json; a body's possessive (`the Met’s Police Now scheme`, `the Home
// Office’s Police Innovation Fund`) stays the owner, outside the name.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { Token } from '../../nlp.js';
import type { ChunkRule } from './rule.js';

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
      // "the Home Secretary’s Police Federation speech": no programme; the office and what follows are read apart
      return [...classify(from, k, depth), ...classify(k + 1, to, depth)];
    }
    return undefined;
  },
};

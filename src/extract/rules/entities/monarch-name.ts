// A monarch by regnal name: "Queen Elizabeth II", "King Charles III", "His Majesty King Charles
// III". A first name with a regnal numeral names the person (`Elizabeth II`), with or without
// `King`/`Queen` before it.

import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';

const REGNAL = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

export const monarchNameRule: ChunkRule = {
  name: 'monarch-name',
  words: 'many',
  apply(ctx, { to, ws, extentFrom, extentTo }) {
    const n = ws.length;
    if (n < 2 || n > 5 || !REGNAL.test(ws[n - 1]!)) return undefined;
    // only the style may come before the name: "His Majesty King", "Queen"
    if (!ws.slice(0, n - 2).every((w) => /^(His|Her|Majesty|King|Queen|The)$/.test(w))) return undefined;
    const first = to - 1;
    if (!ctx.tokens[first]!.tags.has('FirstName') || !/^\p{Lu}\p{Ll}+$/u.test(ws[n - 2]!)) return undefined;
    return [{ type: 'Person', from: first, to, name: spanText(ctx, first, to), extentFrom, extentTo }];
  },
};

// A board of another named thing: "the Advisory Board for the Oxford University Centre for
// Criminology", "the International Advisory Board for the Cambridge Executive Police Programme". The
// board is a part of the thing named after `for the`, which has a head of its own; that thing is the
// name, the board a description of one of its parts. A board named for a place or a field stays whole
// (`Police Advisory Board for England and Wales`, `Youth Justice Board for England and Wales`).

import { wordOf } from '../../internal/words.js';
import type { ChunkRule } from './rule.js';
import { shapeType } from './name-parts.js';

export const BOARD_FOR_NAME = 'board-for-name';

const BOARD = /^(Board|Panel|Group|Forum)$/;

export const boardForNameRule: ChunkRule = {
  name: BOARD_FOR_NAME,
  words: 'many',
  apply(ctx, { from, to, ws, depth }, classify) {
    if (depth > 0) return undefined;
    for (let k = from + 1; k + 2 < to; k++) {
      if (wordOf(ctx.tokens[k]!) !== 'for' || wordOf(ctx.tokens[k + 1]!) !== 'the' || !BOARD.test(wordOf(ctx.tokens[k - 1]!))) continue;
      const rest = ws.slice(k + 2 - from);
      if (!shapeType(rest)) return undefined;
      const named = classify(k + 2, to, 1);
      return named.length > 0 && named.every((c) => c.type === 'Body' || c.type === 'Programme') ? named : undefined;
    }
    return undefined;
  },
};

// An award is an honour or an event, not a programme or a body: "nominated for Police Service
// of the Year", "the Police Bravery Awards", "the Queen’s Police Medal". A run closed by an award's
// head (`awardHeads`) or by `of the Year` (`awardEndings`, data/legislation-shapes.json) names
// nothing itself; a known name inside it (`the NPCC Awards`) is still that name.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import { knownAndRest } from './known-inside.js';
import type { ChunkRule } from './rule.js';

export const AWARD_TITLE = 'award-title';

const heads: ReadonlySet<string> = new Set(shapes.awardHeads);
const endings = shapes.awardEndings.map((e) => e.split(' '));

/** The words end as an award's name does (`… Awards`, `… of the Year`). */
export function isAwardTitle(ws: string[]): boolean {
  const last = ws[ws.length - 1]!;
  if (heads.has(last)) return true;
  return endings.some((e) => e.length < ws.length && e.every((w, i) => ws[ws.length - e.length + i]!.toLowerCase() === w.toLowerCase()));
}

export const awardTitleRule: ChunkRule = {
  name: AWARD_TITLE,
  words: 'many',
  apply(ctx, { from, to, ws, depth }, classify) {
    if (!isAwardTitle(ws)) return undefined;
    return depth > 0 ? [] : knownAndRest(ctx, from, to, classify);
  },
};

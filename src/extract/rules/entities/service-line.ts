// A telephone or text service run for the public is named as a line: "the Victim Advice Line",
// "the Modern Slavery Hotline", "the Anti-Terrorist Hotline", "the Domestic Abuse Support Line".
// A run closed by `Hotline`/`Textline`, or by `Line` after a word of the service it gives
// (`serviceLineKinds` in data/legislation-shapes.json: Advice, Support, Reporting, …), is a
// Programme; "the Thin Blue Line", "the Front Line" and "Line of Duty" are not services.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import { knownAt, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const SERVICE_LINE = 'service-line';

const kinds: ReadonlySet<string> = new Set(shapes.serviceLineKinds);
const heads: ReadonlySet<string> = new Set(shapes.serviceLineHeads);

/** The words name a line the public calls or texts. */
export function isServiceLine(ws: string[]): boolean {
  const last = ws[ws.length - 1]!;
  if (!heads.has(last) || ws.length < 2) return false;
  return last !== 'Line' || kinds.has(ws[ws.length - 2]!);
}

export const serviceLineRule: ChunkRule = {
  name: SERVICE_LINE,
  words: 'many',
  apply(ctx, { from, to, ws, text }) {
    if (!isServiceLine(ws)) return undefined;
    // "NSPCC Helpline"-like names opened by a known body keep the body as a nested mention
    const inner = knownAt(ctx, from, to);
    const out = [{ type: 'Programme' as const, from, to, name: text }];
    if (inner && inner.end < to - 1)
      return [
        ...out,
        { type: inner.entry.type, from, to: inner.end, name: spanText(ctx, from, inner.end), lexicon: inner.entry, nestedIn: 0, rule: 'known-name' },
      ];
    return out;
  },
};

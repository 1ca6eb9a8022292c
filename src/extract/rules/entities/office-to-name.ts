// An office, then `to` and a name: "submitted by the Police and Crime Commissioner to Hampshire’s
// Police and Crime Panel". The `to` belongs to the verb before the office, so the office and the
// name after it are read apart; so are any words and a person after `to` (`Thanks to Mandy Williams`).
// Offices held to someone or something keep their `to` whole
// (`Financial Secretary to the Treasury`, `Special Adviser to the Home Secretary`: `officesHeldTo`
// in data/name-shapes.json).

import { honorifics, officesHeldTo } from '../../lexicon.js';
import type { Candidate } from '../../internal/classify-name.js';
import { wordOf } from '../../internal/words.js';
import { isRoleWords, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const OFFICE_TO_NAME = 'office-to-name';

export const officeToNameRule: ChunkRule = {
  name: OFFICE_TO_NAME,
  words: 'many',
  apply(ctx, { from, to, ws, depth }, classify) {
    const k = ws.indexOf('to');
    if (k < 1 || k === ws.length - 1) return undefined;
    const office = ws.slice(0, k);
    if (officesHeldTo.has(office[office.length - 1]!.toLowerCase())) return undefined;
    let b = from + k + 1;
    if (b < to && wordOf(ctx.tokens[b]!) === 'the') b++;
    const after = classify(b, to, depth + 1);
    if (after.length === 0) return undefined;
    // "Thanks to Mandy Williams", "Letter to Sir Tom Winsor": a person after `to` is no part of a name before it
    // (an honorific inside the run is honorific-inside's: "Letter to Rt Hon Sir Alan Beith MP")
    if (!isRoleWords(office)) {
      if (ws.slice(k + 1).some((w) => honorifics.has(w.toLowerCase()))) return undefined;
      const person = after.length === 1 && after[0]!.type === 'Person' && (after[0]!.extentFrom ?? after[0]!.from) === b && after[0]!.to === to;
      if (!person) return undefined;
      return [...classify(from, from + k - 1, depth + 1).filter((c) => c.type !== 'Person'), ...after].length === 1 ? after : undefined;
    }
    const shift = (c: Candidate): Candidate => {
      const s = { ...c };
      for (const key of ['nestedIn', 'holder', 'roleOf', 'affiliation'] as const) if (s[key] !== undefined) s[key] = s[key]! + 1;
      return s;
    };
    return [{ type: 'Role', from, to: from + k - 1, name: spanText(ctx, from, from + k - 1) }, ...after.map(shift)];
  },
};

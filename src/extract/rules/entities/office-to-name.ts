// An office, then `to` and a name: "submitted by the Police and Crime Commissioner to Hampshire’s
// Police and Crime Panel". The `to` belongs to the verb before the office, so the office and the
// name after it are read apart. Offices held to someone or something keep their `to` whole
// (`Financial Secretary to the Treasury`, `Special Adviser to the Home Secretary`: `officesHeldTo`
// in data/name-shapes.json).

import { officesHeldTo } from '../../lexicon.js';
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
    if (!isRoleWords(office) || officesHeldTo.has(office[office.length - 1]!.toLowerCase())) return undefined;
    let b = from + k + 1;
    if (b < to && wordOf(ctx.tokens[b]!) === 'the') b++;
    const after = classify(b, to, depth + 1);
    if (after.length === 0) return undefined;
    const shift = (c: Candidate): Candidate => {
      const s = { ...c };
      for (const key of ['nestedIn', 'holder', 'roleOf', 'affiliation'] as const) if (s[key] !== undefined) s[key] = s[key]! + 1;
      return s;
    };
    return [{ type: 'Role', from, to: from + k - 1, name: spanText(ctx, from, from + k - 1) }, ...after.map(shift)];
  },
};

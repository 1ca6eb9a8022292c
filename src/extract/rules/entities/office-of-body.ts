// An office, possibly `of` a body: "Chief Executive of the Early Intervention Foundation" (a Role
// and the Body), "Home Secretary" (a Role). "Minister of State for …" and "Secretary of State for
// …" are titles whole.

import { wordOf } from '../../internal/words.js';
import { isRoleWords, spanText } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const officeOfBodyRule: ChunkRule = {
  name: 'office-of-body',
  words: 'many',
  apply(ctx, { from, to, ws, text }, classify) {
    const ofAt = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'at') && ws[i + 1] !== 'State');
    const officeBeforeOf = ofAt > 0 && isRoleWords(ws.slice(0, ofAt));
    if (!isRoleWords(ws) && !officeBeforeOf) return undefined;
    if (officeBeforeOf) {
      let bFrom = from + ofAt + 1;
      if (wordOf(ctx.tokens[bFrom]!) === 'the') bFrom++;
      const body = bFrom <= to ? classify(bFrom, to, 1) : [];
      if (body.length === 1 && (body[0]!.type === 'Body' || body[0]!.type === 'Programme') && body[0]!.from === bFrom && body[0]!.to === to) {
        return [{ type: 'Role', from, to: from + ofAt - 1, name: spanText(ctx, from, from + ofAt - 1), roleOf: 1 }, body[0]!];
      }
    }
    return isRoleWords(ws) ? [{ type: 'Role', from, to, name: text }] : undefined;
  },
};

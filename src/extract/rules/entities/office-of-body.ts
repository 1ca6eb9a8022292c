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
    // "Chief Crown Prosecutor for CPS Mersey-Cheshire": `for` before a known body, as `of`
    const ofAt = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'at' || w === 'for') && ws[i + 1] !== 'State');
    const officeBeforeOf = ofAt > 0 && isRoleWords(ws.slice(0, ofAt));
    if (!isRoleWords(ws) && !officeBeforeOf) return undefined;
    if (officeBeforeOf) {
      let bFrom = from + ofAt + 1;
      if (wordOf(ctx.tokens[bFrom]!) === 'the') bFrom++;
      const body = bFrom <= to ? classify(bFrom, to, 1) : [];
      const main = body[0];
      // the body may carry a known parent named inside it (`CPS` in `CPS Special Crime Division`)
      const whole =
        main !== undefined &&
        (main.type === 'Body' || main.type === 'Programme') &&
        main.from === bFrom &&
        main.to === to &&
        body.slice(1).every((c) => c.nestedIn === 0);
      if (whole && (ws[ofAt] !== 'for' || main.lexicon)) {
        return [
          { type: 'Role', from, to: from + ofAt - 1, name: spanText(ctx, from, from + ofAt - 1), roleOf: 1 },
          ...body.map((c) => (c.nestedIn === 0 ? { ...c, nestedIn: 1 } : c)),
        ];
      }
    }
    return isRoleWords(ws) ? [{ type: 'Role', from, to, name: text }] : undefined;
  },
};

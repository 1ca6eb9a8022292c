// An organisation's office, `of/for` the organisation, then the person who holds it, all in one
// run of capitals: "CEO for Voscur Sandra Meadows", "Chief Executive of Crimestoppers Mark Hallas".
// The general shape of a list of panel members or speakers. The organisation needs no head word:
// the office (`organisationOffices`: CEO, Chair, Director, Founder, …; not a minister, whose
// `for <field>` is a portfolio) says it is one. The person is a known first name and a surname.

import { bodyHeads, programmeHeads, roleTitles, forceForPlace, nonNameWords, commonWordsNeverNames, organisationOffices } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import { hasCommonWordEnding, isPersonByItself, lower, spanText, words } from './name-parts.js';
import type { Candidate } from '../../internal/classify-name.js';
import type { ChunkRule } from './rule.js';

export const officeOfBodyThenPersonRule: ChunkRule = {
  name: 'office-of-body-then-person',
  words: 'many',
  apply(ctx, { from, to, extentTo, ws, depth }, classify) {
    // a whole run, or one member of a list (`…, CEO for Voscur Sandra Meadows and …`)
    if (depth > 1) return undefined;
    const ofAt = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
    if (ofAt < 1 || !organisationOffices.has(lower(ws.slice(0, ofAt).join(' ')))) return undefined;
    let bFrom = from + ofAt + 1;
    if (wordOf(ctx.tokens[bFrom]!) === 'the') bFrom++;
    for (const tail of [2, 3]) {
      const pFrom = to - tail + 1;
      if (pFrom <= bFrom || !isPersonByItself(ctx, pFrom, to, false)) continue;
      const bTo = pFrom - 1;
      // "Director of Public Prosecutions Max Hill": an office named whole, not an office of a body
      if (roleTitles.has(lower(words(ctx, from, bTo).join(' ')))) return undefined;
      const found = classify(bFrom, bTo, 2);
      let body: Candidate | undefined;
      if (found.length >= 1 && (found[0]!.type === 'Body' || found[0]!.type === 'Programme') && found[0]!.from === bFrom && found[0]!.to === bTo)
        body = found[0]!;
      else if (
        found.every((c) => c.type === 'Unknown') &&
        bTo - bFrom <= 3 &&
        ctx.tokens.slice(bFrom, bTo + 1).every((t) => {
          const w = wordOf(t);
          // a name compromise does not know as a common word: `Voscur`, `Crimestoppers`, not `Communications`
          return (
            /^\p{Lu}/u.test(w) &&
            !hasCommonWordEnding(w) &&
            !programmeHeads.has(w) &&
            !bodyHeads.has(w) &&
            !t.tags.has('Place') &&
            !forceForPlace(w) &&
            !nonNameWords.has(w) &&
            !commonWordsNeverNames.has(w) &&
            (t.tags.size === 0 || t.tags.has('ProperNoun') || t.tags.has('Organization'))
          );
        })
      )
        body = { type: 'Body', from: bFrom, to: bTo, name: spanText(ctx, bFrom, bTo) };
      if (!body) continue;
      return [
        { type: 'Role', from, to: from + ofAt - 1, name: spanText(ctx, from, from + ofAt - 1), holder: 2, roleOf: 1 },
        { ...body, rule: body.lexicon ? body.rule : undefined },
        { type: 'Person', from: pFrom, to, name: spanText(ctx, pFrom, to), extentFrom: pFrom, extentTo, affiliation: 1 },
      ];
    }
    return undefined;
  },
};

// An office, then a person: "Security Minister James Brokenshire", "ACC Gary Shewan", "Merseyside
// Superintendent Rowley Moore" (a force's place first), "Metropolitan Police Commissioner Sir Mark
// Rowley" (a known body first), "Independent Anti-Slavery Commissioner Kevin Hyland" (a statutory
// office, which is a body the person holds).

import { forceForPlace, honorifics, innerConnectors, topicNouns, type LexiconEntry } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { Candidate } from '../../internal/classify-name.js';
import { isRoleWords, knownAt, looksLikePersonName, lower, spanText, words } from './name-parts.js';
import type { ChunkRule } from './rule.js';

export const officeThenPersonRule: ChunkRule = {
  name: 'office-then-person',
  words: 'many',
  apply(ctx, { from, to, extentFrom, extentTo, postRole, depth }, classify) {
    for (const tail of [2, 3]) {
      const pFrom = to - tail + 1;
      if (pFrom <= from) continue;
      if (!looksLikePersonName(ctx, pFrom, to)) continue;
      // "Chief Crown Prosecutor for CPS Mersey-Cheshire": the words end a known name, not a person's
      let inKnown = false;
      for (let i = from; i < pFrom && !inKnown; i++) inKnown = (knownAt(ctx, i, to)?.end ?? -1) >= pFrom;
      if (inKnown) continue;
      let rFrom = from;
      // "Victims' Commissioner Dame Vera Baird": an honorific between the office and the name
      let rTo = pFrom - 1;
      while (rTo > rFrom && honorifics.has(lower(wordOf(ctx.tokens[rTo]!)))) rTo--;
      let placeForce: LexiconEntry | undefined;
      const force = forceForPlace(wordOf(ctx.tokens[from]!));
      if (force && pFrom - from >= 2) {
        placeForce = force;
        rFrom = from + 1;
      }
      const roleWords = words(ctx, rFrom, rTo);
      // "Lead Commissioner for Countering Extremism" is one office, not an office and a person
      if (innerConnectors.has(roleWords[roleWords.length - 1]!)) continue;
      // "Lead for Serious Organised Crime", "Minister for Policing and Fire Services": capitalised words
      // after an office's `for` go on naming its field; a person's name there opens with a known
      // first name ("Minister for Policing Nick Hurd") or follows an honorific
      // ("Deputy Mayor for Policing and Crime Kaya Comer-Schwartz": a field that ends in a field's noun, then a name with none)
      const fieldEnds = topicNouns.has(roleWords[roleWords.length - 1]!) && !words(ctx, pFrom, to).some((w) => topicNouns.has(w));
      if (rTo === pFrom - 1 && roleWords.some((w, k) => k > 0 && w === 'for') && !ctx.tokens[pFrom]!.tags.has('FirstName') && !fieldEnds) continue;
      const person: Candidate = {
        type: 'Person',
        from: pFrom,
        to,
        name: spanText(ctx, pFrom, to),
        placeForce,
        postNominalRole: postRole,
        extentFrom,
        extentTo,
      };
      const known = depth < 2 ? knownAt(ctx, from, rTo) : undefined;
      if (known && known.end < rTo && isRoleWords(words(ctx, known.end + 1, rTo))) {
        const body: Candidate = { type: known.entry.type, from, to: known.end, name: spanText(ctx, from, known.end), lexicon: known.entry };
        return [body, { type: 'Role', from: known.end + 1, to: rTo, name: spanText(ctx, known.end + 1, rTo), holder: 2, roleOf: 0 }, person];
      }
      if (!isRoleWords(roleWords)) {
        if (depth >= 2) continue;
        const office = classify(from, rTo, 2);
        if (office.length === 1 && office[0]!.type === 'Body' && office[0]!.to === rTo && /(Commissioner|Regulator|Ombudsman)$/.test(office[0]!.name)) {
          return [office[0]!, { type: 'Role', from, to: rTo, name: office[0]!.name, holder: 2, roleOf: 0 }, person];
        }
        continue;
      }
      // "CEO of Victim Support Jane Doe", "Chief Executive of the College of Policing Andy Marsh": the
      // office, then the known body it names, ending right before the name
      if (depth < 2) {
        const ofAt = roleWords.findIndex((w, k) => k > 0 && /^(of|for)$/.test(w));
        if (ofAt > 0 && isRoleWords(roleWords.slice(0, ofAt))) {
          const bFrom = rFrom + ofAt + (lower(roleWords[ofAt + 1] ?? '') === 'the' ? 2 : 1);
          const body = bFrom <= rTo ? classify(bFrom, rTo, 2) : [];
          // after `for` a known body only: "Minister for Policing and the Fire Service" names a portfolio, not a
          // body; after `of` any body ("Chair of Durham Police Authority Mr Peter Thompson")
          const whole = body.length === 1 || (body.length > 1 && roleWords[ofAt] === 'of' && body.slice(1).every((c) => c.nestedIn === 0));
          if (whole && body[0]!.type === 'Body' && (body[0]!.lexicon || roleWords[ofAt] === 'of') && body[0]!.from === bFrom && body[0]!.to === rTo)
            return [{ type: 'Role', from: rFrom, to: rFrom + ofAt - 1, name: spanText(ctx, rFrom, rFrom + ofAt - 1), holder: 2, roleOf: 1 }, body[0]!, person];
        }
      }
      return [{ type: 'Role', from: rFrom, to: rTo, name: spanText(ctx, rFrom, rTo), holder: 1 }, person];
    }
    // "Lord Chief Justice Lady Carr", "Home Secretary Mr Straw": the office, an honorific and a surname
    const hon = to - 1;
    if (
      hon > from &&
      honorifics.has(lower(wordOf(ctx.tokens[hon]!))) &&
      /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(wordOf(ctx.tokens[to]!)) &&
      isRoleWords(words(ctx, from, hon - 1))
    )
      return [
        { type: 'Role', from, to: hon - 1, name: spanText(ctx, from, hon - 1), holder: 1 },
        { type: 'Person', from: to, to, name: spanText(ctx, to, to), postNominalRole: postRole, extentFrom: hon, extentTo },
      ];
    return undefined;
  },
};

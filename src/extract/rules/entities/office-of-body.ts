// An office, possibly `of` a body: "Chief Executive of the Early Intervention Foundation" (a Role
// and the Body), "Home Secretary" (a Role). "Minister of State for …" and "Secretary of State for
// …" are titles whole. An office is never an entity, whatever head word it ends in:
// - offices joined by `and` ("Commissioner and Deputy Commissioner");
// - an office of a bare head word, not a named body ("Chief of Police", "Commissioner of Police of
//   the Metropolis": the words after `of` open with a head word and name nothing known);
// - a known body, then one office word ("Metropolitan Police Commissioner", "Home Office Minister",
//   "a former House of Commons Clerk"): one title, with no holder named (with a holder,
//   office-then-person reads it first). A longer office after a known body ("National Police
//   Chiefs' Council Lead for Finance") leaves the body named, and the office is the body's.

import {
  bodyHeads,
  commonWordsNeverNames,
  forceForPlace,
  lexiconKey,
  lookupName,
  nonNameWords,
  officeHeads,
  organisationOffices,
  placeNames,
  regionNames,
  roleTitles,
  topicNouns,
} from '../../lexicon.js';
import { isAcronym, isCapitalised, wordOf } from '../../internal/words.js';
import type { ChunkContext } from '../../internal/classify-name.js';
import { hasCommonWordEnding, isRoleWords, knownAt, lower, spanText, words } from './name-parts.js';
import type { ChunkRule } from './rule.js';

const LOCATING = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Inner|Outer|Greater|Upper|Lower|Mid)$/;

/** Capitalised words that can name an organisation: no place, region or common word first, none an office. */
function organisationName(ctx: ChunkContext, from: number, to: number): boolean {
  const first = ctx.tokens[from]!;
  const w = wordOf(first);
  const span = ctx.tokens.slice(from, to + 1);
  if (forceForPlace(w) || commonWordsNeverNames.has(w) || nonNameWords.has(w) || placeNames.has(lexiconKey(spanText(ctx, from, to)))) return false;
  // "Greater Manchester", "North Wales": a place, perhaps after a word that locates it
  if (span.every((t) => t.tags.has('Place') || forceForPlace(wordOf(t)) || regionNames.has(wordOf(t)) || LOCATING.test(wordOf(t)))) return false;
  if (from === to && !/\p{Lu}.*\p{Lu}/u.test(w.slice(1)) && !isAcronym(w)) return false;
  // "Director of Public Health", "Director of Operations": a field, not an organisation
  if (hasCommonWordEnding(wordOf(ctx.tokens[to]!))) return false;
  return span.every((t) => isCapitalised(wordOf(t)) && !officeHeads.has(lower(wordOf(t))) && !topicNouns.has(wordOf(t)) && !t.tags.has('FirstName'));
}

export const officeOfBodyRule: ChunkRule = {
  name: 'office-of-body',
  words: 'many',
  apply(ctx, { from, to, ws, text }, classify) {
    const whole = [{ type: 'Role' as const, from, to, name: text }];
    // "Commissioner and Deputy Commissioner": every part an office
    if (
      ws.includes('and') &&
      ws
        .join(' ')
        .split(/ and /)
        .every((part) => isRoleWords(part.split(' ')))
    )
      return whole;
    // "Chief Crown Prosecutor for CPS Mersey-Cheshire": `for` before a known body, as `of`
    const ofAt = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'at' || w === 'for') && ws[i + 1] !== 'State');
    const office = ofAt > 0 ? ws.slice(0, ofAt) : [];
    // "CEO of the Regional Fraud Team": one office noun (CEO, Chief, Clerk) before `of` is an office too
    const officeBeforeOf = ofAt > 0 && (isRoleWords(office) || (office.length === 1 && officeHeads.has(lower(office[0]!))));
    if (ofAt > 0 && (officeBeforeOf || (office.length === 1 && officeHeads.has(lower(office[0]!))))) {
      let bFrom = from + ofAt + 1;
      if (bFrom <= to && wordOf(ctx.tokens[bFrom]!) === 'the') bFrom++;
      if (bFrom <= to && bodyHeads.has(wordOf(ctx.tokens[bFrom]!)) && !knownAt(ctx, bFrom, to) && !lookupName(spanText(ctx, bFrom, to))) return whole;
    }
    const known = knownAt(ctx, from, to);
    const rest = known && known.end < to ? words(ctx, known.end + 1, to) : [];
    if (known && known.entry.type === 'Body' && rest.length > 0 && (isRoleWords(rest) || (rest.length === 1 && officeHeads.has(lower(rest[0]!))))) {
      // "Metropolitan Police Commissioner", "Home Office Minister": one office word makes one title.
      if (rest.length === 1) return whole;
      // "National Police Chiefs' Council Lead for Finance", "Home Office Chief Scientific Adviser":
      // the body is named, and the office after it is the body's (its holder usually follows).
      // The title stays whole, so the relation rules read the body's office from it (core-title).
      const body = { type: known.entry.type, from, to: known.end, name: spanText(ctx, from, known.end), lexicon: known.entry, nestedIn: 0 };
      return [...whole, body];
    }
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
      // "Chief Executive of ChildFund Ireland": an organisation's office `of` a name that nothing else
      // types names an organisation, whatever its words (not a place: "Chief Executive of Kent")
      if (
        body.length === 0 &&
        ws[ofAt] === 'of' &&
        organisationOffices.has(lower(office.join(' '))) &&
        !roleTitles.has(lower(ws.join(' '))) &&
        bFrom <= to &&
        organisationName(ctx, bFrom, to)
      )
        return [
          { type: 'Role', from, to: from + ofAt - 1, name: spanText(ctx, from, from + ofAt - 1), roleOf: 1 },
          { type: 'Body', from: bFrom, to, name: spanText(ctx, bFrom, to) },
        ];
    }
    return isRoleWords(ws) ? [{ type: 'Role', from, to, name: text }] : undefined;
  },
};

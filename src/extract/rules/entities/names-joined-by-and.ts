// Two or more names joined by `and`: "the Home Office and College of Policing", "James Brokenshire
// and Minister … David Willetts", "Zoë Billingham and José García and Seán O’Brien". A run like
// "Immigration Command and Control Unit" stays whole: it splits only beside a known name, a
// person, a long name, or a name of the same type ending in the same word ("Hope UK and Carers UK").
// Two words shaped as a name beside a person are a person too ("Grenville Barker and Tom Atherton").

import { andInsideName } from '../../lexicon.js';
import { wordOf } from '../../internal/words.js';
import type { Candidate } from '../../internal/classify-name.js';
import type { ChunkRule } from './rule.js';
import { spanText } from './name-parts.js';
import { personWord } from './listed-between-people.js';

export const namesJoinedByAndRule: ChunkRule = {
  name: 'names-joined-by-and',
  words: 'many',
  apply(ctx, { from, to, depth }, classify) {
    if (depth !== 0) return undefined;
    for (let k = from + 1; k < to; k++) {
      const w = wordOf(ctx.tokens[k]!);
      if (w !== 'and' && w !== '&') continue;
      // "Police and Crime Commissioner", "Fire and Rescue Service": one name
      if (andInsideName.has(`${wordOf(ctx.tokens[k - 1]!)} ${wordOf(ctx.tokens[k + 1]!)}`)) continue;
      let left = classify(from, k - 1, 1);
      let right = classify(k + 1, to, 1);
      // "Grenville Barker and Tom Atherton": two words shaped as a name beside a person are a person too
      const shapedPerson = (a: number, b: number): Candidate[] =>
        b === a + 1 && personWord(ctx.tokens[a]!) && personWord(ctx.tokens[b]!) ? [{ type: 'Person', from: a, to: b, name: spanText(ctx, a, b) }] : [];
      if (left.length === 0 && right.length === 1 && right[0]!.type === 'Person') left = shapedPerson(from, k - 1);
      else if (right.length === 0 && left.length === 1 && left[0]!.type === 'Person' && left[0]!.holder === undefined) right = shapedPerson(k + 1, to);
      // a list of more than two names
      if (right.length === 0) {
        const rest = classify(k + 1, to, 0);
        if (rest.length >= 2 && rest.every((c) => c.type === 'Person' || c.type === 'Body') && rest[0]!.from === k + 1) right = rest;
      }
      // "the Northern Ireland Justice Minister and Kenny MacAskill": an office alone on the left, a name on the right
      const officeLeft =
        left.length === 1 &&
        left[0]!.type === 'Role' &&
        left[0]!.from === from &&
        left[0]!.to === k - 1 &&
        right.length > 0 &&
        (right[0]!.type === 'Person' || (right[0]!.type === 'Body' && wordOf(ctx.tokens[k + 1]!) !== 'the' && !/ (of|for|to) /.test(left[0]!.name)));
      const ok = (c: Candidate[], start: number) =>
        (c === left && officeLeft) ||
        (c.length > 0 &&
          (c[0]!.extentFrom ?? c[0]!.from) === start &&
          c[c.length - 1]!.type !== 'Role' &&
          c.every((x) => x.type !== 'Acronym') &&
          (c.length === 1 ||
            // "Warwickshire and West Mercia Police and …": two names sharing their head are one item of the list
            (c.length === 2 && c.every((x) => x.rule === 'shared-head')) ||
            (c === right && c.every((x) => (x.type === 'Person' || x.type === 'Body') && x.holder === undefined && x.affiliation === undefined)) ||
            (c[0]!.type === 'Role' && c[1]!.type === 'Person' && (c.length === 2 || (c.length === 3 && c[2]!.type === 'Body'))) ||
            (c.length === 3 && c[1]!.type === 'Role' && c[2]!.type === 'Person') ||
            // "CEO for Voscur Sandra Meadows": office, its organisation, the person
            (c.length === 3 && c[0]!.type === 'Role' && c[1]!.type === 'Body' && c[2]!.type === 'Person')));
      const strong = (c: Candidate[]) => c.some((x) => x.lexicon || x.type === 'Person' || x.type === 'Role') || c[0]!.to - c[0]!.from >= 2;
      // "Age UK and Carers UK": two names of one type ending in the same word are two names
      const parallel =
        left.length === 1 && right.length === 1 && left[0]!.type === right[0]!.type && wordOf(ctx.tokens[k - 1]!) === wordOf(ctx.tokens[to]!) && k - 1 > from;
      if (ok(left, from) && ok(right, k + 1) && (strong(left) || strong(right) || parallel)) {
        const shift = (c: Candidate) => ({
          ...c,
          ...(c.holder !== undefined ? { holder: c.holder + left.length } : {}),
          ...(c.affiliation !== undefined ? { affiliation: c.affiliation + left.length } : {}),
          ...(c.roleOf !== undefined ? { roleOf: c.roleOf + left.length } : {}),
        });
        return [...left, ...right.map(shift)];
      }
    }
    return undefined;
  },
};

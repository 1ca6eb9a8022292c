// A unit named with the body that houses it after `at`, `in`, `based in/at`, `hosted by`, `housed
// in`: "the National Economic Crime Centre at the National Crime Agency", "the Joint Terrorism
// Analysis Centre, based in MI5". The first name must end in a unit head (Unit, Command, Centre,
// Directorate, Division, Team …), so a place or an event at a body ("a meeting at the Home Office")
// is not read.

import { unitHeads } from '../../lexicon.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

const housedBy = /^(at|in|based (at|in|within)|hosted (by|at|in|within)|housed (in|at|within))$/;

export const unitAtBodyRule: SentenceRule = {
  name: 'unit-at-body',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const unit of refs) {
      if (!isEntity(unit, 'Body') || unit.short) continue;
      const head = words[unit.to]!;
      if (!unitHeads.has(head) && head !== 'centre' && head !== 'center') continue;
      // "a meeting of the Joint Fraud Taskforce at the Home Office": the place is the meeting's
      const before = words[unit.from - 1] === 'the' ? unit.from - 2 : unit.from - 1;
      if (/^(of|with|to|from)$/.test(words[before] ?? '')) continue;
      let k = unit.to + 1;
      // "…, based in MI5": an apposition of the unit
      if (/,\s*$/.test(tokens[unit.to]!.post) && !/^(based|hosted|housed)$/.test(words[k] ?? '')) continue;
      let verb = '';
      for (let n = 0; n < 2 && k < words.length; n++, k++) {
        verb = verb ? `${verb} ${words[k]}` : words[k]!;
        if (housedBy.test(verb)) break;
      }
      if (!housedBy.test(verb)) continue;
      if (tokens.slice(unit.to + 1, k).some((t) => /[.;:,()]/.test(t.post))) continue;
      const at = words[k + 1] === 'the' ? k + 2 : k + 1;
      const whole = refs.find((r) => r.from === at && r.kind !== 'blocker');
      if (!isEntity(whole, 'Body') || whole.group === unit.group) continue;
      emit.relation('PART_OF', unit.group, whole.group);
    }
  },
};

// A capitalised office the name finder did not know, in apposition after the name: "Jane Doe,
// Digital Learning Manager at the College of Policing, said". The office is read from its grammar
// (capitalised words ending in an office head), its body after `at/of/for (the)`; the apposition
// must close (a comma, the sentence's end or a speech verb), so a list is not read as one. Read
// only for a person no earlier rule gave an office in the sentence.

import { officeHeads, sayVerbs } from '../../lexicon.js';
import { breaksAfter, isCapitalised, wordOf } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import { commaAfter, isEntity, refAt, slice } from './refs.js';
import type { PersonRule } from './rule.js';

export const officeAfterNameRule: PersonRule = {
  name: 'office-after-name',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words } = s;
    if (s.held.has(person.group)) return;
    const end = person.mention?.extentTo ?? person.to;
    if (!commaAfter(tokens[end])) return;
    const from = end + 1;
    // the capitalised run, which no known entity may start
    if (s.refs.some((r) => r.kind === 'entity' && r.from <= from && r.to >= from)) return;
    if (from >= tokens.length || !isCapitalised(wordOf(tokens[from]!))) return;
    let k = from;
    while (k + 1 < tokens.length && k - from < 5 && isCapitalised(wordOf(tokens[k + 1]!)) && !breaksAfter(tokens[k]!, tokens[k + 1])) k++;
    if (!officeHeads.has(words[k]!) || s.refs.some((r) => r.kind === 'entity' && r.from <= k && r.to >= from)) return;
    let last = k;
    let body: Group | undefined;
    if (/^(at|of|for)$/.test(words[k + 1] ?? '') && !breaksAfter(tokens[k]!, tokens[k + 1])) {
      const b = refAt(s, words[k + 2] === 'the' ? k + 3 : k + 2);
      if (!isEntity(b, 'Body')) return;
      body = b.group;
      last = b.to;
    }
    const next = words[last + 1];
    const closes =
      next === undefined || commaAfter(tokens[last]) || /^[.;:)]/.test(tokens[last]!.post.trim()) || (sayVerbs.has(next) && /^\s+$/.test(tokens[last]!.post));
    if (!closes || next === 'and' || next === 'or') return;
    emit.holds(person.group, slice(s, from, k), body);
  },
};

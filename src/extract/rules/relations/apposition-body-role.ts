// A body then a lower-case office in apposition: "Jackie Sebire of Bedfordshire Police, the NPCC
// lead for knife crime".

import { roleHeads } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import { appositionAfter } from './apposition.js';
import { isEntity, lower, slice } from './refs.js';
import type { PersonRule } from './rule.js';

export const appositionBodyRoleRule: PersonRule = {
  name: 'apposition-body-role',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens } = s;
    const next = appositionAfter(s, person)?.next;
    if (!isEntity(next, 'Body') || !/^[a-z]/.test(tokens[next.to + 1]?.text ?? '') || breaksAfter(tokens[next.to]!, tokens[next.to + 1])) return;
    let e = next.to + 1;
    while (e < tokens.length - 1 && e - next.to < 8 && !breaksAfter(tokens[e]!, tokens[e + 1]) && /^[a-z]/.test(tokens[e + 1]!.text)) e++;
    const ws = tokens.slice(next.to + 1, e + 1).map(wordOf);
    if (!roleHeads.has(lower(ws[0]!)) && !roleHeads.has(lower(ws[1] ?? ''))) return;
    emit.relation('HOLDS_ROLE', person.group, slice(s, next.from, e));
    emit.relation('AFFILIATED_WITH', person.group, next.group, slice(s, next.to + 1, e));
  },
};

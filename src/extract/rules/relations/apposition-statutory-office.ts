// A statutory office held by one person, named like a body, in apposition: "Kevin Hyland, the
// Independent Anti-Slavery Commissioner".

import { appositionAfter } from './apposition.js';
import { isEntity } from './refs.js';
import type { PersonRule } from './rule.js';

export const appositionStatutoryOfficeRule: PersonRule = {
  name: 'apposition-statutory-office',
  scope: 'person',
  apply(s, person, _i, emit) {
    const next = appositionAfter(s, person)?.next;
    if (isEntity(next, 'Body') && /\b(Commissioner|Regulator|Ombudsman)\b/.test(next.mention?.name ?? ''))
      emit.holds(person.group, next.mention!.name, next.group);
  },
};

// The body joined to a person's name by `of` where the name was read: "Chief Constable Dave
// Thompson of West Midlands Police" (with the office in the name as role); also past an age, as
// police news writes it: "PC Ian Brotherton, 32, of the Metropolitan Police".

import type { Group } from '../../internal/item-entities.js';
import { commaAfter, groupOfMention, isEntity, refAt, titleInName } from './refs.js';
import type { PersonRule } from './rule.js';

export const nameOfBodyRule: PersonRule = {
  name: 'name-of-body',
  scope: 'person',
  apply(s, person, _i, emit) {
    let body: Group | undefined = groupOfMention(s, person.mention?.affiliation);
    const end = person.mention?.extentTo ?? person.to;
    if (!body && commaAfter(s.tokens[end]) && /^\d{1,3}$/.test(s.tokens[end + 1]?.text ?? '') && commaAfter(s.tokens[end + 1]) && s.words[end + 2] === 'of') {
      const b = refAt(s, s.words[end + 3] === 'the' ? end + 4 : end + 3);
      if (isEntity(b, 'Body')) body = b.group;
    }
    if (!body) return;
    const title = titleInName(s, person);
    emit.relation('AFFILIATED_WITH', person.group, body, title ? title.role! : undefined);
  },
};

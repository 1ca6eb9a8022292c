// The body joined to a person's name by `of`/`from` where the name was read: "Chief Constable
// Dave Thompson of West Midlands Police" (with the office in the name as role).

import { groupOfMention, titleInName } from './refs.js';
import type { PersonRule } from './rule.js';

export const nameOfBodyRule: PersonRule = {
  name: 'name-of-body',
  scope: 'person',
  apply(s, person, _i, emit) {
    const body = groupOfMention(s, person.mention?.affiliation);
    if (!body) return;
    const title = titleInName(s, person);
    emit.relation('AFFILIATED_WITH', person.group, body, title ? title.role! : undefined);
  },
};

// A role given by letters after the name: "Sir Thomas Winsor, HMCIC".

import type { PersonRule } from './rule.js';

export const postNominalRoleRule: PersonRule = {
  name: 'post-nominal-role',
  scope: 'person',
  apply(_s, person, _i, emit) {
    const role = person.mention?.postNominalRole;
    if (role) emit.relation('HOLDS_ROLE', person.group, role);
  },
};

// People listed, then the one body they all belong to told by `both`/`all`: "Jane Smith and John
// Brown, both of the National Crime Agency, said …"; "A, B and C, all from Kent Police, were
// commended". Each person listed is affiliated with the body.

import { isEntity } from './refs.js';
import type { EntityRef, SentenceRule } from './rule.js';

export const bothOfBodyRule: SentenceRule = {
  name: 'both-of-body',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const body of refs) {
      if (!isEntity(body, 'Body')) continue;
      let k = body.from - 1;
      if (words[k] === 'the') k--;
      if (!/^(of|from|at|with)$/.test(words[k] ?? '') || !/^(both|all)$/.test(words[k - 1] ?? '')) continue;
      const quantifier = k - 1;
      if (quantifier < 1 || !/^\s*,\s*$/.test(tokens[quantifier - 1]!.post)) continue;
      // walk back over the people joined by `and` or commas
      const listed: EntityRef[] = [];
      let end = quantifier - 1;
      for (;;) {
        const person = refs.find((r) => isEntity(r, 'Person') && (r.mention?.extentTo ?? r.to) === end) as EntityRef | undefined;
        if (!person) break;
        listed.push(person);
        // past the title written in the name's chunk: "Chief Constable Jane Smith and DCC John Brown"
        let start = person.mention?.extentFrom ?? person.from;
        const title = refs.find((r) => r.kind === 'role' && r.to === start - 1 && /^\s+$/.test(tokens[r.to]!.post));
        if (title) start = title.from;
        if (words[start - 1] === 'and') end = start - 2;
        else if (start > 0 && /^\s*,\s*$/.test(tokens[start - 1]!.post)) end = start - 1;
        else break;
      }
      if (listed.length < 2) continue;
      for (const person of listed) emit.relation('AFFILIATED_WITH', person.group, body.group);
    }
  },
};

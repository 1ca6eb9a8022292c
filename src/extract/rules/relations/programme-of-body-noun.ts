// A programme described as a body's own by a typing noun after it: "the Safer Streets Fund is a
// Home Office programme", "the Safer Streets Fund, a Home Office scheme, …". The body stands right
// after `a`/`an` and before the noun (one descriptive word may come between: "a Home Office funded
// scheme", "a Metropolitan Police-led operation"); "is a Home Office success" names no programme noun and
// is not read.

import { withIt } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

const PROGRAMME_NOUNS = /^(programme|programmes|scheme|initiative|fund|campaign|project|strategy|pilot|operation|service)$/;

export const programmeOfBodyNounRule: SentenceRule = {
  name: 'programme-of-body-noun',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (const p of withIt(s)) {
      if (!isEntity(p, 'Programme')) continue;
      let k = p.to + 1;
      const comma = /,\s*$/.test(tokens[p.to]!.post);
      if (!comma && !/^(is|was)$/.test(words[k] ?? '')) continue;
      if (/^(is|was)$/.test(words[k] ?? '')) k++;
      if (!/^(a|an)$/.test(words[k] ?? '')) continue;
      const body = refs.find((r) => r.from === k + 1 && r.kind !== 'blocker');
      if (!isEntity(body, 'Body')) continue;
      // "a Metropolitan Police-led operation": the body's part in it joined on by a hyphen
      const hyphened = tokens[body.to]!.post === '-' && /^(led|run|funded|backed|commissioned|sponsored|managed|delivered)$/.test(words[body.to + 1] ?? '');
      if (!/^\s+$/.test(tokens[body.to]!.post) && !hyphened) continue;
      const n = PROGRAMME_NOUNS.test(words[body.to + 1] ?? '')
        ? body.to + 1
        : /^[a-z-]+$/.test(tokens[body.to + 1]?.text ?? '') && PROGRAMME_NOUNS.test(words[body.to + 2] ?? '')
          ? body.to + 2
          : -1;
      if (n < 0 || refs.some((r) => r.from > body.to && r.from <= n)) continue;
      emit.relation('LEADS', body.group, p.group);
    }
  },
};

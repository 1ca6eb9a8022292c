// A body used attributively before a programme's name in quotes: the programme is the body's
// (LEADS): "the Home Office ‘Offenders Index’ database", "the NSPCC ‘Childline’ service", "a Home
// Office “Safer Streets” campaign". The quote marks keep the two names apart; without them the
// whole is one name, read by `nested-known-name`. A noun of programmes must follow the quoted name
// ("database", "service", "campaign"; typingNouns): "He told the Home Office ‘Prevent’ works" is no such phrase.

import { typingNouns } from '../../lexicon.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const bodyBeforeQuotedRule: SentenceRule = {
  name: 'body-before-quoted',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, refs } = s;
    refs.forEach((r, i) => {
      if (!isEntity(r, 'Body')) return;
      const n = refs.slice(i + 1).find((x) => x.kind !== 'blocker' && x.group !== r.group);
      if (!isEntity(n, 'Programme') || n.from !== r.to + 1) return;
      // only white space after the body, then the opening quote of the programme's name
      const gap = tokens[r.to]!.post + tokens[n.from]!.pre;
      if (!/^\s+[‘“"']$/.test(gap)) return;
      // and a noun of programmes after it, which the body's name qualifies ("… ‘Offenders Index’ database")
      // (the reference may take the noun in already)
      if (typingNouns[s.words[n.to] ?? ''] !== 'Programme' && typingNouns[s.words[n.to + 1] ?? ''] !== 'Programme') return;
      emit.relation('LEADS', r.group, n.group);
    });
  },
};

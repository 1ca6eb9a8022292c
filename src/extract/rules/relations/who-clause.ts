// A body in the person's `who` clause, after a membership verb and for/at/of/in, or as the object
// of a leading verb: "Simon Cole, who leads on mental health for the NPCC", "…, who chairs the
// NPCC"; also after "Simon Cole of Leicestershire Police, who …", and past an auxiliary or adverb
// ("Sir Tom Winsor, who has led HMICFRS for the last 10 years").

import { memberClauseVerbs } from '../../lexicon.js';
import { commaAfter, describedBody, isEntity } from './refs.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import type { SentenceRule } from './rule.js';

export const whoClauseRule: SentenceRule = {
  name: 'who-clause',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let k = 1; k < tokens.length - 2; k++) {
      if (words[k] !== 'who' || !commaAfter(tokens[k - 1])) continue;
      // "who has led HMICFRS for ten years", "who previously worked for the NCA": the verb past an auxiliary or adverb
      let verb = k + 1;
      while (
        verb < k + 3 &&
        /^(has|had|have|previously|formerly|also|currently|now|then|once)$/.test(words[verb]!) &&
        memberClauseVerbs.has(words[verb + 1] ?? '')
      )
        verb++;
      if (!(memberClauseVerbs.has(words[verb]!) || /^(is|was|became|has|had)$/.test(words[verb]!))) continue;
      const before = [...refs].reverse().find((r) => r.to === k - 1);
      let person = isEntity(before, 'Person') ? before : undefined;
      if (isEntity(before, 'Body')) {
        const ofAt = words[before.from - 1] === 'the' ? before.from - 2 : before.from - 1;
        const p = [...refs].reverse().find((r) => r.to === ofAt - 1);
        if (words[ofAt] === 'of' && isEntity(p, 'Person')) person = p;
      }
      // a surname standing for a person the item named in full is that person ("DAC Millichap, who …")
      if (!person || (person.short && person.group.type !== 'Person')) continue;
      // "Jane Smith, who is chief executive of the National Crime Agency": the office too
      if (/^(is|was|became|has|had)$/.test(words[k + 1]!)) {
        // "who was appointed Chief Constable of Kent Police in 2020", "who has been named …"
        let at = k + 2;
        // "who is also the Director of …", "who is currently …"
        if (/^(also|now|currently|still|already|previously|formerly)$/.test(words[at] ?? '')) at++;
        if (words[at] === 'been') at++;
        if (/^(appointed|named|elected|made|confirmed)$/.test(words[at] ?? '') && words[k + 1] !== 'became') at++;
        if (words[at] === 'as') at++;
        const office = officePhraseAt(s, at);
        if (office && (office.known || closesAfter(s, office.end))) {
          emit.holds(person.group, office.role, office.body);
          continue;
        }
      }
      // "who has been with the force since 1999": time in the body
      if (/^(has|had)$/.test(words[k + 1]!) && words[k + 2] === 'been' && /^(with|at)$/.test(words[k + 3] ?? '')) {
        const at = words[k + 4] === 'the' ? k + 5 : k + 4;
        const named = refs.find((r) => r.from === at && r.kind !== 'blocker');
        const body = isEntity(named, 'Body') ? named.group : describedBody(s, k + 4)?.group;
        if (body) emit.relation('AFFILIATED_WITH', person.group, body);
        continue;
      }
      // "who has more than 30 years' experience of …": only a membership verb reads a body alone
      if (!memberClauseVerbs.has(words[verb]!)) continue;
      // the clause runs to its first comma, bracket or full stop
      let end = verb;
      while (end < tokens.length - 1 && !/[,.;:()]/.test(tokens[end]!.post)) end++;
      // past a programme the clause leads: "who led the operation for Durham Constabulary"
      const body = refs.find((r) => r.from > verb && r.to <= end && r.kind !== 'role' && r.group?.type !== 'Programme');
      if (!isEntity(body, 'Body')) continue;
      const prep = words[body.from - 1] === 'the' ? words[body.from - 2] : words[body.from - 1];
      // "who chairs the NPCC": a body that a leading verb takes as its object
      const object = /^(chairs|chaired|heads|headed|leads|led|runs|ran)$/.test(words[verb]!) && body.from === (words[verb + 1] === 'the' ? verb + 2 : verb + 1);
      if (/^(for|at|of|in)$/.test(prep ?? '') || object) emit.relation('AFFILIATED_WITH', person.group, body.group);
    }
  },
};

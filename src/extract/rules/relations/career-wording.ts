// A person in a body by a career wording with the body as its object or place: a verb of leading
// or representing whose object is the body (`Andrew led Merseyside Police …`, `She has headed the
// Serious Fraud Office since 2018`, `He represents the Police Federation`), or time spent there
// (`John Brown spent 20 years with West Midlands Police`, `after 30 years at the Met`, `has been with
// Cheshire Constabulary since 2017`). The body
// must close the phrase (`led the Home Office review` is a programme's, not the body's). The person
// is the verb's subject (`subjectOf`) or, for time spent, the sentence's opening subject.
// Word lists in data/career-wordings.json.

import { breaksAfter } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import { bodyObjectVerbs, openingSubject, spanUnits, subjectOf } from './career.js';
import { describedBody, isEntity, refAt } from './refs.js';
import type { SentenceRule, SentenceView } from './rule.js';

/** The body at token `at` (past `the`), named or described (`the force`), if the phrase ends with it. */
function closingBody(s: SentenceView, at: number): Group | undefined {
  const k = s.words[at] === 'the' ? at + 1 : at;
  const named = refAt(s, k);
  const body = isEntity(named, 'Body') ? { group: named.group, to: named.to } : describedBody(s, at);
  if (!body) return undefined;
  const next = s.words[body.to + 1];
  const closes =
    next === undefined ||
    breaksAfter(s.tokens[body.to]!, s.tokens[body.to + 1]) ||
    /^(in|on|as|from|since|until|for|between|before|after|during|and|when|where|at)$/.test(next);
  return closes ? body.group : undefined;
}

export const careerWordingRule: SentenceRule = {
  name: 'career-wording',
  scope: 'sentence',
  apply(s, emit) {
    const { words } = s;
    for (let v = 1; v < words.length - 1; v++) {
      const w = words[v]!;
      // "Andrew led Merseyside Police in the role of Chief Constable"
      if (bodyObjectVerbs.has(w)) {
        // "was led by", "the team he led": a passive or a relative clause is no subject's verb
        if (words[v + 1] === 'by' || /^(was|were|been|being|is|are)$/.test(words[v - 1]!)) continue;
        const person = subjectOf(s, v);
        const body = person && closingBody(s, v + 1);
        if (person && body) emit.relation('AFFILIATED_WITH', person, body);
        continue;
      }
      // "Darren has been with Cheshire Constabulary since 2017": time in the body, told by the perfect
      if (w === 'been' && /^(has|have|had)$/.test(words[v - 1]!) && /^(with|at)$/.test(words[v + 1] ?? '')) {
        const person = subjectOf(s, v - 1);
        const body = person && closingBody(s, v + 2);
        if (person && body) emit.relation('AFFILIATED_WITH', person, body);
        continue;
      }
      // "spent 20 years with West Midlands Police", "after 30 years at the Met", "a 25-year career in …" is member-wording's
      if (spanUnits.has(w) && /^(with|at|in)$/.test(words[v + 1] ?? '')) {
        const count = words[v - 1] ?? '';
        if (
          !/^(\d+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many|several|some|more|over|almost|nearly)$/.test(
            count,
          )
        )
          continue;
        let sv = v - 2;
        while (sv >= 0 && v - sv <= 5 && !/^(spent|spending|served|serving|worked|working|after)$/.test(words[sv]!)) sv--;
        if (sv < 0 || v - sv > 5) continue;
        const body = closingBody(s, v + 2);
        if (!body) continue;
        // "After 30 years at the Met, she …": the subject after the opening phrase
        const person = words[sv] === 'after' ? (sv === 0 ? openingAfterComma(s, v) : undefined) : (subjectOf(s, sv) ?? openingSubject(s, sv));
        if (person) emit.relation('AFFILIATED_WITH', person, body);
      }
    }
  },
};

/** The person named (or `he`/`she`) right after the comma that closes an opening phrase. */
function openingAfterComma(s: SentenceView, from: number): Group | undefined {
  let c = from;
  while (c < s.tokens.length - 1 && !/,/.test(s.tokens[c]!.post)) c++;
  const r = s.refs.find((x) => x.from === c + 1 && x.kind !== 'blocker');
  if (isEntity(r, 'Person')) return r.group;
  return /^(he|she)$/.test(s.words[c + 1] ?? '') ? s.focus.person : undefined;
}

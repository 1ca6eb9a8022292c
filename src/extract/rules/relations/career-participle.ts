// A career step told in a participle phrase, about the clause's subject: opening the sentence
// (`Before joining the NCA, John Brown was …`, `Before becoming Deputy Chief Constable of Surrey
// Police, she was …`, `Having led Kent Police for five years, he …`) the person is the subject
// right after the phrase's comma; closing it (`Sarah was Deputy Chief Constable … before becoming
// the Temporary Chief Constable this year`, `… before joining the NCA`) the person the sentence
// opened with. A participle of joining or leading takes a body (AFFILIATED_WITH); one of becoming
// or serving `as` takes an office (HOLDS_ROLE, and the body it is held in).
// Word lists in data/career-wordings.json.

import type { Group } from '../../internal/item-entities.js';
import { openingSubject, participleOpeners, participles } from './career.js';
import { closesAfter, officePhraseAt } from './office-phrase.js';
import { describedBody, isEntity, refAt } from './refs.js';
import type { SentenceRule, SentenceView } from './rule.js';

/** The person right after the comma that closes the phrase opened at token 0: named, or `he`/`she`. */
function subjectAfterPhrase(s: SentenceView, from: number): Group | undefined {
  let c = from;
  while (c < s.tokens.length - 1 && !/,/.test(s.tokens[c]!.post)) {
    if (/[;:.]|\n/.test(s.tokens[c]!.post)) return undefined;
    c++;
  }
  if (c >= s.tokens.length - 1) return undefined;
  // past a title in the name: "Before joining the NCA, Chief Constable Jane Smith …"
  const r = s.refs.find((x) => x.from > c && x.from <= c + 4 && isEntity(x, 'Person'));
  if (isEntity(r, 'Person') && s.tokens.slice(c + 1, r.from).every((t) => /^\p{Lu}/u.test(t.text))) return r.group;
  return /^(he|she)$/.test(s.words[c + 1] ?? '') ? s.focus.person : undefined;
}

export const careerParticipleRule: SentenceRule = {
  name: 'career-participle',
  scope: 'sentence',
  apply(s, emit) {
    const { words } = s;
    for (let o = 0; o < words.length - 2; o++) {
      const opener = participleOpeners.find((p) => p.every((w, i) => words[o + i] === w));
      if (!opener) continue;
      let k = o + opener.length;
      if (/^(previously|first|also|briefly)$/.test(words[k] ?? '')) k++;
      const part = participles.find((p) => p.words.every((w, i) => words[k + i] === w));
      if (!part) continue;
      // "having" takes a past participle, the other openers a gerund: "before joined" is no phrase
      const perfect = words[o] === 'having';
      if (perfect !== /(ed|been|become)$/.test(part.words[0]!)) continue;
      const at = k + part.words.length;
      // the subject: after the phrase when it opens the sentence, else the person the sentence opened with
      const person = o === 0 ? subjectAfterPhrase(s, at) : openingSubject(s, o);
      if (!person) continue;
      if (part.takes === 'body') {
        const b = words[at] === 'the' ? at + 1 : at;
        const named = refAt(s, b);
        const body = isEntity(named, 'Body') ? { group: named.group, to: named.to } : describedBody(s, at);
        if (!body || !closesAfter(s, body.to)) continue;
        emit.relation('AFFILIATED_WITH', person, body.group);
        continue;
      }
      // "before becoming the Temporary Chief Constable this year": an office, not "becoming a member"
      if (/^(a|an)$/.test(words[at] ?? '')) continue;
      const office = officePhraseAt(s, words[at] === 'as' ? at + 1 : at);
      if (!office || !(office.known || closesAfter(s, office.end) || /^(this|last|next|that)$/.test(words[office.end + 1] ?? ''))) continue;
      emit.holds(person, office.role, office.body);
    }
  },
};

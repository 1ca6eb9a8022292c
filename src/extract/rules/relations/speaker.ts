// Who speaks in a quote: the person a saying verb is told of (`Jane Smith said:`, `Jane Smith, Chief
// Constable of Kent Police, said`, `said Jane Smith`). The item keeps the latest one, so a quote's
// `my role as …` and `As Chief Constable, I …` are read as the speaker's, not as the last person the
// quote itself names.

import type { Group, Ref } from '../../internal/item-entities.js';
import type { Token } from '../../nlp.js';
import { isEntity } from './refs.js';

const SAY = /^(said|says|added|adds|explained|commented|stated)$/;

/** The person a saying verb of the sentence is told of, if any: the last such in the sentence. */
export function speakerIn(refs: Ref[], tokens: Token[]): Group | undefined {
  const words = tokens.map((t) => t.text.toLowerCase());
  let speaker: Group | undefined;
  const people = refs.filter((r) => isEntity(r, 'Person'));
  people.forEach((p, i) => {
    // "said Jane Smith", not `said: “John Brown …`
    if (SAY.test(words[p.from - 1] ?? '') && /^\s+$/.test(tokens[p.from - 1]!.post) && !tokens[p.from]!.pre) speaker = p.group;
    // the verb after the name, past its apposition, with no other person before it
    const next = people[i + 1]?.from ?? words.length;
    for (let k = p.to + 1; k < Math.min(next, p.to + 14); k++)
      if (SAY.test(words[k]!)) {
        speaker = p.group;
        break;
      }
  });
  return speaker;
}

// An office written right before the name without a comma, in lower case or with a body in
// front: "NPCC chair Sara Thornton" (AFFILIATED_WITH the NPCC, role chair), "Crime Prevention
// minister Jeremy Browne", "Policing and criminal justice minister Rt Hon Damian Green", "the
// police minister Jane Smith". Capitalised offices the name chunk holds are title-in-name's.

import { determiners, genericOffices, honorifics, officeHeads, officeModifiers, officeStopWords, verbalWords } from '../../lexicon.js';
import { breaksAfter, isCapitalised, wordOf } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity, slice, titleInName } from './refs.js';
import type { PersonRule } from './rule.js';

export const titleBeforeNameRule: PersonRule = {
  name: 'title-before-name',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words, refs } = s;
    if (titleInName(s, person)) return;
    let st = person.mention?.extentFrom ?? person.from;
    while (st > 0 && honorifics.has(words[st - 1]!) && !breaksAfter(tokens[st - 1]!, tokens[st])) st--;
    const head = st - 1;
    if (head < 0 || breaksAfter(tokens[head]!, tokens[st]) || !officeHeads.has(words[head]!)) return;
    if (refs.some((r) => r.kind !== 'blocker' && r.from <= head && r.to >= head)) return;
    let k = head;
    while (
      k > 0 &&
      head - k < 6 &&
      !breaksAfter(tokens[k - 1]!, tokens[k]) &&
      !officeStopWords.has(words[k - 1]!) &&
      (words[k - 1] === 'and' || !verbalWords.has(words[k - 1]!))
    )
      k--;
    // "and" joins portfolio words inside an office, never opens one
    while (words[k] === 'and' && k < head) k++;
    // nothing but a body and unknown names may stand in the office
    const inside = refs.filter((r) => r.to >= k && r.from < head);
    if (inside.some((r) => r.kind === 'role' || (r.kind === 'entity' && r.group?.type !== 'Body') || r.from < k)) return;
    let start = -1;
    for (let j = k; j <= head; j++)
      if (isCapitalised(wordOf(tokens[j]!))) {
        start = j;
        break;
      }
    if (start < 0) {
      // lower case throughout: the words after a determiner, else the head and its modifiers
      if (k > 0 && determiners.has(words[k - 1]!)) start = k;
      else {
        start = head;
        while (start > k && officeModifiers.has(words[start - 1]!)) start--;
      }
      if (start === head && k > 0 && (verbalWords.has(words[k - 1]!) || words[k - 1] === 'to')) return;
    }
    const body = inside.find((r) => isEntity(r, 'Body') && r.from === start);
    const roleFrom = body ? body.to + 1 : start;
    if (roleFrom > head) return;
    // "Metropolitan Police officer Christopher Harrison": a job at the body, not an office
    if (roleFrom === head && genericOffices.has(words[head]!)) {
      if (body) emit.relation('AFFILIATED_WITH', person.group, body.group as Group, slice(s, head, head));
      return;
    }
    emit.holds(person.group, slice(s, roleFrom, head), body?.group);
  },
};

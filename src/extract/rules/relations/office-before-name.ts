// A capitalised office the name finder did not know, then a comma and the name: the office is
// read from its grammar, not from a list of titles. "Children's Minister, Tim Loughton, is …";
// "Toronto's long-serving Chief of Police, William Blair, drew …"; "the Home Office's Chief
// Scientific Adviser, Jane Doe, said". The phrase is capitalised words (with `of`, `for`, `and`
// inside) whose office head comes last or before an `of/for` tail, opened by an owner's
// possessive and lower-case qualifiers. A plural possessive is the office's own field
// ("Children's", "Victims'") and stays; any other owner is a body (AFFILIATED_WITH) or a place
// (dropped). Read only for a person no earlier rule gave an office in the sentence.

import { lookupName, officeHeads } from '../../lexicon.js';
import { breaksAfter, isCapitalised, isPossessive, wordOf } from '../../internal/words.js';
import type { Group } from '../../internal/item-entities.js';
import { commaAfter, isEntity, slice } from './refs.js';
import type { PersonRule, SentenceView } from './rule.js';

/** Lower-case words that may stand between an owner's possessive and its office. */
const qualifier = (w: string) =>
  /^(long-serving|longstanding|long-standing|current|new|newly-appointed|then|former|outgoing|incoming|first|acting|interim)$/.test(w);

/** A plural possessive is part of the office: "Children's Minister", "Victims' Commissioner". */
const pluralPossessive = (text: string) => /s['’]$/.test(text) || /^(children|women|men|people)['’]s$/i.test(text);

/** Whether token k belongs to a name the office may not run through: a person, or a known body. */
function blocked(s: SentenceView, k: number): boolean {
  return s.refs.some((r) => r.from <= k && r.to >= k && r.kind === 'entity' && (r.group?.type !== 'Body' || !!r.group.lexicon));
}

export const officeBeforeNameRule: PersonRule = {
  name: 'office-before-name',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words } = s;
    if (s.held.has(person.group)) return;
    const start = person.mention?.extentFrom ?? person.from;
    const end = start - 1;
    if (end < 1 || !commaAfter(tokens[end]) || !isCapitalised(wordOf(tokens[end]!))) return;
    // the capitalised run back from the comma, with connectors inside it
    let k = end;
    while (k > 0 && end - k < 8) {
      const t = tokens[k - 1]!;
      // "Police and Crime Commissioner (PCC) for Kent": the office's own initials in brackets stay in the run
      const initials = /^\($/.test(t.pre) && /^[A-Z]{2,6}$/.test(t.text) && /^\)\s*$/.test(t.post);
      // "Police, Fire and Crime Commissioner": a list of capitalised words inside the office, closed by `and`
      const listComma = /^,\s*$/.test(t.post) && isCapitalised(wordOf(t)) && isCapitalised(wordOf(tokens[k]!)) && words.slice(k, end).includes('and');
      if (initials) {
        k--;
        continue;
      }
      if (breaksAfter(t, tokens[k]) && !isPossessive(t) && !listComma && !(tokens[k]?.pre === '(' && /^\s*$/.test(t.post))) break;
      if (blocked(s, k - 1)) {
        // "the Home Office's Chief Scientific Adviser": a known body's possessive opens the office
        const r = s.refs.find((x) => x.kind === 'entity' && x.to === k - 1);
        if (isPossessive(t) && isEntity(r, 'Body')) k = r.from;
        break;
      }
      if (isCapitalised(wordOf(t)) || /^(of|for|and)$/.test(words[k - 1]!) || qualifier(words[k - 1]!)) k--;
      else break;
    }
    while (k < end && !isCapitalised(wordOf(tokens[k]!)) && !isPossessive(tokens[k]!)) k++;
    // an owner's possessive: the last one in the run
    let owner = -1;
    for (let j = k; j < end; j++) if (isPossessive(tokens[j]!)) owner = j;
    let from = owner >= 0 ? owner + 1 : k;
    while (from < end && qualifier(words[from]!)) from++;
    if (owner >= 0 && pluralPossessive(tokens[owner]!.text) && owner === from - 1) from = owner;
    if (/^the$/.test(words[from]!)) from++;
    // "whilst she was Home Secretary, Mr Hyland …": an office after a copula is another clause's predicate
    if (/^(is|was|are|were|be|been|became|becomes|remains|remained)$/.test(words[k - 1] ?? '')) return;
    // the office head, last or before an of/for tail
    // the office's words, its bracketed initials left out
    const office = words.slice(from, end + 1).filter((_, j) => !/^\(/.test(tokens[from + j]!.pre));
    const tail = office.findIndex((w) => w === 'of' || w === 'for');
    const headAt = tail > 0 ? tail - 1 : office.length - 1;
    if (!officeHeads.has(office[headAt]!)) return;
    // a known body's name is no office, however it ends
    if (lookupName(slice(s, from, end))) return;
    let body: Group | undefined;
    if (owner >= 0 && from > owner) {
      const r = s.refs.find((x) => x.to === owner && isEntity(x, 'Body'));
      body = r?.group;
    }
    emit.holds(
      person.group,
      slice(s, from, end)
        .replace(/\s*\([A-Z]{2,6}\)/, '')
        .replace(/['’]$/, ''),
      body,
    );
  },
};

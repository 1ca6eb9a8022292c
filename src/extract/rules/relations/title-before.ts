// A capitalised office then a comma or bracket before the name: "Minister of State for Policing,
// Criminal Justice and Victims, Mike Penning"; "the College of Policing's new Chief Executive,
// Andy Marsh"; "Its Director General, Michael Lockwood"; "…, whose National Chair, John Apter".

import { officeQualifiers } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import { commaAfter, describedBodyPossessive, groupOfMention, isEntity, portfolioEnd, titleInName, wordBefore } from './refs.js';
import type { PersonRule } from './rule.js';

const COPULA = /^(is|was|are|were|be|been|became|becomes|remains|remained)$/;

export const titleBeforeRule: PersonRule = {
  name: 'title-before',
  scope: 'person',
  apply(s, person, i, emit) {
    const { tokens, words, refs } = s;
    const start = person.mention?.extentFrom ?? person.from;
    // "Chair of the National Police Chiefs' Council, Chief Constable Sara Thornton": an office
    // of a body before the comma, whatever the name chunk holds
    const last = [...refs].reverse().find((r) => r.to < start && r.kind !== 'blocker');
    if (isEntity(last, 'Body') && last.to === start - 1 && commaAfter(tokens[last.to])) {
      const ofAt = words[last.from - 1] === 'the' ? last.from - 2 : last.from - 1;
      const office = refs.find((r) => r.kind === 'role' && r.to === ofAt - 1);
      if (words[ofAt] === 'of' && office && !s.holders.has(office)) {
        s.holders.add(office);
        emit.holds(person.group, office.role!, last.group);
        return;
      }
    }
    const inName = titleInName(s, person);
    if (inName) {
      // "NPCC Lead for Child Protection, Chief Constable Simon Bailey": an office before the name's own
      // … or with its subject's initials in brackets between: "NPCC Lead for Counter-terrorism (CT) Assistant Commissioner Mark Rowley"
      const initials = (r: Ref) =>
        r.to === inName.from - 2 &&
        /\(\s*$/.test(tokens[r.to]!.post + tokens[r.to + 1]!.pre) &&
        /^\)\s+$/.test(tokens[r.to + 1]!.post) &&
        /^[A-Z]{2,6}$/.test(tokens[r.to + 1]!.text);
      const before = refs.find((r) => r.kind === 'role' && ((r.to === inName.from - 1 && commaAfter(tokens[r.to])) || initials(r)));
      if (before && !s.holders.has(before)) {
        s.holders.add(before);
        // a known body opening the office names its body, not the office: the core title reads it
        emit.holds(person.group, before.role!);
      }
      return;
    }
    // "the Minister of State for Security, Counterterrorism, Crime and Policing (Tony McNulty)": a
    // portfolio list that runs on past the office, then a comma or bracket before the name
    const listed = refs.find((r) => r.kind === 'role' && r.to < start - 1 && portfolioEnd(s, r) === start - 1);
    if (listed && !s.holders.has(listed) && (commaAfter(tokens[start - 1]) || /\(/.test(tokens[start - 1]!.post + tokens[start]!.pre))) {
      s.holders.add(listed);
      emit.holds(person.group, listed.role! + s.cut(tokens[listed.to]!.end, tokens[start - 1]!.end), undefined, wordBefore(s, listed.from));
      return;
    }
    const prev = refs[i - 1];
    // "Police and Crime Commissioner (PCC) Mark Shelford": the office, its initials in brackets, the name
    const acr = tokens[start - 1];
    if (prev?.kind === 'role' && prev.to === start - 2 && acr && /\(\s*$/.test(tokens[prev.to]!.post + acr.pre) && /^\),?\s+$/.test(acr.post)) {
      const initials = s
        .cut(tokens[prev.from]!.start, tokens[prev.to]!.end)
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('');
      // the place before a commissioner's office may stay out of the initials ("West Yorkshire Police and Crime Commissioner (PCC)")
      if ((acr.text === initials || (acr.text.length >= 3 && initials.endsWith(acr.text))) && acr.text.length >= 2 && !s.holders.has(prev)) {
        s.holders.add(prev);
        emit.holds(person.group, prev.role!, groupOfMention(s, prev.mention?.roleOf));
        return;
      }
    }
    if (!prev || prev.to !== start - 1 || !(commaAfter(tokens[prev.to]) || /\(/.test(tokens[start]!.pre))) return;
    let role: Ref | undefined,
      text = '';
    if (prev.kind === 'role') {
      role = prev;
      text = prev.role!;
    } else if (prev.kind === 'blocker') {
      const pp = refs[i - 2];
      if (pp && pp.kind === 'role' && pp.to === prev.from - 1 && commaAfter(tokens[pp.to])) {
        role = pp;
        text = s.cut(tokens[pp.from]!.start, tokens[prev.to]!.end);
      }
    }
    if (!role || s.holders.has(role)) return;
    // "whilst she was Home Secretary, Mr Hyland …": an office after a copula is another clause's predicate
    if (COPULA.test(words[role.from - 1] ?? '') || (officeQualifiers.has(words[role.from - 1] ?? '') && COPULA.test(words[role.from - 2] ?? ''))) return;
    s.holders.add(role);
    let body = groupOfMention(s, role.mention?.roleOf);
    let k = role.from - 1;
    while (k >= 0 && officeQualifiers.has(words[k]!)) k--;
    const owner = refs.find((r) => isEntity(r, 'Body') && r.to === k && isPossessive(tokens[k]!));
    body ??= owner?.group;
    if (!body && words[k] === 'its') body = s.focus.body;
    // "The force's Chief Constable, Jane Doe": the body the description stands for
    if (!body && k > 0 && words[k - 1] === 'the' && isPossessive(tokens[k]!)) body = describedBodyPossessive(s, k);
    if (!body && words[k] === 'whose') body = refs.find((r) => isEntity(r, 'Body') && r.to === k - 1)?.group as Group | undefined;
    emit.holds(person.group, role.mention?.roleOf !== undefined ? role.role! : text, body, wordBefore(s, role.from));
    // "Deputy Prime Minister, Lord Chancellor and …, Dominic Raab": offices listed before it with commas
    let j = role.from - 1;
    for (;;) {
      if (wordBefore(s, j + 1)) j--;
      const earlier = refs.find((r) => r.kind === 'role' && r.to === j && commaAfter(tokens[j]));
      if (!earlier || s.holders.has(earlier)) break;
      s.holders.add(earlier);
      emit.holds(person.group, earlier.role!, undefined, wordBefore(s, earlier.from));
      j = earlier.from - 1;
    }
  },
};

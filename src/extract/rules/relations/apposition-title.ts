// A known office in apposition, with the body it names or that follows `of/at/for`: "Carey
// Oppenheim, the Chief Executive of the Early Intervention Foundation"; and the body's own parent
// after `at`: "Head of the MsUnderstood Partnership at the University of Bedfordshire" (PART_OF).

import type { Group } from '../../internal/item-entities.js';
import { breaksAfter } from '../../internal/words.js';
import { appositionAfter } from './apposition.js';
import { commaAfter, groupOfMention, isEntity, portfolioEnd, refAt } from './refs.js';
import type { EntityRef, PersonRule, SentenceView } from './rule.js';

/** A body after the comma that ends an office (a repeated office in between is skipped), that itself ends the apposition. */
function bodyClosingApposition(s: SentenceView, officeEnd: number): EntityRef | undefined {
  const { tokens, words } = s;
  let k = officeEnd;
  for (let hops = 0; hops < 3; hops++) {
    if (!commaAfter(tokens[k])) return undefined;
    const r = refAt(s, k + 1);
    if (r?.kind === 'role') {
      k = r.to;
      continue;
    }
    if (!isEntity(r, 'Body')) return undefined;
    const t = tokens[r.to]!;
    const nextWord = words[r.to + 1];
    if (nextWord === undefined || /\)/.test(t.post)) return r;
    if (commaAfter(t) && !/^(and|or)$/.test(nextWord) && !isEntity(refAt(s, r.to + 1), 'Body')) return r;
    return undefined;
  }
  return undefined;
}

export const appositionTitleRule: PersonRule = {
  name: 'apposition-title',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { words, refs } = s;
    const app = appositionAfter(s, person);
    const next = app?.next;
    if (!next || next.kind !== 'role') return;
    // "PCC Mark Shelford, former Chief Constable for Dorset James Vaughan, …": a title run straight
    // into the next name is that person's (title-in-name reads it), not an apposition to this one
    if (refs.some((r) => isEntity(r, 'Person') && r.from === next.to + 1)) return;
    // "…, CEO for Voscur Sandra Meadows": the title's own holder was named in its run
    if (next.mention?.holder !== undefined && s.analysis.mentions[next.mention.holder] !== person.mention) return;
    // "… by the late Jimmy Savile, the Home Secretary has commissioned …": the office begins a new clause
    if (/^\s+$/.test(s.tokens[next.to]!.post) && /^(has|have|had|is|was|were|are|will|would|can|could|should|must|may|then)$/.test(words[next.to + 1] ?? ''))
      return;
    s.holders.add(next);
    let body: Group | undefined = groupOfMention(s, next.mention?.roleOf) ?? app?.owner;
    let end = next.to;
    if (body) end = refs.find((r) => r.group === body && r.from > next.to)?.to ?? end;
    if (!body && /^(of|at|for)$/.test(words[next.to + 1] ?? '')) {
      const k = words[next.to + 2] === 'the' ? next.to + 3 : next.to + 2;
      const b = refAt(s, k);
      if (isEntity(b, 'Body', 'Programme')) {
        body = b.group;
        end = b.to;
      }
    }
    // "John Glen, Economic Secretary to the Treasury, said": a secretary's `to the <body>` is part of
    // the office, as a minister's portfolio is, and names its body
    let toBody = false;
    if (!body && /Secretary$/.test(next.role!) && words[next.to + 1] === 'to' && words[next.to + 2] === 'the') {
      const b = refAt(s, next.to + 3);
      if (isEntity(b, 'Body')) {
        body = b.group;
        end = b.to;
        toBody = true;
      }
    }
    // "Jane Doe, Director General, National Crime Agency, said": the body after the office's comma,
    // when it closes the apposition (not a list of bodies: "…, Director, Kent Police, Surrey Police and …")
    if (!body) {
      const after = bodyClosingApposition(s, next.to);
      if (after) {
        body = after.group;
        end = after.to;
      }
    }
    // an office's organisation is a body, whatever its name looked like
    if (body && body.type === 'Programme') body.type = 'Body';
    let role = next.role!;
    if (toBody) role += s.cut(s.tokens[next.to]!.end, s.tokens[end]!.end);
    // "Chris Philp, Minister for Crime, Policing and Fire, said": the portfolio list is the office's
    const listEnd = body ? undefined : portfolioEnd(s, next);
    if (listEnd !== undefined) {
      role += s.cut(s.tokens[next.to]!.end, s.tokens[listEnd]!.end);
      end = listEnd;
    }
    // "Head of the CPS Special Crime Division": a title that runs into a longer name keeps only the office
    const after = s.tokens[next.to + 1];
    if (!body && after && /^[A-Z]/.test(after.text) && !breaksAfter(s.tokens[next.to]!, after)) role = role.replace(/\s+(of|for)\s.*$/, '');
    // "the Cabinet Secretary for Justice in Scotland": the place it serves is not part of the office
    role = role.replace(/\s+in\s+[A-Z][a-z]+$/, '');
    emit.holds(person.group, role, body);
    if (body && words[end + 1] === 'at') {
      const k = words[end + 2] === 'the' ? end + 3 : end + 2;
      const b2 = refAt(s, k);
      if (isEntity(b2, 'Body')) emit.relation('PART_OF', body, b2.group);
    }
  },
};

// A known office in apposition, with the body it names or that follows `of/at/for`: "Carey
// Oppenheim, the Chief Executive of the Early Intervention Foundation"; and the body's own parent
// after `at`: "Head of the MsUnderstood Partnership at the University of Bedfordshire" (PART_OF).

import type { Group } from '../../internal/item-entities.js';
import { breaksAfter } from '../../internal/words.js';
import { appositionAfter } from './apposition.js';
import { groupOfMention, isEntity, refAt } from './refs.js';
import type { PersonRule } from './rule.js';

export const appositionTitleRule: PersonRule = {
  name: 'apposition-title',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { words, refs } = s;
    const next = appositionAfter(s, person)?.next;
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
    let body: Group | undefined = groupOfMention(s, next.mention?.roleOf);
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
    // an office's organisation is a body, whatever its name looked like
    if (body && body.type === 'Programme') body.type = 'Body';
    let role = next.role!;
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

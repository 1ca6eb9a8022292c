// Hansard names a minister by office and seat, the name in brackets: "the Financial Secretary to
// the Treasury, the Member for Hereford and South Herefordshire (Mr Jesse Norman)"; "the
// Under-Secretary of State for the Home Department, the hon. Member for Staffordshire Moorlands
// (Karen Bradley)". The office before the comma is the person's.

import { commaAfter, slice } from './refs.js';
import type { PersonRule } from './rule.js';

export const memberForOfficeRule: PersonRule = {
  name: 'member-for-office',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words, refs } = s;
    const st = person.mention?.extentFrom ?? person.from;
    if (!/\(/.test(tokens[st]?.pre ?? '')) return;
    // "the (right) hon. (and learned) Member for <seat> (" before the name
    let m = st - 1;
    while (m > 1 && st - m < 10 && !(words[m] === 'member' && words[m + 1] === 'for')) m--;
    if (words[m] !== 'member' || words[m + 1] !== 'for') return;
    let c = m - 1;
    while (c > 0 && /^(the|hon|right|honourable|gallant|learned|and)$/.test(words[c]!)) c--;
    if (!commaAfter(tokens[c])) return;
    // the office: a role starting at most four words before the comma ("Financial Secretary to the Treasury")
    const office = [...refs].reverse().find((r) => r.kind === 'role' && r.to <= c && c - r.to <= 4);
    if (!office || s.holders.has(office)) return;
    if (tokens.slice(office.to, c).some((t) => /[,;:()]/.test(t.post))) return;
    let from = office.from;
    // "Under-Secretary of State": a prefix joined by a hyphen
    if (from > 0 && tokens[from - 1]!.post === '-') from--;
    s.holders.add(office);
    emit.holds(person.group, slice(s, from, c));
  },
};

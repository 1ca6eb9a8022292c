// A body's possessive right before a name: its programme (LEADS) or its unit (PART_OF):
// "Cambridge Constabulary’s Programme Metis", "the Cabinet Office’s Centre for Social Action";
// and a body's name as a modifier right before a programme's: "HMIC PEEL assessments", "the Home
// Office ‘Offenders Index’ database" (quoted: a noun of programmes must follow). A few modifiers
// may stand after the possessive: "the NPCC’s new Audit and Assurance Board", "the Mayor’s £70
// million Young Londoners Fund" (`possessiveModifiers` in data/relation-frames.json).

import { isPossessive } from '../../internal/words.js';
import { partHeads, possessiveModifiers, typingNouns } from '../../lexicon.js';
import { hasHead } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

export const possessiveRule: SentenceRule = {
  name: 'possessive',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, refs } = s;
    refs.forEach((r, i) => {
      // a person's possessive before a programme ("Sadiq Khan’s Young Londoners Fund"); never a unit
      if (isEntity(r, 'Person') && !r.short && isPossessive(tokens[r.to]!)) {
        const n = refs[i + 1];
        if (isEntity(n, 'Programme') && !n.short && n.from === r.to + 1) emit.relation('LEADS', r.group, n.group);
        return;
      }
      if (!isEntity(r, 'Body')) return;
      // a body's name used as a modifier, with no possessive, before its programme: "HMIC PEEL
      // assessments", "the Kent Police Operation Sceptre team" (a unit so written is one name)
      if (!isPossessive(tokens[r.to]!)) {
        const n = refs.slice(i + 1).find((x) => x.kind !== 'blocker' && x.group !== r.group);
        if (!isEntity(n, 'Programme') || n.short || n.from !== r.to + 1) return;
        const gap = tokens[r.to]!.post + tokens[n.from]!.pre;
        // a programme's name in quotes needs a noun of programmes after it, which the body's name
        // qualifies ("the Home Office ‘Offenders Index’ database"; not "He told the Home Office ‘Prevent’ works")
        const quoted = /^\s+[‘“"']$/.test(gap) && (typingNouns[s.words[n.to] ?? ''] === 'Programme' || typingNouns[s.words[n.to + 1] ?? ''] === 'Programme');
        if (/^\s+$/.test(gap) || quoted) emit.relation('LEADS', r.group, n.group);
        return;
      }
      // past its own acronym in brackets: "the Metropolitan Police Service’s (MPS) Directorate of Professional Standards"
      let j = i + 1;
      while (refs[j] && refs[j]!.group === r.group && refs[j]!.from === refs[j - 1]!.to + 1) j++;
      const n = refs[j];
      const after = refs[j - 1]!.to + 1;
      if (!isEntity(n) || n.from - after > 3) return;
      // only modifiers between, in one phrase: "the NPCC’s new …", "the Mayor’s £70 million …"
      for (let k = after; k < n.from; k++)
        if (!(possessiveModifiers.has(s.words[k]!) || /^[£$€]?[\d.,]+(m|bn|k)?$/.test(s.words[k]!)) || /[,;:.()]/.test(tokens[k]!.post)) return;
      if (n.group.type === 'Programme') emit.relation('LEADS', r.group, n.group);
      else if (n.group.type === 'Body') {
        emit.relation('PART_OF', n.group, r.group);
        // more units listed straight on ("the NCA’s National Cyber Crime Unit and Border Policing
        // Command"): only names whose head names a unit, joined by a comma or `and` alone
        let last = n;
        for (let k = refs.indexOf(n) + 1; k < refs.length; k++) {
          const m = refs[k]!;
          if (m.kind === 'blocker' || m.group === last.group) continue;
          const gap = s.words.slice((last.mention?.extentTo ?? last.to) + 1, m.from).join(' ');
          if (!isEntity(m, 'Body') || !(gap === 'and' || (gap === '' && /,/.test(tokens[last.to]!.post))) || !hasHead(m.group, partHeads)) break;
          emit.relation('PART_OF', m.group, r.group);
          last = m;
        }
      }
    });
  },
};

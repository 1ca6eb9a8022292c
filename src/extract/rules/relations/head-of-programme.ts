// A person given the office that runs a programme (LEADS the person -> the programme): "Jane Smith,
// head of Operation Sceptre, said …", "Jane Smith, the senior investigating officer for Operation
// Midland", "Programme Director of the Safer Streets Fund Jane Smith". The office is a few plain
// words ending in a head that runs something (`programmeLeadHeads` in data/relation-frames.json:
// head, director, lead, manager, senior investigating officer …), then `of`/`for`, then the programme;
// the person stands right before it after a comma, or right after the programme. A body's office
// (`head of the Border Policing Command`) is no programme's and is not read here.

import { programmeLeadHeads } from '../../lexicon.js';
import type { Ref } from '../../internal/item-entities.js';
import { isEntity } from './refs.js';
import type { SentenceRule, SentenceView } from './rule.js';

/** At most this many words in the office before `of`/`for`. */
const MAX_OFFICE = 4;

/** The programme an office starting at token `from` runs, and where that programme ends; undefined when the words are no such office. */
function officeOfProgramme(s: SentenceView, from: number): Ref | undefined {
  const { tokens, words, refs } = s;
  let k = /^(the|a|an|its|our)$/.test(words[from] ?? '') ? from + 1 : from;
  const start = k;
  for (; k < tokens.length && k - start < MAX_OFFICE; k++) {
    if (/[,;:.()]/.test(tokens[k]!.post) || !/^[A-Za-z][A-Za-z-]*$/.test(tokens[k]!.text)) return undefined;
    if (refs.some((r) => r.from === k && isEntity(r))) return undefined;
    // an officer runs it only as its senior investigating or responsible officer
    const head = programmeLeadHeads.has(words[k]!) && (words[k] !== 'officer' || /^(investigating|responsible)$/.test(words[k - 1] ?? ''));
    if (/^(of|for)$/.test(words[k + 1] ?? '') && head) break;
  }
  if (k - start >= MAX_OFFICE || !/^(of|for)$/.test(words[k + 1] ?? '')) return undefined;
  const at = words[k + 2] === 'the' ? k + 3 : k + 2;
  const p = refs.find((r) => r.from === at && r.kind !== 'blocker');
  return isEntity(p, 'Programme') ? p : undefined;
}

export const headOfProgrammeRule: SentenceRule = {
  name: 'head-of-programme',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, refs } = s;
    for (const person of refs) {
      if (!isEntity(person, 'Person') || person.short) continue;
      const end = person.mention?.extentTo ?? person.to;
      // "Jane Smith, head of Operation Sceptre"
      if (/^,\s*$/.test(tokens[end]!.post)) {
        const p = officeOfProgramme(s, end + 1);
        if (p) emit.relation('LEADS', person.group, p.group!);
      }
      // "Head of Operation Sceptre, Jane Smith" / "Programme Director of the Safer Streets Fund Jane Smith"
      const before = [...refs].reverse().find((r) => r.to < person.from && isEntity(r, 'Programme'));
      if (!before || person.from - ((before.mention?.extentTo ?? before.to) + 1) > 1) continue;
      const gap = tokens[before.mention?.extentTo ?? before.to]!.post;
      if (!/^(,\s*|\s+)$/.test(gap)) continue;
      for (let from = Math.max(0, before.from - MAX_OFFICE - 3); from < before.from; from++) {
        const p = officeOfProgramme(s, from);
        if (p && p.group === before.group && (from === 0 || /[,;:.(]\s*$/.test(tokens[from - 1]!.post) || /^(the|a|an)$/.test(s.words[from - 1] ?? ''))) {
          emit.relation('LEADS', person.group, p.group!);
          break;
        }
      }
    }
  },
};

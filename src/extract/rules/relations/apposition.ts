// Where an apposition after a person's name starts: after the name (or its `of <body>`) and a
// comma, past `the`/`a` and qualifiers like `former`. The apposition rules read from here.

import { officeQualifiers, postNominals } from '../../lexicon.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import { isPossessive } from '../../internal/words.js';
import { commaAfter, describedBodyPossessive, refAt, slice } from './refs.js';
import type { EntityRef, SentenceView } from './rule.js';

export interface Apposition {
  /** Token where the apposition's content starts. */
  at: number;
  /** The reference there, if any; a role's text keeps `former` as written. */
  next?: Ref;
  /** The body a description's possessive stands for: "X, the force's Chief Constable". */
  owner?: Group;
}

export function appositionAfter(s: SentenceView, person: EntityRef): Apposition | undefined {
  const { tokens, words, refs } = s;
  const m = person.mention;
  const end = m?.extentTo ?? person.to;
  let aEnd = m?.affiliation !== undefined ? (refs.find((r) => r.mention === s.analysis.mentions[m.affiliation!])?.to ?? end) : end;
  // "Sir Alan Beith MP, Chair of …": past the letters after the name
  while (aEnd + 1 < tokens.length && postNominals.has(tokens[aEnd + 1]!.text.replace(/[,.]$/, '')) && !/[^\s]/.test(tokens[aEnd]!.post)) aEnd++;
  if (!commaAfter(tokens[aEnd])) return undefined;
  let n = aEnd + 1;
  if (/^(the|a|an)$/.test(words[n] ?? '')) n++;
  // "the force's Chief Constable": the description stands for the body the item named with that word
  let owner: Group | undefined;
  if (words[n - 1] === 'the' && isPossessive(tokens[n]!) && !refs.some((r) => r.from === n && r.kind !== 'blocker')) {
    const d = describedBodyPossessive(s, n);
    if (d) {
      owner = d;
      n++;
    }
  }
  const qualifierAt = n;
  while (officeQualifiers.has(words[n] ?? '')) n++;
  let next = refAt(s, n);
  // "Dame Anne Owers, the former Chief Inspector of Prisons": the title as written keeps "former"
  if (next?.kind === 'role' && words.slice(qualifierAt, n).includes('former')) next = { ...next, role: slice(s, qualifierAt, next.to) };
  return { at: n, next, owner };
}

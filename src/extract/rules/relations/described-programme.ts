// A definite description standing for a programme the item has named: `the operation` for
// Operation Checkpoint, `this scheme` for the Domestic Violence Disclosure Scheme. The description
// becomes a reference to that programme before the rules read the sentence, so every rule reads
// it as it reads the name ("Inspector Ed Turner, who led the operation for Durham Constabulary";
// "the fund is administered by the Home Office"). The programme is the latest one named before,
// in the sentence or the item, with the description's noun among its words
// (`programmeDescriptions` in data/cues.json).

import { officeHeads, programmeDescriptions } from '../../lexicon.js';
import type { Group, Ref } from '../../internal/item-entities.js';
import type { Token } from '../../nlp.js';
import type { ItemFocus } from './rule.js';

const hasWord = (g: Group, heads: string[]) =>
  g.forms.some((f) =>
    f
      .toLowerCase()
      .split(/\s+/)
      .some((w) => heads.includes(w)),
  );

/** The sentence's references with a reference added for each description of a named programme. */
export function withDescribedProgrammes(tokens: Token[], words: string[], refs: Ref[], focus: ItemFocus): Ref[] {
  let added: Ref[] | undefined;
  for (let k = 0; k < words.length - 1; k++) {
    if (!/^(the|this)$/.test(words[k]!)) continue;
    const noun = words[k + 1]!;
    const heads = programmeDescriptions[noun];
    if (!heads || !/^[a-z]/.test(tokens[k + 1]!.text) || refs.some((r) => r.from <= k + 1 && r.to >= k)) continue;
    // "the programme manager", "the scheme's": a noun run on is another thing
    const next = words[k + 2];
    if (next !== undefined && (officeHeads.has(next) || programmeDescriptions[next] || tokens[k + 1]!.post === '-')) continue;
    const before = refs.filter((r) => r.to < k && r.kind === 'entity' && r.group?.type === 'Programme').map((r) => r.group!);
    const g = [...before.reverse(), ...(focus.programmes ?? [])].find((p) => hasWord(p, heads));
    if (!g) continue;
    (added ??= []).push({ from: k, to: k + 1, kind: 'entity', group: g, short: true });
  }
  return added ? [...refs, ...added].sort((a, b) => a.from - b.from || b.to - a.to) : refs;
}

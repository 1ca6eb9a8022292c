// A body's parts named by a plural noun of parts, then a list (PART_OF each part -> the body):
// "The National Crime Agency's four commands are the Organised Crime Command, the Border Policing
// Command and the Economic Crime Command"; "Its units include the National Cyber Crime Unit and …"
// (`its` for the body the previous sentence was about). The noun is a unit's head (`partHeads`) or a
// programme's part (`programmePartHeads`: "the Fund's two strands are …"), after the possessive and at
// most three plain words; the verb is `are`, `include`, `comprise` or a colon. Each part listed must
// be of the whole's kind; a body joins a body only when its own head names a unit.

import { isPossessive } from '../../internal/words.js';
import { partHeads, programmePartHeads } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { hasHead, listAfter } from './frames.js';
import { isEntity } from './refs.js';
import type { SentenceRule } from './rule.js';

const VERBS = /^(are|were|include|includes|included|comprise|comprises|cover|covers|will be|now include)$/;

export const partsListedRule: SentenceRule = {
  name: 'parts-listed',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    for (let k = 0; k < tokens.length - 2; k++) {
      // the owner: a body's possessive, or `its`/`their` for the body in focus
      let whole: Group | undefined;
      const owner = refs.find((r) => r.to === k && r.kind !== 'blocker');
      if (isEntity(owner, 'Body', 'Programme') && isPossessive(tokens[k]!)) whole = owner.group;
      else if (/^(its|their)$/.test(words[k]!) && k <= 1 && focus.body && !refs.some((r) => r.from < k)) whole = focus.body;
      if (!whole) continue;
      // a few plain words, then the plural noun of parts
      let n = -1;
      for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(tokens[j]!.text) || /[,;.()]/.test(tokens[j - 1]!.post)) break;
        const one = words[j]!.replace(/s$/, '');
        if (one !== words[j] && (partHeads.has(one) || programmePartHeads.has(one))) {
          n = j;
          break;
        }
      }
      if (n < 0) continue;
      // the verb, or a colon right after the noun
      let at = n + 1;
      const colon = /:\s*$/.test(tokens[n]!.post);
      if (!colon) {
        const two = `${words[at]} ${words[at + 1]}`;
        if (VERBS.test(two)) at += 2;
        else if (VERBS.test(words[at] ?? '')) at += 1;
        else continue;
      }
      for (const p of listAfter(s, at)) {
        if (p.group === whole) continue;
        const fits = whole.type === 'Body' ? p.group.type === 'Body' && hasHead(p.group, partHeads) : p.group.type === 'Programme';
        if (fits) emit.relation('PART_OF', p.group, whole);
      }
    }
  },
};

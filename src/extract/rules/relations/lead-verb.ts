// An active lead verb between its agents and a programme: "The Early Intervention Foundation
// (EIF) launched its Academy for Police Leaders"; a funding verb with a sum: "The Ministry of
// Justice has announced £5 million for the Rape Support Fund"; agents joined by `and`. A verb
// that puts a programme out (`published`, `updated`, `extended`; `publishVerbs` in
// data/relation-frames.json) only with its programme plainly its object: "The Home Office and the
// Ministry of Justice have published an update to the Victims Strategy", not "published a report
// on the Prevent programme".

import { fundingVerbs, leadNouns, nounGovernors, leadObjectLinks, leadObjectModifiers, leadPhrases, leadVerbs, publishVerbs } from '../../lexicon.js';
import { isEntity } from './refs.js';
import { phraseAt, subjectBefore } from './frames.js';
import type { SentenceRule } from './rule.js';

/** Words that open a subordinate clause: a programme after one is not the verb's object. */
const SUBORDINATORS = /^(after|before|while|whilst|when|because|since|until|despite|following|if|unless|although|though|whether|once)$/;

/** Words between an office as agent and its verb: auxiliaries and adverbs of time only. */
const OFFICE_GAP = /^(has|have|had|will|would|is|was|today|also|now|recently|yesterday|officially|formally|personally|has|this|week|month)$/;

/** The words between a verb and its programme are only determiners, modifiers, sums and links (`an update to`). */
function plainObject(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const link = phraseAt(words, k, leadObjectLinks);
    if (link > 0) k += link;
    else if (leadObjectModifiers.has(words[k]!) || /^[£$€]?[\d.,]+(m|bn|k)?$/.test(words[k]!)) k++;
    else return false;
  }
  return true;
}

export const leadVerbRule: SentenceRule = {
  name: 'lead-verb',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs } = s;
    for (let v = 1; v < tokens.length; v++) {
      // "The Home Office is bringing together police, industry and academics in the new X Partnership":
      // the programme they are brought together in is the subject's, not the partners'
      if (/^(bring|brings|brought|bringing)$/.test(words[v]!) && words[v + 1] === 'together') {
        const agent = subjectBefore(s, v, ['Body', 'Person']);
        let k = v + 2;
        while (k < tokens.length && k - v <= 16 && !/^(in|into|under|through)$/.test(words[k]!) && !/[.;:]/.test(tokens[k]!.post)) k++;
        let o = k + 1;
        while (o - k <= 2 && /^(the|a|an|new|single)$/.test(words[o] ?? '') && !refs.some((r) => r.from === o)) o++;
        const obj = refs.find((r) => r.from === o && r.kind !== 'blocker');
        if (agent && /^(in|into|under|through)$/.test(words[k] ?? '') && isEntity(obj, 'Programme')) emit.relation('LEADS', agent.group, obj.group);
        continue;
      }
      const funds = fundingVerbs.has(words[v]!) && /^[£$€]\d/.test(tokens[v + 1]?.text ?? '');
      // a wording of leading (`is responsible for`, `spearheaded`) reads like a publishing verb, past its last word
      const phrase = phraseAt(words, v, leadPhrases);
      const publishes = phrase > 0 || (publishVerbs.has(words[v]!) && !leadVerbs.has(words[v]!));
      if (!leadVerbs.has(words[v]!) && !leadNouns.has(words[v]!) && !funds && !publishes) continue;
      const vEnd = v + Math.max(phrase, 1) - 1;
      // "the national policing lead for hate crime" is an office, not a verb
      // (a name that ends in such a word is the agent: "the College of Policing launched …")
      const nameEnds = refs.some((r) => r.kind !== 'role' && r.to === v - 1);
      if (
        !nameEnds &&
        phrase === 0 &&
        /^(the|a|an|its|his|her|their|national|policing|joint|deputy|senior|new)$/.test(words[v - 1]!) &&
        !leadNouns.has(words[v]!)
      )
        continue;
      // a noun of leading ("the launch of") is the agent's only after a verb that makes it theirs ("announced
      // the creation of"); "Kent Police welcomed the launch of the Fund" names no leader
      if (!nameEnds && phrase === 0 && leadNouns.has(words[v]!) && /^(the|a|an)$/.test(words[v - 1]!) && !nounGovernors.has(words[v - 2] ?? '')) continue;
      if (words[v + 1] === 'by' || (/(ing)$/.test(words[v]!) && words[v - 1] !== 'is' && words[v - 1] !== 'are')) continue;
      // an office alone as the agent ("The Home Secretary launched …"): the person the item gives it
      const nearest = [...refs].reverse().find((r) => r.to < v && r.kind !== 'blocker');
      if (nearest?.kind === 'role' && nearest.role && nearest.mention?.holder === undefined && v - nearest.to <= 4) {
        const obj = refs.find((r) => r.from > vEnd && r.kind !== 'role');
        const gap = words.slice(nearest.to + 1, v);
        if (
          isEntity(obj, 'Programme') &&
          obj.from - vEnd <= 7 &&
          (!publishes || plainObject(words, vEnd + 1, obj.from)) &&
          gap.every((w) => OFFICE_GAP.test(w))
        )
          if (!tokens.slice(nearest.to, obj.from).some((t) => /[.;:,]/.test(t.post))) emit.byOffice('LEADS', nearest.role, obj.group);
        continue;
      }
      // a description the names left unread ("The department has launched …"), or `It`: the body it stands for
      const described = subjectBefore(s, v, ['Body']);
      if (described && !described.ref) {
        const obj = refs.find((r) => r.from > vEnd && r.kind !== 'role');
        if (isEntity(obj, 'Programme') && obj.from - vEnd <= 7 && (!publishes || plainObject(words, vEnd + 1, obj.from)))
          if (!tokens.slice(v, obj.from).some((t) => /[.;:]/.test(t.post))) emit.relation('LEADS', described.group, obj.group);
        continue;
      }
      const agentRef = [...refs].reverse().find((r) => r.to < v && r.kind !== 'blocker' && r.kind !== 'role');
      if (!isEntity(agentRef, 'Body', 'Person') || v - agentRef.to > 8) continue;
      if (refs.some((r) => r.kind === 'blocker' && r.from > agentRef.to && r.to < v)) continue;
      const objRef = refs.find((r) => r.from > vEnd && r.kind !== 'role');
      if (!isEntity(objRef, 'Programme') || objRef.from - vEnd > 7) continue;
      if (publishes && !plainObject(words, vEnd + 1, objRef.from)) continue;
      if (tokens.slice(v, objRef.from).some((t) => /[.;:]/.test(t.post))) continue;
      // a subordinate clause between opens another subject ("launched an appeal after the Fund was cut")
      if (words.slice(vEnd + 1, objRef.from).some((w) => SUBORDINATORS.test(w))) continue;
      if (refs.some((r) => r.kind === 'blocker' && r.from > v && r.to < objRef.from)) continue;
      const agents = [agentRef.group];
      const idx = refs.indexOf(agentRef);
      let sawAnd = false;
      for (let k = idx - 1; k >= 0; k--) {
        const r = refs[k]!;
        const gap = words.slice(r.to + 1, refs[k + 1]!.from).join(' ');
        // "the NPCC, the College of Policing and CPS": `and`, or a comma in a list that `and` closes
        const punct = /[,;:]/.test(s.tokens[r.to]!.post);
        const comma = /,/.test(s.tokens[r.to]!.post);
        // "The Home Office, in partnership with the NPCC, launched …", "…, working with the NPCC, …": a partner is an agent too
        const joined =
          ((!punct || comma) && /^and( the)?$/.test(gap)) ||
          /^(in partnership with|together with|jointly with|alongside|working with|working closely with|working alongside)( the)?$/.test(gap);
        if (isEntity(r, 'Body', 'Person') && (joined || (!punct && gap === '') || (comma && sawAnd && /^(the)?$/.test(gap)))) {
          agents.push(r.group);
          if (/^and/.test(gap)) sawAnd = true;
        } else break;
      }
      for (const g of agents) emit.relation('LEADS', g, objRef.group);
    }
  },
};

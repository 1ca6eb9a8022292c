// A known body at the start of a longer name: "Home Office Crime Prevention Panel" (PART_OF), or
// of a programme's name (LEADS); an acronym only before a unit head ("CPS Special Crime Division");
// not a record, publication or event named after the body ("House of Commons Hansard").

import { officeHeads, publicationNouns, recordHeads, unitHeads } from '../../lexicon.js';
import { isEntity, lower } from './refs.js';
import type { SentenceRule } from './rule.js';

export const nestedKnownNameRule: SentenceRule = {
  name: 'nested-known-name',
  scope: 'sentence',
  apply(s, emit) {
    for (const r of s.refs) {
      if (!isEntity(r) || r.mention?.nestedIn === undefined) continue;
      const outer = s.refs.find((o) => o.mention === s.analysis.mentions[r.mention!.nestedIn!]);
      // an acronym opens many names that are not its units; a unit head says it is one ("CPS Special Crime Division")
      const last = outer?.mention?.name.split(/\s+/).pop() ?? '';
      if (!isEntity(outer) || r.group.type !== 'Body' || (/^[A-Z0-9&]+$/.test(r.mention.name) && !unitHeads.has(lower(last)))) continue;
      // "a former House of Commons Clerk" names an office, not a unit
      if (outer.group.type === 'Body' && officeHeads.has(lower(last))) continue;
      // "House of Commons Hansard", "NPCC Annual Conference": a record, publication or event of the body, no unit
      if (outer.group.type === 'Body' && (recordHeads.has(lower(last)) || publicationNouns.has(lower(last)))) continue;
      // "Wiltshire Police Authority", "Avon and Somerset Police and Crime Panel": a body that oversees the force, no part of it
      if (outer.group.type === 'Body' && /\bpolice (authority|and crime panel)$/.test(lower(outer.mention?.name ?? ''))) continue;
      if (outer.group.type === 'Body') emit.relation('PART_OF', outer.group, r.group);
      else if (outer.group.type === 'Programme') emit.relation('LEADS', r.group, outer.group);
    }
  },
};

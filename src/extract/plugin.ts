// crimegraph's one addition to compromise: the domain words and tags, as a single plugin
// object. It is applied once, by ./nlp.ts, because compromise's model is global.

import { allAcronyms, knownActTitles, lexiconWords } from './lexicon.js';
import roles from './data/roles.json' with { type: 'json' };
import cues from './data/cues.json' with { type: 'json' };
import firstNames from './data/gazetteers/first-names.json' with { type: 'json' };
import onsFirstNames from './data/gazetteers/first-names-ons.json' with { type: 'json' };
import parliamentFirstNames from './data/gazetteers/first-names-parliament.json' with { type: 'json' };

function buildWords(): Record<string, string> {
  const words: Record<string, string> = { ...lexiconWords() };
  for (const t of knownActTitles()) if (!/'/.test(t)) words[t] ??= 'KnownAct';
  for (const a of allAcronyms) words[a.toLowerCase()] ??= 'KnownAcronym';
  for (const t of roles.titles) if (!/'/.test(t)) words[t.toLowerCase()] ??= 'RoleTitle';
  for (const h of roles.honorifics) words[h.toLowerCase()] ??= 'Honorific';
  for (const p of roles.postNominals) words[p.toLowerCase()] ??= 'PostNominal';
  for (const v of cues.leadVerbs) words[v] ??= 'LeadVerb';
  for (const v of cues.amendVerbs) words[v] ??= 'AmendVerb';
  // compromise looks words up accent-folded (`Siân` as `sian`)
  for (const n of [...firstNames.names, ...onsFirstNames.names, ...parliamentFirstNames.names])
    words[n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()] ??= 'FirstName';
  return words;
}

/** The compromise plugin: tag definitions and the lexicon words that carry them. */
export const crimegraphPlugin = {
  tags: {
    KnownBody: { isA: 'Organization' },
    KnownProgramme: { isA: 'Noun' },
    KnownAct: { isA: 'Noun' },
    KnownAcronym: { isA: 'Acronym' },
    RoleTitle: { isA: 'Noun' },
    PostNominal: {},
    LeadVerb: {},
    AmendVerb: {},
  },
  words: buildWords(),
};

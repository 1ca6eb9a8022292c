// A head word that names programmes and organisations alike (`Network`, `Partnership`) is read
// from what the name does: "the Grace Network which operates the scheme", "the Safer Roads
// Partnership said" name organisations; a network that no verb makes an agent stays a Programme
// by its head (`the Emergency Services Network`). The verbs are `agentVerbs` in
// data/legislation-shapes.json; known names keep their type.

import shapes from '../../data/legislation-shapes.json' with { type: 'json' };
import type { Token } from '../../nlp.js';
import { bodyHeads, programmeHeads } from '../../lexicon.js';
import { breaksAfter, wordOf } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const AGENT_CLAUSE = 'agent-clause';

const verbs: ReadonlySet<string> = new Set(shapes.agentVerbs);

/** The name's last word names programmes and bodies alike. */
function ambiguousHead(name: string): boolean {
  const last = name.split(' ').pop() ?? '';
  return bodyHeads.has(last) && programmeHeads.has(last);
}

/** True when the words after token `to` make the name the agent of a verb: `X which operates`, `X, who runs`, `X said`. */
export function actsAsAgent(tokens: Token[], to: number): boolean {
  let k = to + 1;
  if (tokens[k] === undefined) return false;
  const w0 = wordOf(tokens[k]!).toLowerCase();
  if (/^(which|who|that)$/.test(w0)) k++;
  else if (breaksAfter(tokens[to]!, tokens[k])) return false;
  const v = tokens[k];
  return v !== undefined && verbs.has(wordOf(v).toLowerCase());
}

/** Retype the Programmes of a sentence that its verbs show to be organisations. */
export function agentsAsBodies(tokens: Token[], mentions: SentenceMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Programme' || m.lexicon || !ambiguousHead(m.name) || !actsAsAgent(tokens, m.to)) continue;
    m.type = 'Body';
    m.rule = AGENT_CLAUSE;
  }
}

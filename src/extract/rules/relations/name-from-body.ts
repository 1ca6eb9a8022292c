// The body a person speaks for, written beside the name as press releases do: `from`/`of` after a
// comma or straight after the name ("Detective Superintendent Jane Doe, from Kent Police, said"),
// the body alone in apposition ("Chief Superintendent Jane Doe, Kent Police, said") or in brackets
// ("Jane Doe (Kent Police) said"); a body's unit after its possessive ("Jane Doe, of Oxford
// University's Cyber Security Centre"). The body must close the phrase (a comma, bracket, the sentence's
// end or a speech verb next), so a list of bodies or a longer clause is not read as one.

import { postNominals, sayVerbs } from '../../lexicon.js';
import { isPossessive } from '../../internal/words.js';
import { commaAfter, isEntity, refAt, titleInName } from './refs.js';
import type { EntityRef, PersonRule, SentenceView } from './rule.js';

/** Whether the body reference ends its phrase: end of sentence, `)`, a speech verb, or a comma not opening a list. */
function closes(s: SentenceView, body: EntityRef, bracketed: boolean): boolean {
  const t = s.tokens[body.to]!;
  const next = s.words[body.to + 1];
  if (bracketed) return /^\)/.test(t.post.trim());
  if (next === undefined) return true;
  if (/^\)/.test(t.post.trim())) return false;
  if (sayVerbs.has(next) && /^\s+$/.test(t.post)) return true;
  if (!commaAfter(t)) return false;
  // "…, Kent Police, said" / "…, Kent Police, has …": the apposition closes before the clause's verb
  return /^[a-z]/.test(s.tokens[body.to + 1]!.text) && !/^(and|or|the|a|an)$/.test(next);
}

export const nameFromBodyRule: PersonRule = {
  name: 'name-from-body',
  scope: 'person',
  apply(s, person, _i, emit) {
    const { tokens, words } = s;
    if (person.mention?.affiliation !== undefined) return;
    let end = person.mention?.extentTo ?? person.to;
    // "Jane Doe MP, from …": past the letters after the name
    while (end + 1 < tokens.length && postNominals.has(tokens[end + 1]!.text.replace(/[,.]$/, '')) && !/[^\s]/.test(tokens[end]!.post)) end++;
    const comma = commaAfter(tokens[end]);
    const bracket = /^\s*\($/.test(tokens[end]!.post) || /\(\s*$/.test(tokens[end + 1]?.pre ?? '');
    let k = end + 1;
    const prep = /^(from|of)$/.test(words[k] ?? '');
    // "of" straight after a name is the name's own (name-of-body); after a comma it is read here
    if (prep && !(words[k] === 'from' || comma)) return;
    if (!prep && !comma && !bracket) return;
    if (prep) k++;
    if (words[k] === 'the') k++;
    let body = refAt(s, k);
    // "of Oxford University's Cyber Security Centre": a body's possessive names the unit after it
    const unit = prep && isEntity(body, 'Body') && isPossessive(tokens[body.to]!) ? refAt(s, body.to + 1) : undefined;
    if (isEntity(unit, 'Body')) body = unit;
    if (!isEntity(body, 'Body')) return;
    // a bare body in apposition needs the person's own title, or a speech verb after it: a list of
    // names and bodies ("thanks to Jane Doe, Kent Police, and …") is not an affiliation
    if (!prep && !bracket && !titleInName(s, person) && !sayVerbs.has(words[body.to + 2] ?? '')) return;
    // "Jane Doe, of the NCA challenged …": after `, of/from` the clause's own verb may close it
    const verbNext =
      prep &&
      comma &&
      /^\s+$/.test(tokens[body.to]!.post) &&
      /^[a-z]/.test(tokens[body.to + 1]?.text ?? '') &&
      !/^(and|or|of|for|in|at|on|to|with|the|a|an)$/.test(words[body.to + 1]!);
    if (!verbNext && !closes(s, body, bracket && !prep)) return;
    const title = titleInName(s, person);
    emit.relation('AFFILIATED_WITH', person.group, body.group, title ? title.role! : undefined);
  },
};

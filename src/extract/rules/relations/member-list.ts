// A list of a body's members (AFFILIATED_WITH, role `member` or the office in brackets). The list
// is opened by a sentence that ends in a colon after `members`: "Naomi Long appointed the following
// independent Board members:", "Members of the Home Affairs Committee:", or a committee
// transcript's "Members present:" after "Taken before the Home Affairs Committee". Each line after
// it that is one person and nothing else ("• Janet Gray", "Keith Vaz (Chair)") is a member; the
// first line that is not ends the list. The same opening followed by the names in the sentence
// itself ("The members of the Board are: A, B and C") gives them too.
// The body: the one named after `members of`, the one named right before `members` ("Board
// members", also by its short form), else, with none named, the committee, board or panel the
// item named last (`memberListBodyHeads` in cues.json).

import { memberListBodyHeads } from '../../lexicon.js';
import type { Group } from '../../internal/item-entities.js';
import { wordOf } from '../../internal/words.js';
import { hasRoleWord, isEntity, lower, slice } from './refs.js';
import type { EntityRef, SentenceRule, SentenceView } from './rule.js';

/** The person a list line names, and the office in brackets after it, when the line is nothing else. */
function listEntry(s: SentenceView): { person: EntityRef; role?: string } | undefined {
  const { tokens } = s;
  const refs = s.refs.filter((r) => r.kind !== 'blocker');
  const people = refs.filter((r) => isEntity(r, 'Person'));
  if (people.length !== 1 || refs.some((r) => isEntity(r) && r.group !== people[0]!.group)) return undefined;
  const person = people[0] as EntityRef;
  const end = person.mention?.extentTo ?? person.to;
  const start = Math.min(person.from, person.mention?.extentFrom ?? person.from);
  // an honorific may stand before the name ("Mr James Clappison"); after it only a bracket
  if (start > 1) return undefined;
  if (start === 1 && !/^[A-Z][a-z]{1,3}\.?$/.test(tokens[0]!.text)) return undefined;
  if (end === tokens.length - 1) return { person };
  if (!/\(\s*$/.test(tokens[end]!.post) && !/^\s*\(/.test(tokens[end + 1]?.pre ?? '')) return undefined;
  if (!/\)/.test(tokens[tokens.length - 1]!.post)) return undefined;
  const inBrackets = tokens.slice(end + 1).map(wordOf);
  return hasRoleWord(inBrackets) ? { person, role: slice(s, end + 1, tokens.length - 1) } : { person };
}

const bodyHead = (g: Group) => g.type === 'Body' && g.forms.some((f) => memberListBodyHeads.has(lower(f.split(/\s+/).pop() ?? '')));

/** The body of a list opened at `members` (token `m`), or undefined when this is no opening. */
function listBody(s: SentenceView, m: number): Group | undefined {
  const { words, refs, focus } = s;
  const ofAt = words[m + 1] === 'of' ? (words[m + 2] === 'the' ? m + 3 : m + 2) : -1;
  const after = ofAt > 0 ? refs.find((r) => r.from === ofAt && isEntity(r, 'Body')) : undefined;
  if (isEntity(after)) return after.group;
  const before = refs.find((r) => r.to === m - 1 && isEntity(r, 'Body'));
  if (isEntity(before)) return before.group;
  if (ofAt > 0) return undefined;
  return (focus.bodies ?? []).find(bodyHead);
}

export const memberListRule: SentenceRule = {
  name: 'member-list',
  scope: 'sentence',
  everySentence: true,
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    const open = focus.memberList;
    focus.memberList = undefined;
    if (open) {
      const entry = listEntry(s);
      if (entry) {
        emit.relation('AFFILIATED_WITH', entry.person.group, open, entry.role ?? 'member');
        focus.memberList = open;
        return;
      }
    }
    // the opening: `members` and at most `present` or `of <Body>` before a colon, or `are`/`include` after it
    for (let m = 0; m < tokens.length; m++) {
      if (words[m] !== 'members') continue;
      let c = m;
      if (words[c + 1] === 'present') c++;
      else if (words[c + 1] === 'of') {
        const body = refs.find((r) => r.from >= c + 2 && r.from <= c + 3 && isEntity(r, 'Body'));
        if (!body) continue;
        c = body.to;
      }
      const colon = /:/.test(tokens[c]!.post);
      const verb = !colon && /^(are|include|includes|were)$/.test(words[c + 1] ?? '') ? c + 1 : -1;
      if (!colon && verb < 0) continue;
      const body = listBody(s, m);
      if (!body) continue;
      const from = verb >= 0 ? verb + 1 : c + 1;
      if (from >= tokens.length) {
        // the names follow on the lines after
        focus.memberList = body;
        return;
      }
      // the names in the sentence: people joined by commas, `and`, semicolons
      let last = from - 1;
      for (const r of refs) {
        if (r.from <= last || r.kind === 'role') continue;
        if (!isEntity(r, 'Person')) break;
        if (!/^(and|,|;)?$/.test(words.slice(last + 1, r.from).join(' '))) break;
        if (r.group !== body) emit.relation('AFFILIATED_WITH', r.group, body, 'member');
        last = r.mention?.extentTo ?? r.to;
        // past the office in brackets after a name
        while (last + 1 < tokens.length && /\(/.test(tokens[last]!.post + (tokens[last + 1]!.pre ?? '')) && !/\)/.test(tokens[last]!.post)) last++;
      }
      return;
    }
  },
};

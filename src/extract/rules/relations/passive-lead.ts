// A passive lead verb with its agents after `by`: "The Taskforce, chaired by Stephen Rimmer"
// (AFFILIATED_WITH, role chair); "jointly led by James Brokenshire and … David Willetts";
// "The Academy is being funded by the Home Office"; "administered by X on behalf of Y" (LEADS).
// An adverb or a time may stand between the verb and `by` ("funded jointly by", "launched today
// by"), a particle after it ("carried out by"), and the participle may open
// the sentence with its subject after the agents: "Funded jointly by the Home Office and HEFCE,
// the Fund will …" (the programme or body right after the comma). A second participle joined on by
// `and` has the first one's subject: "The Fund, delivered by Impetus and funded by the Home Office".

import { leadPhrases, leadVerbs, publicationNouns, publishVerbs, typingNouns } from '../../lexicon.js';
import { phraseAt } from './frames.js';
import type { Group } from '../../internal/item-entities.js';
import { isEntity, subjectOf } from './refs.js';
import type { SentenceRule, SentenceView } from './rule.js';

/** Adverbs that may stand between a passive verb and `by` ("funded jointly by"). */
const ADVERBS = new Set([
  'jointly',
  'partly',
  'wholly',
  'solely',
  'largely',
  'mainly',
  'directly',
  'principally',
  'originally',
  'initially',
  'recently',
  'also',
]);
/** Words of a time that may stand there too ("launched today by", "set up last year by"). */
const TIMES = new Set(['today', 'yesterday', 'last', 'this', 'week', 'month', 'year']);
/** Verbs with a particle that say who runs a programme ("carried out by HMICFRS"). */
const PARTICLE_VERBS = new Set(['carried out', 'rolled out', 'drawn up', 'set up']);

/**
 * The words of a partnership's marker at token `k` (`in partnership with`, `in a new partnership
 * between`, `in collaboration with`), counted up to `with`/`between`; 0 when none starts there.
 */
function partnershipAt(words: string[], k: number): number {
  if (words[k] !== 'in') return 0;
  for (let j = k + 1; j <= k + 4 && j < words.length - 1; j++)
    if (/^(partnership|collaboration|conjunction|association)$/.test(words[j]!)) return /^(with|between)$/.test(words[j + 1]!) ? j + 2 - k : 0;
    else if (!/^(a|an|the|new|close|joint|unique|ground-?breaking|groundbreaking|innovative|pioneering)$/.test(words[j]!)) return 0;
  return 0;
}

/**
 * Between a programme and a participle at `v`: `is/was a|an|the` and what the programme is said to
 * be, in at most ten plain words (lower case, or capitalised words that name nothing; prepositions
 * allowed, no relative, no verb of saying, nothing named): "‘Clear, Hold, Build’ is a multi-agency
 * partnership tactic, designed by", "The PEEL inspection is the annual assessment of Police Forces in
 * England and Wales carried out by".
 */
function describedThenComma(s: SentenceView, end: number, v: number): boolean {
  // a noun written after the name ("The … (PEEL) inspection is …")
  const ws = s.words.slice(end + (/^[a-z]+$/.test(s.tokens[end + 1]?.text ?? '') && /^(is|was)$/.test(s.words[end + 2] ?? '') ? 2 : 1), v);
  if (ws.length < 3 || ws.length > 12 || !/^(is|was)$/.test(ws[0]!) || !/^(a|an|the)$/.test(ws[1]!)) return false;
  if (!ws.slice(2).every((w) => /^[a-z0-9&][a-z0-9/&'’-]*$/.test(w) && !/^(that|which|who|whose|said|says|is|was|are|were|has|have|by)$/.test(w))) return false;
  // the noun it is said to be is no publication ("a report on crime, published by")
  const head = ws.slice(2).findIndex((w) => /^(of|on|for|in|into|about|across|to|from|with)$/.test(w));
  if (publicationNouns.has(ws[head < 0 ? ws.length - 1 : head + 1]!)) return false;
  if (s.refs.some((r) => r.from > end && r.from < v && (r.kind === 'role' || isEntity(r, 'Programme', 'Body', 'Person', 'Act')))) return false;
  return !s.tokens.slice(end + 1, v - 1).some((t) => /[,;:.()]/.test(t.post));
}

export const passiveLeadRule: SentenceRule = {
  name: 'passive-lead',
  scope: 'sentence',
  apply(s, emit) {
    const { tokens, words, refs, focus } = s;
    // the last passive read, for a second one joined on by `and` ("delivered by Impetus and funded by the Home Office")
    let previous: { subject: Group; by: number } | undefined;
    for (let b = 1; b < tokens.length; b++) {
      // `by`, or a partnership's agents: "developed in a ground-breaking partnership between A and B",
      // "delivered in partnership with", "in collaboration with", "in conjunction with"
      const partnership = partnershipAt(words, b);
      if (words[b] !== 'by' && partnership === 0) continue;
      const m = b;
      b += Math.max(partnership - 1, 0);
      // adverbs and a time between the verb and `by`: "funded jointly by", "launched today by", "set up last year by"
      let adverb = 0;
      while (adverb < 3 && (ADVERBS.has(words[m - 1 - adverb]!) || TIMES.has(words[m - 1 - adverb]!))) adverb++;
      // a particle after the verb: "carried out by", "rolled out by", "drawn up by"
      const particle = /^(out|up)$/.test(words[m - 1 - adverb] ?? '') && PARTICLE_VERBS.has(`${words[m - 2 - adverb]} ${words[m - 1 - adverb]}`) ? 1 : 0;
      const vFrom = m - 1 - adverb - particle;
      if (vFrom < 0) continue;
      const verb = words[vFrom]!;
      const passive =
        ((leadVerbs.has(verb) || publishVerbs.has(verb) || phraseAt(words, vFrom, leadPhrases) === 1) && /(ed|en|un|up|led|set)$/.test(verb)) ||
        verb === 'headed' ||
        particle === 1;
      if (!passive) continue;
      // the subject: the nearest programme or body before the verb, with nothing named between
      const before = refs.filter((r) => r.to < vFrom);
      const subj = [...before].reverse().find((r) => r.kind !== 'role');
      let subject: Group | undefined;
      if (
        isEntity(subj, 'Programme', 'Body') &&
        !(subj.group.type === 'Body' && !/^(chaired|headed|led)$/.test(verb)) &&
        subjectOf(words.slice(subj.to + 1, vFrom), subj.group.type)
      )
        subject = subj.group;
      // "‘Clear, Hold, Build’ is a multi-agency partnership tactic, designed by the Home Office": what the
      // programme is said to be, in a few plain words closed by a comma, is what the participle describes
      if (!subject) {
        // the programme named last before the verb, past places and unknown names that its description holds
        const prog = [...before].reverse().find((r) => isEntity(r, 'Programme', 'Body', 'Person'));
        if (isEntity(prog, 'Programme') && describedThenComma(s, prog.mention?.extentTo ?? prog.to, vFrom)) subject = prog.group;
      }
      if (!subject && /^(it|this|the scheme|the fund)$/.test(words[0]!) && focus.programme) subject = focus.programme;
      // a second participle after `and` shares the first one's subject, with a few words and no break between
      if (
        !subject &&
        previous &&
        words[vFrom - 1] === 'and' &&
        vFrom - previous.by <= 8 &&
        !tokens.slice(previous.by, vFrom - 1).some((t) => /[.;:()]/.test(t.post))
      )
        subject = previous.subject;
      if (subject) previous = { subject, by: b };
      const fronted = vFrom === 0;
      if (!subject && !fronted) continue;
      // the agents: names right after "by", joined by "and", commas or "on behalf of"
      const agents: Group[] = [];
      let last = b;
      for (const r of refs) {
        if (r.from <= b || r.kind === 'blocker') continue;
        if (r.mention?.nestedIn !== undefined || r.mention?.aliasOf !== undefined) {
          if (r.from > last) last = Math.max(last, r.to);
          continue;
        }
        if (r.kind === 'role') {
          // "by Security Minister James Brokenshire": a title right after "by" or "and"
          if (!/^(the|and|and the|,)?$/.test(words.slice(last + 1, r.from).join(' '))) break;
          last = r.to;
          continue;
        }
        const gap = words.slice(last + 1, r.from).join(' ');
        const g2 = gap
          .replace(/\s*,\s*/g, ', ')
          .trim()
          .replace(/^the (\S+)$/, (x, n: string) => (n in typingNouns ? 'the' : x));
        if (
          !/^(the|and|and the|,|, the|on behalf of|on behalf of the|jointly|its)?$/.test(g2) &&
          !(r.mention?.extentFrom !== undefined && r.mention.extentFrom > last && /^(and|,)?$/.test(words.slice(last + 1, r.mention.extentFrom).join(' ')))
        )
          break;
        if (!isEntity(r, 'Body', 'Person')) break;
        agents.push(r.group);
        last = r.mention?.extentTo ?? r.to;
      }
      // a participle opening the sentence: its subject is the programme named right after the agents' comma
      if (!subject) {
        const end = s.tokens[last];
        const next = refs.find((r) => r.from > last && r.kind !== 'blocker');
        if (
          !end ||
          !/,/.test(end.post) ||
          !(isEntity(next, 'Programme') || (isEntity(next, 'Body') && /^(chaired|headed|led)$/.test(verb))) ||
          next.from - last > 2 ||
          (next.from - last === 2 && words[last + 1] !== 'the')
        )
          continue;
        subject = next.group;
      }
      // an office alone after `by` ("launched by the Home Secretary in April"): the person the item gives it
      if (agents.length === 0 && subject.type === 'Programme') {
        const office = refs.find((r) => r.from > b && r.from <= b + 2 && r.kind === 'role');
        const at = words[b + 1] === 'the' ? b + 2 : b + 1;
        const next = office && refs.find((r) => r.from > office.to && r.kind !== 'blocker');
        if (office?.role && office.from === at && office.mention?.holder === undefined && !(isEntity(next, 'Person') && next.from - office.to <= 2))
          emit.byOffice('LEADS', office.role, subject);
      }
      for (const g of agents.slice(0, 3)) {
        if (subject.type === 'Programme') emit.relation('LEADS', g, subject);
        else if (g.type === 'Person') emit.relation('AFFILIATED_WITH', g, subject, verb === 'chaired' ? 'chair' : verb === 'headed' ? 'head' : undefined);
      }
    }
  },
};

// Reads relations from one sentence's ordered references: roles next to names, brackets and
// apposition (people), lead verbs active and passive (LEADS), `within`/`part of`/possessives
// (PART_OF) and amending verbs (AMENDS).

import type { Token } from '../nlp.js';
import type { RelationType } from '../types.js';
import { amendVerbs, fundingVerbs, memberClauseVerbs, announcedProgrammeNouns, announcingWords, auxiliaries, officeQualifiers, verbalWords, leadNouns, leadVerbs, roleAbbreviations, roleHeads, roleTitles, typingNouns } from '../lexicon.js';
import { bracketAfter, breaksAfter, isPossessive, wordOf } from './words.js';
import type { Group, Ref } from './item-entities.js';
import type { SentenceAnalysis } from './sentence-mentions.js';

export interface RawRelation {
  type: RelationType;
  source: Group;
  target: Group | string;
  role?: string;
}

/** What earlier sentences of the item leave for this one: the legislation and programme in focus. */
export interface ItemFocus {
  act?: Group;
  programme?: Group;
  /** The body the previous sentence was about, for "its chief executive". */
  body?: Group;
  /**
   * Who launched or developed "a new programme" not yet named: the next programme the item
   * names is theirs ("The Cabinet Office has awarded Mind funding to develop a major new programme …
   * The Blue Light programme will launch in February").
   */
  pendingAgents?: Group[];
  /** The noun that announced it (`programme`, `initiatives`). */
  pendingNoun?: string;
}

const lower = (s: string) => s.toLowerCase();
const isEntity = (r: Ref | undefined, ...types: string[]): r is Ref & { group: Group } =>
  !!r && r.kind === 'entity' && !!r.group && (types.length === 0 || types.includes(r.group.type));

function hasRoleWord(words: string[]): boolean {
  const joined = lower(words.join(' '));
  if (roleTitles.has(joined) || words.join(' ') in roleAbbreviations) return true;
  return words.some((w) => roleHeads.has(lower(w)) || lower(w) === 'chief');
}

function slice(tokens: Token[], from: number, to: number, text: (a: number, b: number) => string): string {
  return from <= to ? text(tokens[from]!.start, tokens[to]!.end) : '';
}


/** Only auxiliaries, or `is a national IT system`, may stand between a subject and its passive verb. */
function subjectOf(between: string[], type: string): boolean {
  if (between.every((w) => auxiliaries.has(w))) return true;
  // "IDIOM is a national IT system provided by"; "the Youth Endowment Fund, a £200 million fund run by";
  // "CONTEST, the government's counter-terrorism strategy, which is overseen by"
  const k = /^(is|was)$/.test(between[0] ?? '') ? 1 : 0;
  if (!/^(a|an|the)$/.test(between[k] ?? '') || between.length > 9) return false;
  const noun = between.findIndex((w, i) => i > k && typingNouns[w] === type);
  return noun > 0 && between.slice(noun + 1).every((w) => auxiliaries.has(w));
}

/**
 * The reference and those joined on to it by `and`/`or` (`amends the Police Act 1996 and the
 * Police Reform Act 2002`): the same relation holds for each of them.
 */
function withCoordinated(first: Ref & { group: Group }, refs: Ref[], words: string[], type: string): (Ref & { group: Group })[] {
  const joined = [first];
  let last: Ref = first;
  for (const r of refs) {
    if (r.from <= last.to) continue;
    const between = words.slice(last.to + 1, r.from);
    if (!isEntity(r, type) || between.length === 0 || between.length > 2 || !between.every((w) => w === 'and' || w === 'or' || w === 'the')) break;
    joined.push(r);
    last = r;
  }
  return joined;
}

/** Relations that one sentence states. `cut(start, end)` returns source text by file offsets. */
export function sentenceRelations(a: SentenceAnalysis, refs: Ref[], focus: ItemFocus, cut: (s: number, e: number) => string): RawRelation[] {
  const tokens = a.sentence.tokens;
  const out: RawRelation[] = [];
  // every rule needs at least one named entity in the sentence
  if (!refs.some((r) => r.kind === 'entity')) return out;
  const words = tokens.map((t) => lower(wordOf(t)));
  const refAt = (from: number) => refs.find((r) => r.from === from && r.kind !== 'blocker') ?? refs.find((r) => r.from === from);
  const holders = new Set<Ref>();

  const holds = (p: Group, role: string, body?: Group) => {
    const r = role.replace(/^(the|a|an)\s+/i, '').trim();
    if (!r) return;
    out.push({ type: 'HOLDS_ROLE', source: p, target: r });
    if (body && body.type === 'Body') out.push({ type: 'AFFILIATED_WITH', source: p, target: body, role: r });
  };

  refs.forEach((ref, i) => {
    if (!isEntity(ref, 'Person') || ref.short) return;
    const p = ref.group;
    const m = ref.mention;
    // "Security Minister James Brokenshire", "Merseyside Superintendent Rowley Moore"
    const inChunk = refs.find((r) => r.kind === 'role' && r.mention?.holder !== undefined && a.mentions[r.mention.holder] === m);
    if (inChunk) {
      holders.add(inChunk);
      let force: Group | undefined;
      if (m?.placeForce) force = refs.find((r) => r.group?.lexicon === m.placeForce)?.group;
      if (inChunk.mention?.roleOf !== undefined) force = refs.find((r) => r.mention === a.mentions[inChunk.mention!.roleOf!])?.group;
      holds(p, inChunk.role!, force);
      if (force) out.splice(out.length - 1, 1, { type: 'AFFILIATED_WITH', source: p, target: force, role: inChunk.role! });
    }
    if (m?.postNominalRole) out.push({ type: 'HOLDS_ROLE', source: p, target: m.postNominalRole });
    if (m?.affiliation !== undefined) {
      const body = refs.find((r) => r.mention === a.mentions[m.affiliation!])?.group;
      if (body) out.push(inChunk ? { type: 'AFFILIATED_WITH', source: p, target: body, role: inChunk.role! } : { type: 'AFFILIATED_WITH', source: p, target: body });
    }
    const start = m?.extentFrom ?? ref.from;
    // "Minister of State for Policing, Criminal Justice and Victims, Mike Penning"
    const prev = refs[i - 1];
    if (!inChunk && prev && prev.to === start - 1 && (/^,\s*$/.test(tokens[prev.to]!.post) || /\(/.test(tokens[start]!.pre))) {
      let role: Ref | undefined, text = '';
      if (prev.kind === 'role') { role = prev; text = prev.role!; }
      else if (prev.kind === 'blocker') {
        const pp = refs[i - 2];
        if (pp && pp.kind === 'role' && pp.to === prev.from - 1 && /^,\s*$/.test(tokens[pp.to]!.post)) { role = pp; text = cut(tokens[pp.from]!.start, tokens[prev.to]!.end); }
      }
      if (role && !holders.has(role)) {
        holders.add(role);
        let body = role.mention?.roleOf !== undefined ? refs.find((r) => r.mention === a.mentions[role!.mention!.roleOf!])?.group : undefined;
        // "the College of Policing's new Chief Executive, Andy Marsh"
        let k = role.from - 1;
        while (k >= 0 && officeQualifiers.has(words[k]!)) k--;
        const owner = refs.find((r) => isEntity(r, 'Body') && r.to === k && isPossessive(tokens[k]!));
        body ??= owner?.group;
        // "Its Director General, Michael Lockwood"; "the Police Federation …, whose National Chair, John Apter"
        if (!body && words[k] === 'its') body = focus.body;
        if (!body && words[k] === 'whose') body = refs.find((r) => isEntity(r, 'Body') && r.to === k - 1)?.group;
        holds(p, role.mention?.roleOf !== undefined ? role.role! : text, body);
      }
    }
    // "Its chief executive, Ciaran Martin," / "the NCSC's chief executive, Ciaran Martin,"
    const st = m?.extentFrom ?? ref.from;
    if (st >= 3 && /^,\s*$/.test(tokens[st - 1]!.post)) {
      let k = st - 1;
      while (k > 0 && st - k < 12 && /^[a-z]/.test(tokens[k]!.text) && !words[k]!.match(/^(its|the|their|his|her|a|an)$/) && !breaksAfter(tokens[k - 1]!, tokens[k])) k--;
      if (words[k + 1] === 'new') k++;
      const owner = words[k];
      const roleWords = tokens.slice(k + 1, st).map(wordOf);
      if (k < st - 1 && roleWords.length > 0 && hasRoleWord(roleWords) && /^[a-z]/.test(roleWords[0]!)) {
        const byPossessive = refs.find((r) => isEntity(r, 'Body') && r.to === k && isPossessive(tokens[k]!));
        const body = owner === 'its' ? focus.body : byPossessive?.group;
        holds(p, slice(tokens, k + 1, st - 1, cut), body);
      }
    }
    const end = m?.extentTo ?? ref.to;
    const after = tokens[end]!;
    // "Mike Barton (Chief Constable, Durham Constabulary)", "Dame Clare Tickell (chair of the EIF)"
    if (bracketAfter(after, tokens[end + 1])) {
      let close = end + 1;
      while (close < tokens.length && !/\)/.test(tokens[close]!.post)) close++;
      if (close < tokens.length && close - end <= 16) {
        let roleEnd = end + 1;
        while (roleEnd < close && !/,/.test(tokens[roleEnd]!.post) && !/^(of|at|for)$/.test(words[roleEnd + 1] ?? '')) roleEnd++;
        const roleWords = tokens.slice(end + 1, roleEnd + 1).map(wordOf);
        if (hasRoleWord(roleWords)) {
          const body = refs.find((r) => isEntity(r, 'Body') && r.from > roleEnd && r.to <= close)?.group;
          holds(p, slice(tokens, end + 1, roleEnd, cut), body);
        }
      }
    }
    // "Carey Oppenheim, the Chief Executive of the Early Intervention Foundation"
    const aEnd = m?.affiliation !== undefined ? (refs.find((r) => r.mention === a.mentions[m.affiliation!])?.to ?? end) : end;
    if (/^,\s*$/.test(tokens[aEnd]!.post)) {
      let n = aEnd + 1;
      if (/^(the|a|an)$/.test(words[n] ?? '')) n++;
      const qualifierAt = n;
      while (officeQualifiers.has(words[n] ?? '')) n++;
      let next = refAt(n);
      // "Dame Anne Owers, the former Chief Inspector of Prisons": the title as written keeps "former"
      if (next?.kind === 'role' && words.slice(qualifierAt, n).includes('former')) next = { ...next, role: slice(tokens, qualifierAt, next.to, cut) };
      // "Jackie Sebire of Bedfordshire Police, the NPCC lead for knife crime"
      if (isEntity(next, 'Body') && /^[a-z]/.test(tokens[next.to + 1]?.text ?? '') && !breaksAfter(tokens[next.to]!, tokens[next.to + 1])) {
        let e = next.to + 1;
        while (e < tokens.length - 1 && e - next.to < 8 && !breaksAfter(tokens[e]!, tokens[e + 1]) && /^[a-z]/.test(tokens[e + 1]!.text)) e++;
        const ws = tokens.slice(next.to + 1, e + 1).map(wordOf);
        if (roleHeads.has(lower(ws[0]!)) || roleHeads.has(lower(ws[1] ?? ''))) {
          out.push({ type: 'HOLDS_ROLE', source: p, target: slice(tokens, next.from, e, cut) });
          out.push({ type: 'AFFILIATED_WITH', source: p, target: next.group, role: slice(tokens, next.to + 1, e, cut) });
        }
      }
      // "Kevin Hyland, the Independent Anti-Slavery Commissioner": a statutory office held by a person
      if (isEntity(next, 'Body') && /\b(Commissioner|Regulator|Ombudsman)\b/.test(next.mention?.name ?? '')) holds(p, next.mention!.name, next.group);
      if (next && next.kind === 'role') {
        holders.add(next);
        let body = next.mention?.roleOf !== undefined ? refs.find((r) => r.mention === a.mentions[next.mention!.roleOf!])?.group : undefined;
        let end = next.to;
        if (body) end = refs.find((r) => r.group === body && r.from > next.to)?.to ?? end;
        if (!body && /^(of|at|for)$/.test(words[next.to + 1] ?? '')) {
          const k = words[next.to + 2] === 'the' ? next.to + 3 : next.to + 2;
          const b = refAt(k);
          if (isEntity(b, 'Body', 'Programme')) { body = b.group; end = b.to; }
        }
        if (body && body.type === 'Programme') body.type = 'Body';
        holds(p, next.role!, body);
        // "Head of the MsUnderstood Partnership at the University of Bedfordshire"
        if (body && words[end + 1] === 'at') {
          const k = words[end + 2] === 'the' ? end + 3 : end + 2;
          const b2 = refAt(k);
          if (isEntity(b2, 'Body')) out.push({ type: 'PART_OF', source: body, target: b2.group });
        }
      } else if (n < tokens.length && /^[a-z]/.test(tokens[n]!.text)) {
        // "ACC Gary Shewan, national policing lead for restorative justice"
        let e = n;
        while (e < tokens.length - 1 && e - n < 8 && (tokens[e]!.post === '-' || !breaksAfter(tokens[e]!, tokens[e + 1])) && /^[a-z]/.test(tokens[e + 1]!.text)) e++;
        const ws = tokens.slice(n, e + 1).map(wordOf);
        const roleAt = ws.findIndex((w) => roleHeads.has(lower(w)));
        // "Andy Marsh, will lead a review": a verb before the head means no office is given
        const verbal = ws.slice(0, Math.max(roleAt, 0) + 1).some((w) => verbalWords.has(lower(w)));
        if (roleAt >= 0 && roleAt <= 3 && !verbal) {
          const ofAt = ws.findIndex((w, k) => k > roleAt && /^(of|at)$/.test(w));
          const b = ofAt > 0 ? refAt(n + ofAt + (ws[ofAt + 1] === 'the' ? 2 : 1)) : undefined;
          if (isEntity(b, 'Body')) holds(p, slice(tokens, n, n + ofAt - 1, cut), b.group);
          else if (e + 1 >= tokens.length || breaksAfter(tokens[e]!, tokens[e + 1])) holds(p, slice(tokens, n, e, cut));
        }
      }
    }
  });

  // roles given inside a chunk with a body: "Chief Executive of the Early Intervention Foundation" already read above

  // "The Taskforce, chaired by Stephen Rimmer"; "jointly led by James Brokenshire and … David Willetts"
  // "The Academy is being funded by the Home Office"; "administered by X on behalf of Y"
  for (let b = 1; b < tokens.length; b++) {
    if (words[b] !== 'by') continue;
    const verb = words[b - 1]!;
    const passive = leadVerbs.has(verb) && /(ed|en|un|up|led|set)$/.test(verb) || verb === 'headed';
    if (!passive) continue;
    const vFrom = b - 1;
    // the subject: the nearest programme or body before the verb, with nothing named between
    const before = refs.filter((r) => r.to < vFrom);
    const subj = [...before].reverse().find((r) => r.kind !== 'role');
    let subject: Group | undefined;
    if (isEntity(subj, 'Programme', 'Body') && !(subj.group.type === 'Body' && !/^(chaired|headed|led)$/.test(verb)) && subjectOf(words.slice(subj.to + 1, vFrom), subj.group.type)) subject = subj.group;
    if (!subject && /^(it|this|the scheme|the fund)$/.test(words[0]!) && focus.programme) subject = focus.programme;
    if (!subject) continue;
    // the agents: names right after "by", joined by "and", commas or "on behalf of"
    const agents: Group[] = [];
    let last = b;
    for (const r of refs) {
      if (r.from <= b || r.kind === 'blocker') continue;
      if (r.mention?.nestedIn !== undefined || r.mention?.aliasOf !== undefined) { if (r.from > last) last = Math.max(last, r.to); continue; }
      if (r.kind === 'role') {
        // "by Security Minister James Brokenshire": a title right after "by" or "and"
        if (!/^(the|and|and the|,)?$/.test(words.slice(last + 1, r.from).join(' '))) break;
        last = r.to;
        continue;
      }
      const gap = words.slice(last + 1, r.from).join(' ');
      const g2 = gap.replace(/\s*,\s*/g, ', ').trim().replace(/^the (\S+)$/, (x, n: string) => (n in typingNouns ? 'the' : x));
      if (!/^(the|and|and the|,|, the|on behalf of|on behalf of the|jointly|its)?$/.test(g2) && !(r.mention?.extentFrom !== undefined && r.mention.extentFrom > last && /^(and|,)?$/.test(words.slice(last + 1, r.mention.extentFrom).join(' ')))) break;
      if (!isEntity(r, 'Body', 'Person')) break;
      agents.push(r.group);
      last = r.mention?.extentTo ?? r.to;
    }
    for (const g of agents.slice(0, 3)) {
      if (subject.type === 'Programme') out.push({ type: 'LEADS', source: g, target: subject });
      else if (g.type === 'Person') out.push({ type: 'AFFILIATED_WITH', source: g, target: subject, role: verb === 'chaired' ? 'chair' : verb === 'headed' ? 'head' : undefined });
    }
  }

  // "The Early Intervention Foundation (EIF) launched its Academy for Police Leaders"
  for (let v = 1; v < tokens.length; v++) {
    // "The Ministry of Justice has announced £5 million for the Rape Support Fund": funding it
    const funds = fundingVerbs.has(words[v]!) && /^[£$€]\d/.test(tokens[v + 1]?.text ?? '');
    if (!leadVerbs.has(words[v]!) && !leadNouns.has(words[v]!) && !funds) continue;
    // "the national policing lead for hate crime" is an office, not a verb
    if (/^(the|a|an|its|his|her|their|national|policing|joint|deputy|senior|new)$/.test(words[v - 1]!) && !leadNouns.has(words[v]!)) continue;
    if (words[v + 1] === 'by' || /(ing)$/.test(words[v]!) && words[v - 1] !== 'is' && words[v - 1] !== 'are') continue;
    const agentRef = [...refs].reverse().find((r) => r.to < v && r.kind !== 'blocker' && r.kind !== 'role');
    if (!isEntity(agentRef, 'Body', 'Person') || v - agentRef.to > 8) continue;
    if (refs.some((r) => r.kind === 'blocker' && r.from > agentRef.to && r.to < v)) continue;
    const objRef = refs.find((r) => r.from > v && r.kind !== 'role');
    if (!isEntity(objRef, 'Programme') || objRef.from - v > 7) continue;
    if (tokens.slice(v, objRef.from).some((t) => /[.;:]/.test(t.post))) continue;
    if (refs.some((r) => r.kind === 'blocker' && r.from > v && r.to < objRef.from)) continue;
    // agents joined by "and": "The College of Policing and the Home Office"
    const agents = [agentRef.group];
    const idx = refs.indexOf(agentRef);
    for (let k = idx - 1; k >= 0; k--) {
      const r = refs[k]!;
      const gap = words.slice(r.to + 1, refs[k + 1]!.from).join(' ');
      if (isEntity(r, 'Body', 'Person') && /^(and( the)?|,)?$/.test(gap)) agents.push(r.group); else break;
    }
    for (const g of agents) out.push({ type: 'LEADS', source: g, target: objRef.group });
  }

  // "… announced it will roll-out two initiatives"; "… awarded Mind funding to develop a major new programme"
  for (let v = 1; v < tokens.length; v++) {
    if (!leadVerbs.has(words[v]!)) continue;
    const noun = words.slice(v + 1, v + 6).findIndex((w) => announcedProgrammeNouns.has(w));
    if (noun < 0) continue;
    const det = words.slice(v + 1, v + 1 + noun);
    if (!det.some((w) => announcingWords.has(w)) || det.includes('the')) continue;
    if (refs.some((r) => r.from > v && isEntity(r, 'Programme'))) continue;
    const agents = refs.filter((r) => r.to < v && isEntity(r, 'Body') && r.mention?.nestedIn === undefined).map((r) => r.group!).slice(-3);
    if (agents.length > 0) { focus.pendingAgents = agents; focus.pendingNoun = words[v + 1 + noun]!.replace(/s$/, ''); }
  }

  // "the ‘Phoenix Leadership Programme’ that Merseyside Police set up"
  refs.forEach((r, i) => {
    if (!isEntity(r, 'Programme')) return;
    const n = refs[i + 1];
    if (!isEntity(n, 'Body', 'Person') || !/^(that|which)$/.test(words[r.to + 1] ?? '') || n.from !== r.to + 2) return;
    if (leadVerbs.has(words[n.to + 1] ?? '') || leadVerbs.has(`${words[n.to + 1]} ${words[n.to + 2]}`)) out.push({ type: 'LEADS', source: n.group, target: r.group });
  });

  // "the work of the College of Policing and the Home Office on the Digital Pathfinders initiative"
  for (let w = 0; w < tokens.length - 2; w++) {
    if (words[w] !== 'work' || words[w + 1] !== 'of') continue;
    const agents: Group[] = [];
    let k = refs.findIndex((r) => r.from > w + 1);
    for (; k >= 0 && k < refs.length; k++) {
      const r = refs[k]!;
      if (isEntity(r, 'Body')) { agents.push(r.group); continue; }
      break;
    }
    const obj = refs[k];
    if (isEntity(obj, 'Programme') && words[obj.from - 1] === 'the' && words[obj.from - 2] === 'on') for (const g of agents) out.push({ type: 'LEADS', source: g, target: obj.group });
  }

  // "Simon Cole, who leads on mental health for the NPCC", also after "Simon Cole of Leicestershire
  // Police, who …": a body in the person's `who` clause
  for (let k = 1; k < tokens.length - 2; k++) {
    if (words[k] !== 'who' || !/^,\s*$/.test(tokens[k - 1]!.post) || !memberClauseVerbs.has(words[k + 1]!)) continue;
    const before = [...refs].reverse().find((r) => r.to === k - 1);
    let person = isEntity(before, 'Person') ? before : undefined;
    if (isEntity(before, 'Body')) {
      const ofAt = words[before.from - 1] === 'the' ? before.from - 2 : before.from - 1;
      const p = [...refs].reverse().find((r) => r.to === ofAt - 1);
      if (words[ofAt] === 'of' && isEntity(p, 'Person')) person = p;
    }
    if (!person || person.short) continue;
    // the clause runs to its first comma, bracket or full stop
    let end = k + 1;
    while (end < tokens.length - 1 && !/[,.;:()]/.test(tokens[end]!.post)) end++;
    const body = refs.find((r) => r.from > k + 1 && r.to <= end && r.kind !== 'role');
    if (!isEntity(body, 'Body')) continue;
    const prep = words[body.from - 1] === 'the' ? words[body.from - 2] : words[body.from - 1];
    if (/^(for|at|of|in)$/.test(prep ?? '')) out.push({ type: 'AFFILIATED_WITH', source: person.group, target: body.group });
  }

  // "HMIC has published its PEEL assessment": a body's own programme, named right after `its`
  for (let k = 1; k < tokens.length - 1; k++) {
    if (words[k] !== 'its') continue;
    const obj = refs.find((r) => r.from === k + 1 || (r.from === k + 2 && words[k + 1] === 'new'));
    const subj = [...refs].reverse().find((r) => r.to < k);
    if (!isEntity(obj, 'Programme') || !isEntity(subj, 'Body') || subj.short || k - subj.to > 4) continue;
    // only verbs between them: "X worked with Y on its …" has Y in the way, "and"/"with" change the owner
    if (words.slice(subj.to + 1, k).some((w) => /^(and|with|to|for|of|on|in)$/.test(w))) continue;
    out.push({ type: 'LEADS', source: subj.group, target: obj.group });
  }

  // possessives: "Cambridge Constabulary’s Programme Metis", "the Cabinet Office’s Centre for Social Action"
  refs.forEach((r, i) => {
    if (!isEntity(r, 'Body') || !isPossessive(tokens[r.to]!)) return;
    const n = refs[i + 1];
    if (!isEntity(n) || n.from !== r.to + 1) return;
    if (n.group.type === 'Programme') out.push({ type: 'LEADS', source: r.group, target: n.group });
    else if (n.group.type === 'Body') out.push({ type: 'PART_OF', source: n.group, target: r.group });
  });

  // "the National Crime Agency (NCA) and its National Cyber Crime Unit"
  refs.forEach((r, i) => {
    const n = refs[i + 1];
    if (!isEntity(r, 'Body') || !isEntity(n, 'Body')) return;
    const gap = words.slice(r.to + 1, n.from).join(' ');
    if (/^(and |, )?its$/.test(gap) || /^(and |, )?its own$/.test(gap)) out.push({ type: 'PART_OF', source: n.group, target: r.group });
  });

  // a known name at the start of a longer one: "Home Office Crime Prevention Panel"
  for (const r of refs) {
    if (!isEntity(r) || r.mention?.nestedIn === undefined) continue;
    const outer = refs.find((o) => o.mention === a.mentions[r.mention!.nestedIn!]);
    if (!isEntity(outer) || r.group.type !== 'Body' || /^[A-Z0-9&]+$/.test(r.mention.name)) continue;
    if (outer.group.type === 'Body') out.push({ type: 'PART_OF', source: outer.group, target: r.group });
    else if (outer.group.type === 'Programme') out.push({ type: 'LEADS', source: r.group, target: outer.group });
  }

  // "the National Cyber Crime Unit within the NCA"; "introduced as part of the … Act 2015"
  for (let k = 0; k < tokens.length; k++) {
    const within = words[k] === 'within';
    const partOf = words[k] === 'part' && words[k + 1] === 'of';
    const delivering = words[k] === 'delivering';
    if (!within && !partOf && !delivering) continue;
    const objStart = within || delivering ? k + 1 : k + 2;
    const obj = refs.find((r) => r.from >= objStart && r.from <= objStart + 3 && r.kind !== 'role');
    const subj = [...refs].reverse().find((r) => r.to < k && r.kind !== 'role' && !r.short);
    if (!isEntity(obj) || !isEntity(subj) || k - subj.to > 5) continue;
    if (refs.some((r) => r.from > subj.to && r.to < k && r.kind === 'blocker')) continue;
    const [part, whole] = delivering ? [obj.group, subj.group] : [subj.group, obj.group];
    if (part === whole) continue;
    const ok = part.type === 'Body' ? whole.type === 'Body' : !within && part.type === 'Programme' && (whole.type === 'Programme' || whole.type === 'Act');
    if (ok && !(delivering && (part.type !== 'Programme' || whole.type !== 'Programme'))) out.push({ type: 'PART_OF', source: part, target: whole });
  }

  // "the bill … amending the Proceeds of Crime Act 2002"
  for (let v = 0; v < tokens.length; v++) {
    if (!amendVerbs.has(words[v]!)) continue;
    const target = refs.find((r) => r.from > v && r.from <= v + 4 && isEntity(r, 'Act'));
    if (!isEntity(target)) continue;
    const src = [...refs].reverse().find((r) => r.to < v && isEntity(r, 'Act') && r.group !== target.group);
    const source = src?.group ?? (v <= 1 ? focus.act : undefined);
    if (!source) continue;
    for (const t of withCoordinated(target, refs, words, 'Act')) if (source !== t.group) out.push({ type: 'AMENDS', source, target: t.group });
  }
  return out;
}

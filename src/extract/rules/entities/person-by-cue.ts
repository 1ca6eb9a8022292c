// A person named with no first-name cue, known by the words around the name: "contact Raza
// Hussain", "Rowley Moore said", "Graeme Biggar, Director General of …" (an office right after),
// an office right before ("…, Chief Constable, Mike Barton"), an office in brackets after, and
// the news style "Kyrees Sullivan, 16, …" (an age after the name), and a Hansard speaker opening
// the sentence ("Hazel Blears: The Government are …", also with the seat and party in brackets:
// "Frank Field (Birkenhead) (Lab): …"). Words in data/cues.json.

import type { Token } from '../../nlp.js';
import { officesNotSurnames, personCuesBefore, roleHeads, sayVerbs } from '../../lexicon.js';
import { bracketAfter, breaksAfter, isCapitalised, wordOf } from '../../internal/words.js';
import { hasCommonWordEnding } from './name-parts.js';

export const PERSON_BY_CUE = 'person-by-cue';

const lower = (w: string) => w.toLowerCase();

/**
 * Hansard's speaker line: one or two short groups in brackets after the name, then a colon
 * (`Frank Field (Birkenhead) (Lab): …`, `Keith Vaz (Leicester East): …`).
 */
function bracketsThenColon(tokens: Token[], j: number): boolean {
  let k = j + 1;
  for (let group = 0; group < 2; group++) {
    const open = tokens[k];
    if (!open || !/\(\s*$/.test(tokens[k - 1]!.post + open.pre) || !isCapitalised(wordOf(open))) return false;
    let close = k;
    while (close < k + 4 && tokens[close] && !/^\)/.test(tokens[close]!.post)) {
      if (/[^\s]/.test(tokens[close]!.post)) return false;
      close++;
    }
    const c = tokens[close];
    if (!c || !/^\)/.test(c.post)) return false;
    if (/^\):\s+$/.test(c.post)) return tokens[close + 1] !== undefined && isCapitalised(wordOf(tokens[close + 1]!));
    k = close + 1;
  }
  return false;
}

/** Whether the words around tokens `s0..j` say they name a person; `afterRole`: an office ends right before. */
export function personCue(tokens: Token[], s0: number, j: number, afterRole: boolean): boolean {
  const next = tokens[j + 1];
  const prev = tokens[s0 - 1];
  const after = next && /^,\s*$/.test(tokens[j]!.post) ? (lower(wordOf(next)) === 'the' ? tokens[j + 2] : next) : undefined;
  // "Kenny MacAskill, the Cabinet Secretary for Justice", "David Ford, the Northern Ireland Justice Minister": an office in the capitalised run after the comma
  let officeAfter = false;
  if (after !== undefined && isCapitalised(wordOf(after))) {
    for (let k = tokens.indexOf(after); k < Math.min(tokens.length, tokens.indexOf(after) + 5); k++) {
      const t = tokens[k]!;
      if (!isCapitalised(wordOf(t))) break;
      if (roleHeads.has(lower(wordOf(t))) || t.tags.has('RoleTitle')) {
        officeAfter = true;
        break;
      }
      if (breaksAfter(t, tokens[k + 1])) break;
    }
  }
  // "Temitope Okonkwo, director of the charity, said": an office in lower case after the comma
  if (after !== undefined && /^\p{Ll}/u.test(after.text) && roleHeads.has(after.text) && tokens[tokens.indexOf(after) + 1]?.text !== 'and') officeAfter = true;
  // "…,” said Temitope Okonkwo, director of …": a reporting verb before the name, the name closing its clause
  const saidBefore =
    prev !== undefined &&
    /^(said|says|added|explained|commented|continued)$/.test(lower(prev.text)) &&
    (next === undefined || /^[,.;:]/.test(tokens[j]!.post.trim()));
  // "the murder of George Floyd", "the death of Jean Charles de Menezes": a victim named after a crime's noun
  const victim =
    prev !== undefined &&
    prev.text === 'of' &&
    s0 > 1 &&
    /^(murder|murders|death|deaths|killing|killings|manslaughter|disappearance|abduction|rape|stabbing|shooting)$/i.test(tokens[s0 - 2]!.text);
  // "Liam Shaw, 21, of Birkenhead": an age in commas after the name
  const age = next !== undefined && /^,\s*$/.test(tokens[j]!.post) && /^\d{1,3}$/.test(next.text) && Number(next.text) < 120 && /^,/.test(next.post);
  // "Hazel Blears: The Government are considering …": a speaker's name, a colon, then the answer
  // (not a heading such as "Key Findings:" or "Further Information:", whose words read as common nouns)
  const speaker =
    s0 === 0 &&
    ((/^:\s+$/.test(tokens[j]!.post) && next !== undefined && isCapitalised(wordOf(next))) || bracketsThenColon(tokens, j)) &&
    tokens.slice(s0, j + 1).every((t) => !hasCommonWordEnding(wordOf(t)) && !t.tags.has('Plural')) &&
    // "Mr Speaker: Order.", "Madam Deputy Speaker (Dame Rosie Winterton): …": the chair speaks by office
    !officesNotSurnames.has(wordOf(tokens[j]!));
  // "the right hon. Member for Birkenhead (Frank Field)": Hansard names the member in brackets after the seat
  let member = false;
  if (/\(\s*$/.test(tokens[s0]!.pre) && /^\)/.test(tokens[j]!.post) && s0 > 0) {
    let k = s0 - 1;
    while (k > 0 && isCapitalised(wordOf(tokens[k]!)) && s0 - k <= 4) k--;
    member = k > 0 && k < s0 - 1 && tokens[k]!.text === 'for' && lower(wordOf(tokens[k - 1]!)) === 'member';
  }
  // "national police lead for Protective Security, says": a run right after `for` is an office's
  // field or a purpose, whatever verb follows
  if (!afterRole && prev !== undefined && prev.text === 'for') return false;
  return (
    member ||
    afterRole ||
    speaker ||
    officeAfter ||
    saidBefore ||
    victim ||
    age ||
    (next !== undefined && sayVerbs.has(lower(next.text))) ||
    (prev !== undefined && personCuesBefore.has(lower(prev.text))) ||
    (bracketAfter(tokens[j]!, next) && next !== undefined && roleHeads.has(lower(wordOf(next))))
  );
}

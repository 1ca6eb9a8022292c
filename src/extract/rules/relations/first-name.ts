// A first name alone standing for a person the item named in full: press releases introduce
// someone once ("Andrew Cooke QPM is the preferred candidate …") and go on by the first name
// ("Andrew led Merseyside Police …", "Sarah was Deputy Chief Constable … before becoming …").
// The first name becomes a reference to that person before the rules read the sentence, so the
// copula, `as` and membership rules read it as they read the full name. Only when exactly one
// person named before in the item has that first name, and the word stands alone as a subject (no
// capitalised word joined to it, no name or office holding it; not a word that is also a verb or a
// date, nor one before a gerund: `Will the Minister …`, `Grant funding rose`).

import type { Group, Ref } from '../../internal/item-entities.js';
import type { Token } from '../../nlp.js';
import type { ItemFocus } from './rule.js';

const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** The first word of the person's fullest written form, when that form has a surname after it. */
function firstName(g: Group): string | undefined {
  const full = g.forms.reduce((x, y) => (y.split(/\s+/).length > x.split(/\s+/).length ? y : x), '');
  const words = full.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) ? words[0] : undefined;
}

/** The sentence's references with a reference added for each lone first name of a person named before. */
export function withFirstNames(tokens: Token[], refs: Ref[], focus: ItemFocus): Ref[] {
  const people = focus.people ?? [];
  if (people.length === 0) return refs;
  const byFirst = new Map<string, Group[]>();
  for (const p of people) {
    const f = firstName(p);
    if (f) byFirst.set(f, [...(byFirst.get(f) ?? []), p]);
  }
  let added: Ref[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const word = t.text.replace(/['’]s$/, '');
    const holders = byFirst.get(word);
    if (!holders || holders.length !== 1) continue;
    if (refs.some((r) => r.from <= k && r.to >= k)) continue;
    // "Andrew Smith", "Mr Andrew": a capitalised neighbour with no break makes it part of another name
    if (capitalised(tokens[k + 1]) && /^\s+$/.test(t.post)) continue;
    if (k > 0 && capitalised(tokens[k - 1]) && /^\s+$/.test(tokens[k - 1]!.post) && !/[.:!?"“”]$/.test(tokens[k - 1]!.text)) continue;
    // a word that is also a verb or a date ("Will the Minister …", "May"), or a name used as a noun
    // before a gerund ("Grant funding rose"), stands for no one
    if (['Verb', 'Modal', 'Date', 'Month'].some((tag) => t.tags.has(tag))) continue;
    if (/^\s+$/.test(t.post) && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? '')) continue;
    (added ??= []).push({ from: k, to: k, kind: 'entity', group: holders[0]!, short: true });
  }
  return added ? [...refs, ...added].sort((a, b) => a.from - b.from || b.to - a.to) : refs;
}

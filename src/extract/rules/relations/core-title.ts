// The core of a written office, in the convention the graph keeps one Role per office: a body
// written before the office is the person's body, not part of the title ("National Police Chiefs'
// Council Lead for Race and Religion" -> "Lead for Race and Religion" + the NPCC), and the place an
// office serves is not part of it ("Police and Crime Commissioner for Sussex" -> "Police and Crime
// Commissioner"). A minister's portfolio and a lead's field stay: they are the office.

import { forcePlaces, lexiconKey, lookupAcronym, lookupName, officeAreas, officeHeads, placeNames, roleAbbreviations, roleTitles } from '../../lexicon.js';

export interface CoreTitle {
  title: string;
  /** The body written before the office, as written. */
  bodyName?: string;
  /** The office as written, when it stays a form of the office beside its core. */
  written?: string;
}

/**
 * "National Policing Lead for Roads Policing", capitalised as a title: the national qualifier
 * stands for the national body the lead speaks for, as "National Police Chiefs' Council Lead for
 * …" does, so the core is "Lead for Roads Policing"; the whole stays too, as written. A lower-case
 * description ("national policing lead for restorative justice") is left whole by the caller.
 */
const nationalLead = /^National\s+(?:Policing|Police)\s+(Lead\s+(?:for|on)\s+\S.*)$|^national\s+(?:police\s+)?(lead\s+(?:for|on)\s+\S.*)$/;

const places = new Set([...forcePlaces].map((p) => p.toLowerCase()));
const isArea = (p: string) => {
  const k = p.replace(/^the\s+/i, '').toLowerCase();
  return places.has(k) || officeAreas.has(k) || placeNames.has(lexiconKey(k));
};

/** Whether `words` open with an office: a known title, abbreviation or a capitalised office head. */
const opensOffice = (words: string[]) =>
  words.length > 0 &&
  /^[A-Z]/.test(words[0]!) &&
  (roleTitles.has(words.join(' ').toLowerCase()) || words.join(' ') in roleAbbreviations || officeHeads.has(words[0]!.toLowerCase()) || headed(words));

/** Capitalised words up to an office head, then perhaps its field: "Casework Support Officer", "Head of Policy". */
function headed(words: string[]): boolean {
  const tail = words.findIndex((w) => /^(of|for)$/.test(w));
  const own = tail > 0 ? words.slice(0, tail) : words;
  return own.every((w) => /^\p{Lu}/u.test(w)) && officeHeads.has(own[own.length - 1]!.toLowerCase());
}

/** A place or places ("Hampshire and Isle of Wight") an office serves, not a subject. */
const isPlace = (tail: string) => isArea(tail) || tail.split(/\s+and\s+|\s*,\s*/).every(isArea);

/**
 * `namedBody`: whether the item names a body by this form (an acronym it defined, `CCU`), so that
 * the body written before an office is read even when no list knows it.
 */
export function coreTitle(role: string, namedBody?: (name: string) => boolean): CoreTitle {
  // "former Prime Minister": the office is the core, and stays as written with `former` (its
  // body and place left out as for any office: "former Chief Constable for Dorset" -> "former Chief Constable")
  const former = /^former\s+(\S.*)$/i.exec(role);
  if (former) {
    const core = coreTitle(former[1]!, namedBody);
    return { ...core, written: `${role.slice(0, role.length - former[1]!.length)}${core.title}` };
  }
  let title = role;
  let bodyName: string | undefined;
  // a place's possessive before the office is the place served, not the office: "Staffordshire's
  // Police and Crime Commissioner", "the UK's Independent Anti-Slavery Commissioner" (a body's
  // possessive is the person's body, read below)
  const owned = /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)['’]s?\s+(\S.*)$/u.exec(title);
  if (owned && isPlace(owned[1]!) && opensOffice(owned[2]!.split(/\s+/))) title = owned[2]!;
  const words = title.split(/\s+/);
  // the longest known body written before an office
  for (let k = words.length - 1; k >= 1; k--) {
    const prefix = words.slice(0, k).join(' ');
    const e = lookupName(prefix) ?? lookupAcronym(prefix);
    // the name as written, not a loose likeness ("Lord" is not "Lords")
    const exact = e && [e.name, ...e.variants, ...e.acronyms].some((f) => lexiconKey(f) === lexiconKey(prefix));
    // the office after it may be in lower case: "NPCC lead for roads policing"
    const rest = words.slice(k);
    const opens = opensOffice(rest) || (/^\p{Ll}/u.test(rest[0]!) && officeHeads.has(rest[0]!) && /^(for|on|of)$/.test(rest[1] ?? ''));
    if (((e?.type === 'Body' && exact) || (!e && namedBody?.(prefix))) && opens) {
      bodyName = prefix;
      title = words.slice(k).join(' ');
      break;
    }
  }
  // "MP for Bristol West", "Labour MP for Bristol West": an MP's seat is the place served
  const mp = /^(?:.*\s)?MP\s+for\s+\S.*$/.exec(title);
  if (mp) title = title.replace(/\s+for\s+\S.*$/, '');
  // the place served, after the office's head; a minister's or secretary's portfolio is kept
  const m = /^(.*?\S)\s+(?:for|of)\s+(.+)$/.exec(title);
  if (m && isPlace(m[2]!) && !/\b(Minister|Secretary)\b/i.test(m[1]!) && officeHeads.has(m[1]!.split(/\s+/).pop()!.toLowerCase())) title = m[1]!;
  const national = bodyName ? null : nationalLead.exec(title);
  if (national) return { title: (national[1] ?? national[2])!, written: title };
  return bodyName ? { title, bodyName } : { title };
}

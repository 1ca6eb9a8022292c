// A title that only repeats, shorter, an office the same person holds in the item is no office of
// its own: the abbreviation of a title written in full ("CC Davenport" after "Chief Constable
// Suzette Davenport"), or a one-word lower-case head of it ("the chief in Hampshire" after "Chief
// Constable Olivia Pinkney"). Read over the whole item, after every sentence's rules.

import { roleAbbreviations } from '../../lexicon.js';

/** Whether `title` repeats one of `others` (the other titles the same person holds in the item). */
export function redundantTitle(title: string, others: readonly string[]): boolean {
  const full = roleAbbreviations[title];
  if (full) return others.some((o) => o.toLowerCase() === full.toLowerCase());
  if (/^\p{Ll}+$/u.test(title)) return others.some((o) => o !== title && o.toLowerCase().split(/\s+/).includes(title));
  return false;
}

// The key two written forms of a name share when they are the same name: case, quotes,
// punctuation, `&`, a leading `the` and a possessive do not count.

import { normaliseName, RESOLUTION_RULES } from '../../names/index.js';

export function nameKey(name: string): string {
  return normaliseName(name, RESOLUTION_RULES);
}

/** Head word a short form names an entity by: `College` for College of Policing, `code of practice`. */
const heads = new Map<string, string>();

export function headOf(name: string): string {
  let h = heads.get(name);
  if (h === undefined) {
    h = computeHead(name);
    if (heads.size > 50_000) heads.clear();
    heads.set(name, h);
  }
  return h;
}

function computeHead(name: string): string {
  const words = name.replace(/['’]s$/, '').split(/\s+/);
  const m = /\b(codes? of practice)$/i.exec(name);
  if (m) return m[1]!.toLowerCase();
  const of = words.findIndex((w, i) => i > 0 && /^(of|for|on|against)$/.test(w));
  if (of > 0) return words[of - 1]!.toLowerCase();
  let last = words.length - 1;
  while (last > 0 && /^\d{4}$/.test(words[last]!)) last--;
  return (words[last] ?? '').toLowerCase();
}

/** One word more inside a long name: `… Young People Fund` and `… Young People Grant Fund`. */
export function oneWordInserted(short: string[], long: string[]): boolean {
  if (long.length !== short.length + 1 || short.length < 3) return false;
  for (let i = 1; i < long.length - 1; i++) {
    if (long.slice(0, i).join(' ') === short.slice(0, i).join(' ') && long.slice(i + 1).join(' ') === short.slice(i).join(' ')) return true;
  }
  return false;
}

// Finding entities by what people type: names and aliases compared without case or accents,
// ranked exact before prefix before word-prefix before substring, then by importance.

import { valueAt } from '../../../errors.js';

export interface SearchEntry {
  key: string;
  name: string;
  aliases: string[];
  /** Higher ranks first among equally good matches. */
  rank: number;
}

export interface SearchMatch {
  key: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  alias?: string;
  score: number;
}

/** Lower case without accents or other combining marks; spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0 exact, 1 prefix, 2 a word starts with it, 3 contains it, undefined no match. */
function matchScore(candidate: string, query: string): number | undefined {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 2;
  if (candidate.includes(query)) return 3;
  return undefined;
}

/**
 * The best `limit` entries for `query`, best first. A name beats an alias of the same score.
 *
 * @example
 * searchEntities(entries, 'hmic')[0]?.name; // 'HM Inspectorate of Constabulary'
 */
export function searchEntities(entries: readonly SearchEntry[], query: string, limit = 8): SearchMatch[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const matches: SearchMatch[] = [];
  const ranks = new Map<string, number>();
  for (const entry of entries) {
    let best: SearchMatch | undefined;
    const nameScore = matchScore(foldForSearch(entry.name), folded);
    if (nameScore !== undefined) best = { key: entry.key, name: entry.name, score: nameScore * 2 };
    for (const alias of entry.aliases) {
      const aliasScore = matchScore(foldForSearch(alias), folded);
      if (aliasScore !== undefined && (best === undefined || aliasScore * 2 + 1 < best.score)) {
        best = { key: entry.key, name: entry.name, alias, score: aliasScore * 2 + 1 };
      }
    }
    if (best !== undefined) {
      matches.push(best);
      ranks.set(entry.key, entry.rank);
    }
  }
  matches.sort((a, b) => a.score - b.score || valueAt(ranks, b.key) - valueAt(ranks, a.key) || a.name.localeCompare(b.name));
  return matches.slice(0, limit);
}

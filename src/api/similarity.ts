// Name similarity for KnowledgeGraph.search(): forgiving of case, punctuation, word order and
// small typos, and strongest for exact names, acronyms and prefixes of what people type.

import { normaliseName as normalise, SEARCH_RULES } from '../names/index.js';

/** A name as search compares it: lower case, apostrophes dropped, any other punctuation a space. */
export function normaliseName(text: string): string {
  return normalise(text, SEARCH_RULES);
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** A name made ready for comparison once: normalised, split into words, cut into trigrams. */
export interface PreparedName {
  normal: string;
  words: string[];
  grams: Map<string, number>;
  gramCount: number;
}

export function prepareName(text: string): PreparedName {
  const normal = normaliseName(text);
  const grams = trigrams(normal);
  let gramCount = 0;
  for (const n of grams.values()) gramCount += n;
  return { normal, words: normal.split(' '), grams, gramCount };
}

/** Dice coefficient over character trigrams: 1 for equal strings, 0 for nothing in common. */
function trigramDice(a: PreparedName, b: PreparedName): number {
  let shared = 0;
  for (const [gram, n] of a.grams) shared += Math.min(n, b.grams.get(gram) ?? 0);
  const total = a.gramCount + b.gramCount;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * How well a query matches a candidate name, in [0, 1]:
 * 1 exact, 0.9 the candidate starts with the query, 0.8 every query word starts a word of the
 * candidate, otherwise trigram similarity (scaled below 0.8).
 */
export function similarity(query: string, candidate: string): number {
  return preparedSimilarity(prepareName(query), prepareName(candidate));
}

/** `similarity` on names prepared beforehand (a search index prepares its candidates once). */
export function preparedSimilarity(q: PreparedName, c: PreparedName): number {
  if (q.normal === '' || c.normal === '') return 0;
  if (q.normal === c.normal) return 1;
  if (c.normal.startsWith(q.normal)) return 0.9;
  if (q.words.every((w) => c.words.some((word) => word.startsWith(w)))) return 0.8;
  return 0.79 * trigramDice(q, c);
}

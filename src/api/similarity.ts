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

/** Dice coefficient over character trigrams: 1 for equal strings, 0 for nothing in common. */
function trigramDice(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * How well a query matches a candidate name, in [0, 1]:
 * 1 exact, 0.9 the candidate starts with the query, 0.8 every query word starts a word of the
 * candidate, otherwise trigram similarity (scaled below 0.8).
 */
export function similarity(query: string, candidate: string): number {
  const q = normaliseName(query);
  const c = normaliseName(candidate);
  if (q === '' || c === '') return 0;
  if (q === c) return 1;
  if (c.startsWith(q)) return 0.9;
  const words = c.split(' ');
  if (q.split(' ').every(w => words.some(word => word.startsWith(w)))) return 0.8;
  return 0.79 * trigramDice(q, c);
}

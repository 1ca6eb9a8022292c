// Suggests the intended word for a misspelt keyword, function or variable in error messages.
// Edit distance with transpositions, case-insensitive, as graphql-js's didYouMean/suggestionList do.

import { elementAt } from '../../errors.js';

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  // Every (i, j) read is inside the table built above.
  const at = (i: number, j: number): number => elementAt(elementAt(d, i), j);
  for (let i = 1; i < rows; i++) {
    const row = elementAt(d, i);
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidates close to `input` (at most a third of its length away), closest first.
 *
 * @example
 * suggestionList('RETRUN', ['MATCH', 'RETURN']); // ['RETURN']
 */
export function suggestionList(input: string, candidates: Iterable<string>): string[] {
  const lower = input.toLowerCase();
  const threshold = Math.max(1, Math.floor(input.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of new Set(candidates)) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance <= threshold) scored.push([candidate, distance]);
  }
  return scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).map(([c]) => c);
}

/** ' Did you mean X?' (or 'X or Y?') for the closest candidates, else ''. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = suggestionList(input, candidates).slice(0, 3);
  if (found.length === 0) return '';
  const quoted = found.map((s) => `'${s}'`);
  return ` Did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?`;
}

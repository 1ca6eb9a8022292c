// Prints a score as the plain-text table the `eval` command shows: per type P/R/F1 with
// counts, the duplicate rate, per relation type P/R/F1, optionally the errors.

import type { Prf, Score } from './score.js';

/** @example console.log(formatScoreTable(score(gold, system))) */
export function formatScoreTable(s: Score, options: { errors?: boolean } = {}): string {
  const row = (k: string, v: Prf) =>
    `${k.padEnd(16)} ${String(v.tp).padStart(5)} ${String(v.fp).padStart(5)} ${String(v.fn).padStart(5)}  P=${v.precision.toFixed(3)} R=${v.recall.toFixed(3)} F1=${v.f1.toFixed(3)}`;
  const lines = ['entities            tp    fp    fn'];
  for (const [k, v] of Object.entries(s.entities)) lines.push(row(k, v));
  const r = s.resolution;
  lines.push(`resolution       gold=${r.goldEntities} matched=${r.matched} duplicates=${r.duplicates} rate=${r.duplicateRate}`);
  lines.push('relations           tp    fp    fn');
  for (const [k, v] of Object.entries(s.relations)) lines.push(row(k, v));
  if (options.errors) for (const e of s.errors) lines.push(`${e.kind}\t${e.doc ?? ''}\t${e.item ?? ''}\t${e.type}\t${e.name}`);
  return lines.join('\n');
}

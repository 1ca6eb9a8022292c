// Groups TCK failures by their likely cause (the error the engine raised, the error it should
// have raised, the kind of mismatch) so the biggest fixes show first, each with one example.

import type { FailureRecord } from './report.js';

export interface FailureGroup {
  cause: string;
  count: number;
  /** Distinct messages within the group (numbers blanked), most frequent first. */
  variants: { message: string; count: number }[];
  example: FailureRecord;
}

/** Replace quoted names, numbers and long tails so messages of one cause fall together. */
export function normalizeMessage(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/`[^`]*`/g, '`…`')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .slice(0, 160);
}

/** The cause a failure is filed under. */
export function causeOf(f: FailureRecord): string {
  const dir = f.feature.split('/').slice(-2, -1)[0] ?? f.feature;
  switch (f.reason) {
    case 'unexpected-error':
      return `raises ${f.error ?? '?'} where rows are expected`;
    case 'error-mismatch':
      return `wrong error: expected ${f.expected ?? '?'}, got ${f.actual ?? '?'}`;
    case 'missing-error':
      return `no error raised, expected ${f.expected ?? '?'}`;
    case 'crash':
      return `engine crash: ${normalizeMessage(f.error ?? f.message)}`;
    case 'setup-failed':
      return `setup query fails: ${f.error ?? normalizeMessage(f.message)}`;
    case 'side-effects-mismatch':
      return `side effects differ: ${normalizeMessage(f.message.replace(/^side effects differ: /, ''))}`;
    case 'result-mismatch':
    case 'columns-mismatch':
      return `${f.reason} in ${dir}`;
    default:
      return `${f.reason}: ${normalizeMessage(f.message)}`;
  }
}

export function groupFailures(failures: FailureRecord[]): FailureGroup[] {
  const groups = new Map<string, { failures: FailureRecord[]; variants: Map<string, number> }>();
  for (const f of failures) {
    const cause = causeOf(f);
    const g = groups.get(cause) ?? { failures: [] as FailureRecord[], variants: new Map<string, number>() };
    g.failures.push(f);
    // Variants keep names (which function, which clause) and drop only positions and numbers.
    const variant = f.message
      .split('\n')[0]!
      .replace(/\b\d+\b/g, 'N')
      .slice(0, 160);
    g.variants.set(variant, (g.variants.get(variant) ?? 0) + 1);
    groups.set(cause, g);
  }
  return [...groups.entries()]
    .map(([cause, g]) => ({
      cause,
      count: g.failures.length,
      variants: [...g.variants.entries()].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count),
      example: g.failures[0]!,
    }))
    .sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1));
}

// What `query` (and any command running Cypher) shares about limits and summaries: option checks,
// the memory budget's default in megabytes, and a write's changes said in words.

import { DEFAULT_MAX_MEMORY_BYTES, type QueryStatistics } from '../cypher/index.js';
import { UsageError } from '../errors.js';
import { plural } from './plural.js';

export const DEFAULT_MAX_MEMORY_MB = DEFAULT_MAX_MEMORY_BYTES / (1024 * 1024);

/** An integer option that must be above zero (a zero timeout or budget would refuse everything). */
export function positiveInteger(value: unknown, option: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new UsageError(`${option} must be a positive integer, not ${String(value)}`);
  return value;
}

export function hasChanges(stats: QueryStatistics): boolean {
  return Object.values(stats).some((n) => n > 0);
}

const WORDS: Record<keyof QueryStatistics, [string, string]> = {
  nodesCreated: ['created', 'node'],
  nodesDeleted: ['deleted', 'node'],
  relationshipsCreated: ['created', 'relationship'],
  relationshipsDeleted: ['deleted', 'relationship'],
  propertiesSet: ['set', 'property'],
  propertiesRemoved: ['removed', 'property'],
  labelsAdded: ['added', 'label'],
  labelsRemoved: ['removed', 'label'],
};

/**
 * A write's changes as a sentence.
 *
 * @example changeSummary({ ...none, nodesCreated: 1, propertiesSet: 2 }) // 'Created 1 node, set 2 properties'
 */
export function changeSummary(stats: QueryStatistics): string {
  const parts = (Object.keys(WORDS) as (keyof QueryStatistics)[])
    .filter((key) => stats[key] > 0)
    .map((key) => `${WORDS[key][0]} ${plural(stats[key], WORDS[key][1])}`);
  if (parts.length === 0) return 'No changes';
  const text = parts.join(', ');
  return text[0]!.toUpperCase() + text.slice(1);
}

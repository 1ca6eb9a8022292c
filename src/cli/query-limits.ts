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
  const parts: string[] = [];
  for (const [key, [verb, noun]] of Object.entries(WORDS)) {
    const count = isStatistic(key) ? stats[key] : 0;
    if (count > 0) parts.push(`${verb} ${plural(count, noun)}`);
  }
  if (parts.length === 0) return 'No changes';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isStatistic(key: string): key is keyof QueryStatistics {
  return Object.hasOwn(WORDS, key);
}

// Reading a merge log back from JSON (a snapshot's graph.json or merge-log.json): each entry
// checked field by field, so a log written by another tool fails where it is read.

import { ENTITY_TYPES } from '../extract/index.js';
import type { MergeLogEntry } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a parsed JSON value is a merge log entry. */
export function isMergeLogEntry(value: unknown): value is MergeLogEntry {
  if (!isRecord(value)) return false;
  const { rule, type, into, name, item } = value;
  return (
    typeof rule === 'string' &&
    ENTITY_TYPES.some((t) => t === type) &&
    typeof into === 'string' &&
    typeof name === 'string' &&
    (item === undefined || typeof item === 'string')
  );
}

/** The entries of a parsed JSON list, or undefined when it is not a list of merge log entries. */
export function mergeLogEntries(value: unknown): MergeLogEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: MergeLogEntry[] = [];
  for (const entry of value) {
    if (!isMergeLogEntry(entry)) return undefined;
    entries.push(entry);
  }
  return entries;
}

// A merge log read back from JSON: each entry checked field by field, a list with one bad entry
// refused whole.

import { describe, expect, it } from 'vitest';

import { isMergeLogEntry, mergeLogEntries } from '../../src/resolve/index.js';

const entry = { rule: 'acronym', type: 'Body', into: 'College of Policing', name: 'CoP' };

describe('isMergeLogEntry', () => {
  it.each([
    ['an entry', entry, true],
    ['an entry with the item it was decided in', { ...entry, item: 'n1#2' }, true],
    ['an entry of a type that is not an entity type', { ...entry, type: 'Role' }, false],
    ['an entry without a rule', { type: 'Body', into: 'A', name: 'B' }, false],
    ['an entry with a numeric item', { ...entry, item: 2 }, false],
    ['a list', [entry], false],
    ['null', null, false],
  ])('%s: %s', (_case, value, expected) => {
    expect(isMergeLogEntry(value)).toBe(expected);
  });
});

describe('mergeLogEntries', () => {
  it('gives the entries of a list of entries', () => {
    expect(mergeLogEntries([entry, { ...entry, name: 'COP' }])).toHaveLength(2);
  });

  it('refuses a list with one bad entry, and anything that is not a list', () => {
    expect(mergeLogEntries([entry, { ...entry, into: 3 }])).toBeUndefined();
    expect(mergeLogEntries({ mergeLog: [entry] })).toBeUndefined();
  });
});

// The viewer's search: names and aliases, without case or accents, exact before prefix before
// word before substring, names before aliases, then the more important entity.

import { describe, expect, it } from 'vitest';
import { foldForSearch, searchEntities } from '../../src/export/html/viewer/search-index.js';
import type { SearchEntry } from '../../src/export/html/viewer/search-index.js';

const entries: SearchEntry[] = [
  { key: 'body:hmic', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC', 'the Inspectorate'], rank: 0.05 },
  { key: 'body:hmicfrs', name: 'HMICFRS', aliases: [], rank: 0.01 },
  { key: 'body:home-office', name: 'Home Office', aliases: [], rank: 0.2 },
  { key: 'person:home', name: 'Jane Home', aliases: [], rank: 0.01 },
  { key: 'person:jose', name: 'Jose\u0301 A\u0301ngel', aliases: [], rank: 0.01 },
  { key: 'body:police-dubai', name: 'شرطة دبي', aliases: ['Dubai Police'], rank: 0.01 },
  { key: 'body:college', name: 'College of Policing', aliases: ['the College'], rank: 0.04 },
];

describe('entity search', () => {
  it.each([
    ['HMIC', 'body:hmic', 'HMIC'],
    ['hmic', 'body:hmic', 'HMIC'],
    ['hmicfrs', 'body:hmicfrs', undefined],
    ['home', 'body:home-office', undefined],
    ['jose', 'person:jose', undefined],
    ['JOSÉ ÁNGEL', 'person:jose', undefined],
    ['دبي', 'body:police-dubai', undefined],
    ['dubai', 'body:police-dubai', 'Dubai Police'],
    ['college', 'body:college', undefined],
    ['policing', 'body:college', undefined],
    ['spectorate', 'body:hmic', undefined],
  ])('%s finds %s first (alias %s)', (query, key, alias) => {
    const [best] = searchEntities(entries, query);
    expect(best?.key).toBe(key);
    expect(best?.alias).toBe(alias);
  });

  it('ranks an exact alias above a name that merely starts with the query', () => {
    expect(searchEntities(entries, 'hmic').map((m) => m.key)).toEqual(['body:hmic', 'body:hmicfrs']);
  });

  it('breaks ties by importance', () => {
    expect(searchEntities(entries, 'home').map((m) => m.key)).toEqual(['body:home-office', 'person:home']);
  });

  it.each(['', '   ', 'zzz'])('finds nothing for %j', (query) => {
    expect(searchEntities(entries, query)).toEqual([]);
  });

  it('folds case, accents and spaces', () => {
    expect(foldForSearch('  José\u0301   ÁNGEL ')).toBe('jose angel');
  });
});

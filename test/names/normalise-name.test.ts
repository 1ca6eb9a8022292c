// One name normaliser, three sets of rules: what every key ignores, and where the lexicon,
// resolution and search keys differ on purpose.

import { describe, expect, it } from 'vitest';
import { LEXICON_RULES, RESOLUTION_RULES, SEARCH_RULES, normaliseName } from '../../src/names/index.js';

describe('every set of rules', () => {
  it.each([
    ['The Home Office', 'home office'],
    ['  College   of  Policing ', 'college of policing'],
    ['Drugs & Alcohol Team', 'drugs and alcohol team'],
    ['ＨＭＩＣ', 'hmic'],
    ['“Prevent”', 'prevent'],
  ])('%j is keyed %j', (name, key) => {
    for (const rules of [LEXICON_RULES, RESOLUTION_RULES, SEARCH_RULES]) expect(normaliseName(name, rules)).toBe(key);
  });

  it('drops only a leading "the", not one inside a name', () => {
    expect(normaliseName('Against the Clock', RESOLUTION_RULES)).toBe('against the clock');
  });
});

describe('where the rules differ', () => {
  it.each([
    // name, lexicon, resolution, search
    ["the Home Office's", 'home office', 'home office', 'home offices'],
    ['Home Office’s', 'home office', 'home office', 'home offices'],
    ["O'Brien", 'o brien', 'o brien', 'obrien'],
    ['Anti-Slavery Commissioner', 'anti-slavery commissioner', 'anti slavery commissioner', 'anti slavery commissioner'],
    ['Anti–Slavery', 'anti-slavery', 'anti slavery', 'anti slavery'],
    ['Police (Conduct) Regulations', 'police conduct regulations', 'police conduct regulations', 'police conduct regulations'],
    ['St. John Ambulance', 'st john ambulance', 'st john ambulance', 'st john ambulance'],
    ['Crime/Disorder', 'crime/disorder', 'crime disorder', 'crime disorder'],
    ['Sécurité Routière', 'sécurité routière', 's curit routi re', 'sécurité routière'],
  ])('%j: lexicon %j, resolution %j, search %j', (name, lexicon, resolution, search) => {
    expect(normaliseName(name, LEXICON_RULES)).toBe(lexicon);
    expect(normaliseName(name, RESOLUTION_RULES)).toBe(resolution);
    expect(normaliseName(name, SEARCH_RULES)).toBe(search);
  });
});

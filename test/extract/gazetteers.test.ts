// Specification of the open-data gazetteers: every file names its source, licence and date, the
// checker finds no clash in them, and their names are found in text like the hand-made lexicon's.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gazetteers, lookupAct, lookupName } from '../../src/extract/lexicon.js';
import { extractText, names } from './extract-item.js';

describe('gazetteers', () => {
  it.each(Object.entries(gazetteers))('%s names its source, licence and retrieval date', (_file, g) => {
    expect(g.source.length).toBeGreaterThan(10);
    expect(g.licence.length).toBeGreaterThan(5);
    expect(Number.isNaN(Date.parse(g.retrieved))).toBe(false);
    expect(g.entries.length).toBeGreaterThan(0);
  });

  it('holds every territorial force of England and Wales and the special forces', () => {
    const forces = gazetteers['police-forces.json']!.entries;
    expect(forces.filter((e) => e.kind === 'territorial police force')).toHaveLength(43);
    for (const name of [
      'British Transport Police',
      'Civil Nuclear Constabulary',
      'Ministry of Defence Police',
      'Police Scotland',
      'Police Service of Northern Ireland',
    ]) {
      expect(lookupName(name)?.name).toBe(name);
    }
  });

  it('finds a name with a stray plural or possessive inside it, but not the singular of a plural name (a member or an adjective)', () => {
    expect(lookupName('National Police Chief’s Council')?.name).toBe("National Police Chiefs' Council");
    expect(lookupName('Liberal Democrats')?.name).toBe('Liberal Democrats');
    expect(lookupName('Liberal Democrat')).toBeUndefined();
    expect(names(extractText('This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government.'), 'Body')).toEqual([]);
  });

  it('finds a known Act by its title without the year, in any case', () => {
    expect(lookupAct('psychoactive substances act')).toEqual({ name: 'Psychoactive Substances Act 2016', year: 2016 });
    expect(lookupAct('the Modern Slavery Act')?.year).toBe(2015);
    expect(lookupAct('Made Up Act')).toBeUndefined();
  });

  it('passes the checker (no name in two entries or types, no acronym shared)', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/check-gazetteers.ts'], { cwd: process.cwd() });
    expect(stdout).toMatch(/ 0 errors/);
  }, 30_000);
});

describe('names from the gazetteers are found in text', () => {
  it.each([
    ['The Independent Office for Police Conduct has opened an investigation.', 'Body', ['Independent Office for Police Conduct']],
    ['Officers from the National Police Air Service and Sinn Fein members attended.', 'Body', ['National Police Air Service', 'Sinn Fein']],
    ['London Councils welcomed the announcement.', 'Body', ['London Councils']],
    ['Since the psychoactive substances act was introduced, forces have used new powers.', 'Act', ['psychoactive substances act']],
  ])('%s (%s)', (text, type, expected) => {
    expect(names(extractText(text), type)).toEqual(expected);
  });
});

describe('first names from the ONS baby-name tables', () => {
  it('say where they came from, and a name compromise lacks reads as a first name', async () => {
    const { default: ons } = await import('../../src/extract/data/gazetteers/first-names-ons.json', { with: { type: 'json' } });
    expect(ons.source).toMatch(/ons\.gov\.uk/);
    expect(ons.licence).toMatch(/Open Government Licence/);
    expect(names(extractText('The panel included Graeme Blenkinsopp and others in June.'), 'Person')).toEqual(['Graeme Blenkinsopp']);
  });
});

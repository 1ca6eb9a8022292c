// Specification of scoring: the guidelines' name normalisation and matching, one-to-one pairing,
// optional and alternative types, duplicates, relations; and agreement with the shared scorer.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScoreTable, normaliseName, readGold, score, toAnnotation, type AnnotatedDocument } from '../../src/evaluate/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const doc = (items: AnnotatedDocument['items']): AnnotatedDocument[] => [{ doc: 'd.txt', items }];
const item = (entities: AnnotatedDocument['items'][0]['entities'], relations: AnnotatedDocument['items'][0]['relations'] = []) => ({
  item: '1',
  title: 't',
  entities,
  relations,
});

describe('name normalisation', () => {
  it.each([
    ['The College of Policing', 'college of policing'],
    ['Mind’s', 'mind'],
    ['Security Systems & Alarms Inspection Board', 'security systems and alarms inspection board'],
    ['“Clare’s Law”', "clare's law"],
    ['  Home   Office. ', 'home office'],
    ['Anti–Slavery Commissioner', 'anti-slavery commissioner'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('entity matching', () => {
  it('matches by any name or alias, pairs one to one, and counts optional gold as neither hit nor miss', () => {
    const gold = doc([
      item([
        { type: 'Body', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC'] },
        { type: 'Body', name: 'Home Office', optional: true },
        { type: 'Person', name: 'Jimmy Savile' },
      ]),
    ]);
    const system = doc([
      item([
        { type: 'Body', name: 'HMIC' },
        { type: 'Body', name: 'Home Office' },
        { type: 'Body', name: 'the HMIC' },
        { type: 'Programme', name: 'PEEL' },
      ]),
    ]);
    const s = score(gold, system);
    expect(s.entities.Body).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.entities.Person).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.entities.Programme).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('accepts an alternative type', () => {
    const gold = doc([item([{ type: 'Programme', name: 'National Police Procurement Hub', alt_types: ['Body'] }])]);
    expect(score(gold, doc([item([{ type: 'Body', name: 'National Police Procurement Hub' }])])).entities.all.f1).toBe(1);
  });

  it('counts two system names landing on one gold entity across the corpus as a duplicate', () => {
    const gold: AnnotatedDocument[] = [
      {
        doc: 'd.txt',
        items: [
          { ...item([{ type: 'Body', name: 'National Crime Agency', aliases: ['NCA'] }]), item: '1' },
          { ...item([{ type: 'Body', name: 'National Crime Agency' }]), item: '2' },
        ],
      },
    ];
    const system: AnnotatedDocument[] = [
      {
        doc: 'd.txt',
        items: [
          { ...item([{ type: 'Body', name: 'NCA' }]), item: '1' },
          { ...item([{ type: 'Body', name: 'National Crime Agency' }]), item: '2' },
        ],
      },
    ];
    expect(score(gold, system).resolution).toMatchObject({ matched: 1, duplicates: 1, duplicateRate: 1 });
  });
});

describe('relation matching', () => {
  it('matches ends through any name of the gold entity, and HOLDS_ROLE targets as names', () => {
    const ents = [
      { type: 'Person', name: 'Mike Barton' },
      { type: 'Body', name: 'Durham Constabulary', aliases: ['Durham Police'] },
    ];
    const gold = doc([
      item(ents, [
        { type: 'AFFILIATED_WITH', source: 'Mike Barton', target: 'Durham Constabulary', role: 'Chief Constable' },
        { type: 'HOLDS_ROLE', source: 'Mike Barton', target: 'Chief Constable' },
        { type: 'LEADS', source: 'Durham Constabulary', target: 'Operation X', optional: true },
      ]),
    ]);
    const system = doc([
      item(ents, [
        { type: 'AFFILIATED_WITH', source: 'Mike Barton', target: 'Durham Police' },
        { type: 'HOLDS_ROLE', source: 'Mike Barton', target: 'the Chief Constable' },
        { type: 'HOLDS_ROLE', source: 'Mike Barton', target: 'Constable' },
      ]),
    ]);
    const s = score(gold, system);
    expect(s.relations.AFFILIATED_WITH).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.relations.HOLDS_ROLE).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.relations.LEADS).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('agreement with the shared scorer', () => {
  const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
  const ready = existsSync(path.join(shared, 'annotation/score.mjs')) && existsSync(path.join(shared, 'gold'));
  it.skipIf(!ready)('gives the same figures as annotation/score.mjs on the fixtures', async () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parseDocument(new Uint8Array(readFileSync(path.join(dir, f))), f));
    const system = toAnnotation(resolveCorpus(docs, docs.flatMap(extractDocument)));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'crimegraph-score-')), 'system.json');
    writeFileSync(file, JSON.stringify(system));
    const reference = JSON.parse(
      execFileSync('node', [path.join(shared, 'annotation/score.mjs'), path.join(shared, 'gold'), file, '--json'], { encoding: 'utf8' }),
    );
    const ours = score(await readGold(path.join(shared, 'gold')), system);
    expect({ entities: ours.entities, resolution: ours.resolution, relations: ours.relations }).toEqual(reference);
  });
});

describe('score table', () => {
  it('prints per-type rows, the duplicate rate and per-relation rows', () => {
    const s = score(doc([item([{ type: 'Act', name: 'Firearms Act 1968' }])]), doc([item([{ type: 'Act', name: 'Firearms Act 1968' }])]));
    const table = formatScoreTable(s);
    expect(table).toContain('Act                  1     0     0  P=1.000 R=1.000 F1=1.000');
    expect(table).toContain('resolution       gold=1 matched=1 duplicates=0 rate=0');
    expect(table.split('\n')).toHaveLength(14);
  });
});

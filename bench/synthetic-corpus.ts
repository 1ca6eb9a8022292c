// A synthetic corpus of any size for the scale benchmark: newsletters made by recombining the
// fixture items and swapping in entity names drawn from the lexicon, deterministic by seed.
// usage: npx tsx bench/synthetic-corpus.ts --newsletters N [--seed S] --out DIR

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import bodies from '../src/extract/data/bodies.json' with { type: 'json' };
import { seededRandom } from '../src/graph/index.js';
import { parseDocument } from '../src/ingest/index.js';

const ROOT = join(import.meta.dirname, '..');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_NAMES = [
  'Alice',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Farah',
  'George',
  'Hannah',
  'Imran',
  'Julia',
  'Kwame',
  'Laura',
  'Mohammed',
  'Nadia',
  'Owen',
  'Priya',
  'Rachel',
  'Sanjay',
  'Tom',
  'Yusuf',
];
const SURNAMES = [
  'Ahmed',
  'Barker',
  'Clarke',
  'Dawson',
  'Evans',
  'Fletcher',
  'Griffiths',
  'Hughes',
  'Iqbal',
  'Jenkins',
  'Khan',
  'Lewis',
  'Morgan',
  'Nolan',
  'Okafor',
  'Patel',
  'Quinn',
  'Roberts',
  'Singh',
  'Turner',
];

interface PoolItem {
  title: string;
  text: string;
}

function fixtureItems(): PoolItem[] {
  const dir = join(ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseDocument(new Uint8Array(readFileSync(join(dir, f))), f).items)
    .filter((item) => /^\d/.test(item.number))
    .map((item) => ({ title: item.title, text: item.text }));
}

/** Names in the lexicon grouped by kind, so a force is swapped for a force, a department for a department. */
function namesByKind(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const body of bodies as { name: string; kind: string }[]) {
    groups.set(body.kind, [...(groups.get(body.kind) ?? []), body.name]);
  }
  return groups;
}

/** The newsletters, as file name and text, in order. */
export function* generateCorpus(newsletters: number, seed = 1): Generator<{ name: string; text: string }> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pool = fixtureItems();
  const kinds = namesByKind();
  const swaps = [...kinds.values()].flatMap((names) =>
    names.map((name) => ({ pattern: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), names })),
  );
  for (let n = 0; n < newsletters; n++) {
    const year = 2010 + Math.floor(next() * 10);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const lines = ['Correspondence', '', `Crime and policing news update: ${MONTHS[month]} ${year}`, '', `Published ${day} ${MONTHS[month]} ${year}`, ''];
    const count = 8 + Math.floor(next() * 9);
    for (let i = 1; i <= count; i++) {
      const item = pick(pool);
      let text = item.text;
      for (const swap of swaps) {
        if (next() < 0.5) text = text.replace(swap.pattern, () => pick(swap.names));
      }
      const person = `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
      const force = pick(kinds.get('territorial police force') ?? ['Home Office']);
      text += `\n\n${person}, Chief Constable of ${force}, said the work would continue.`;
      lines.push(`${i}. ${item.title}`, '', text, '');
    }
    yield { name: `synthetic_${String(n).padStart(6, '0')}.txt`, text: lines.join('\n') };
  }
}

/** Write `newsletters` files into `dir`; returns their total size in bytes. */
export function writeCorpus(dir: string, newsletters: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const { name, text } of generateCorpus(newsletters, seed)) {
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { newsletters: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  if (!values.newsletters || !values.out) {
    console.error('usage: npx tsx bench/synthetic-corpus.ts --newsletters N [--seed S] --out DIR');
    process.exit(2);
  }
  const bytes = writeCorpus(values.out, Number(values.newsletters), Number(values.seed ?? 1));
  console.log(`wrote ${values.newsletters} newsletters (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}`);
}

// A synthetic corpus of any size for the scale benchmark: newsletters made by recombining the
// fixture items, swapping in entity names drawn from the lexicon, and adding local people and
// bodies that keep arriving as the archive grows (names composed from bench/data), deterministic by seed.
// usage: npx tsx bench/synthetic-corpus.ts --newsletters N [--seed S] --out DIR

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import bodies from '../src/extract/data/bodies.json' with { type: 'json' };
import NAMES from './data/synthetic-names.json' with { type: 'json' };
import { seededRandom } from '../src/graph/index.js';
import { parseDocument } from '../src/ingest/index.js';

const ROOT = join(import.meta.dirname, '..');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * How new people and bodies keep appearing: a Pitman-Yor-like draw. The n-th draw names someone
 * new with probability (theta + discount * K) / (theta + n), K being those named so far, and
 * otherwise someone already named, in proportion to how often they were. The number named then
 * grows like n^discount (Heaps' law), as in a real archive: a few ministers and national bodies
 * in every issue, and a long tail of officers, councillors and local partnerships met once or
 * twice. Measured with seed 7: see bench/RESULTS.md, section 2.
 */
const PEOPLE = { discount: 0.75, theta: 20 };
const BODIES = { discount: 0.6, theta: 10 };

class Arrivals {
  private readonly draws: number[] = [];
  private count = 0;
  constructor(
    private readonly law: { discount: number; theta: number },
    private readonly next: () => number,
  ) {}
  /** The index of the one named: 0, 1, 2, … in order of first appearance. */
  draw(): number {
    const n = this.draws.length;
    const fresh = n === 0 || this.next() < (this.law.theta + this.law.discount * this.count) / (this.law.theta + n);
    // Picking a past draw at random picks the named in proportion to their appearances.
    const index = fresh ? this.count++ : this.draws[Math.floor(this.next() * n)]!;
    this.draws.push(index);
    return index;
  }
}

/** Every combination of the parts, shuffled by `next`; index past the end repeats it with a suffix. */
function namer(names: string[], next: () => number, extend: (name: string, round: number) => string): (index: number) => string {
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return (index) => {
    const name = names[index % names.length]!;
    const round = Math.floor(index / names.length);
    return round === 0 ? name : extend(name, round);
  };
}

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
  const n = NAMES;
  const surnames = n.surnameStarts.flatMap((a) => n.surnameEnds.map((b) => a + b));
  const person = namer(
    n.firstNames.flatMap((first) => surnames.map((last) => `${first} ${last}`)),
    next,
    (name, round) => name.replace(' ', ` ${String.fromCharCode(64 + (round % 26 || 26))}. `),
  );
  const places = n.placePrefixes.flatMap((p) => n.placeStarts.flatMap((a) => n.placeEnds.map((b) => p + a + b)));
  const body = namer(
    places.flatMap((place) => n.bodyKinds.map((kind) => `${place} ${kind}`)),
    next,
    (name, round) => `${name} ${round + 1}`,
  );
  const people = new Arrivals(PEOPLE, next);
  const bodies = new Arrivals(BODIES, next);
  for (let d = 0; d < newsletters; d++) {
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
      // One or two local voices per item: a person, their role and their body.
      const voices = 1 + Math.floor(next() * 2);
      for (let v = 0; v < voices; v++) {
        text += `\n\n${person(people.draw())}, ${pick(n.roles)} the ${body(bodies.draw())}, ${pick(n.sayings)}.`;
      }
      lines.push(`${i}. ${item.title}`, '', text, '');
    }
    yield { name: `synthetic_${String(d).padStart(6, '0')}.txt`, text: lines.join('\n') };
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

// The resolved entities' mentions as numbers, for the streamed writer: one row per mention
// (entity number, count, evidence sentence tokens), grouped by item, in place of one object per
// mention with its list of evidence strings (7.7 million of them at 100,000 newsletters). From the
// rows come each item's MENTIONED_IN records and the CO_OCCURS weights, counted over pairs of
// entity numbers rather than a map keyed by the two ids joined as text.

import { InvariantError } from '../errors.js';
import type { Entity } from '../resolve/types.js';

/** A growable typed array of 32-bit integers. */
class Ints {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  /** The values, the spare room let go. */
  trimmed(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/** One entity's mentions of one item, joined (counts added, evidence united in order). */
export interface ItemMention {
  /** The entity's number: its place in the entities, which are sorted by id. */
  entity: number;
  count: number;
  /** Evidence sentence tokens (see `leanExtractions`), as numbers. */
  evidence: number[];
}

/**
 * Every mention of the entities, grouped by item in the order items are first met in
 * `itemIds`, each item's rows in the order of the entities and of their mentions (the order
 * `graphRecords` joins them in).
 */
export class MentionColumns {
  /** Item id -> item number (a repeated item number in one document is one item id). */
  private readonly itemOf = new Map<string, number>();
  /** Rows of item i: `order[start[i]]` to `order[start[i + 1]] - 1`. */
  private readonly start: Int32Array;
  private readonly order: Int32Array;
  private readonly entity: Int32Array;
  private readonly count: Int32Array;
  /** Evidence of row r: `tokens[evidenceAt[r]]` to `tokens[evidenceAt[r + 1]] - 1`. */
  private readonly evidenceAt: Int32Array;
  private readonly tokens: Int32Array;

  /**
   * The mentions of `entities` (sorted by id) as rows; each entity's `mentions` is emptied as it
   * is read, so the objects can go. Evidence must be tokens (the streamed build's lean corpus).
   *
   * @param itemIds every item id of the corpus, in document order
   */
  constructor(
    entities: readonly Entity[],
    itemIds: Iterable<string>,
    /** Pairs counted in memory before they are folded into the sorted counts (default 4 Mi). */
    private readonly pairBuffer = 1 << 22,
  ) {
    for (const id of itemIds) if (!this.itemOf.has(id)) this.itemOf.set(id, this.itemOf.size);
    const itemOfRow = new Ints();
    const entity = new Ints();
    const count = new Ints();
    const evidenceAt = new Ints();
    const tokens = new Ints();
    entities.forEach((e, number) => {
      for (const m of e.mentions) {
        let item = this.itemOf.get(m.item);
        // An item that is no node (not met with a corpus of resolveCorpus) counts for co-occurrence, as in `coOccurrences`.
        if (item === undefined) this.itemOf.set(m.item, (item = this.itemOf.size));
        itemOfRow.push(item);
        entity.push(number);
        count.push(m.count);
        evidenceAt.push(tokens.length);
        for (const t of m.evidence) {
          const token = Number(t);
          if (!Number.isInteger(token) || token < 0) throw new InvariantError(`streamed save: evidence "${t.slice(0, 40)}" of ${e.id} is not a sentence token`);
          tokens.push(token);
        }
      }
      // Emptied: each mention object goes as soon as its entity is read.
      e.mentions = [];
    });
    evidenceAt.push(tokens.length);
    // A stable counting sort of the rows by item.
    const items = this.itemOf.size;
    const rows = entity.length;
    const start = new Int32Array(items + 1);
    for (let r = 0; r < rows; r++) start[itemOfRow.values[r]! + 1]!++;
    for (let i = 0; i < items; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, items);
    const order = new Int32Array(rows);
    for (let r = 0; r < rows; r++) order[next[itemOfRow.values[r]!]!++] = r;
    this.start = start;
    this.order = order;
    this.entity = entity.trimmed();
    this.count = count.trimmed();
    this.evidenceAt = evidenceAt.trimmed();
    this.tokens = tokens.trimmed();
  }

  /** The mentions of an item, joined per entity, in entity order; none for an item no entity names. */
  mentionsOf(itemId: string): ItemMention[] {
    const item = this.itemOf.get(itemId);
    if (item === undefined) return [];
    const joined: ItemMention[] = [];
    for (let k = this.start[item]!; k < this.start[item + 1]!; k++) {
      const r = this.order[k]!;
      const e = this.entity[r]!;
      let held = joined[joined.length - 1];
      // Rows of one entity are together: entities were read in order, and the sort is stable.
      if (held === undefined || held.entity !== e) joined.push((held = { entity: e, count: 0, evidence: [] }));
      held.count += this.count[r]!;
      for (let t = this.evidenceAt[r]!; t < this.evidenceAt[r + 1]!; t++) {
        const token = this.tokens[t]!;
        if (!held.evidence.includes(token)) held.evidence.push(token);
      }
    }
    return joined;
  }

  /**
   * The CO_OCCURS weights: for each pair of entities named in the same items, the lower number
   * first, the number of items they share; in pair order. As `coOccurrences` counts them: an
   * entity once per item.
   */
  *coOccurrences(): Generator<{ a: number; b: number; weight: number }> {
    const entities = this.entity.reduce((n, e) => Math.max(n, e + 1), 0);
    const pairs = new PairCounts(entities, this.pairBuffer);
    const named: number[] = [];
    for (let item = 0; item + 1 < this.start.length; item++) {
      named.length = 0;
      for (let k = this.start[item]!; k < this.start[item + 1]!; k++) {
        const e = this.entity[this.order[k]!]!;
        // Ascending within an item: at most equal to the last one.
        if (named[named.length - 1] !== e) named.push(e);
      }
      for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) pairs.add(named[i]!, named[j]!);
    }
    yield* pairs.counted();
  }
}

/**
 * Pairs of numbers below `n` counted without a map: each pair met is appended as one number
 * (a * n + b) to a buffer; a full buffer is sorted and folded into the counts so far (sorted
 * pairs and their counts, two typed arrays), so memory holds each distinct pair once.
 */
class PairCounts {
  private buffer = new Float64Array(16);
  private filled = 0;
  private keys = new Float64Array(0);
  private counts = new Uint32Array(0);

  constructor(
    private readonly n: number,
    private readonly most: number,
  ) {
    if (n * n >= Number.MAX_SAFE_INTEGER) throw new InvariantError(`too many entities to number their pairs (${n})`);
  }

  add(a: number, b: number): void {
    if (this.filled === this.buffer.length) {
      // Grown up to `most` pairs (4 Mi: 32 MB), then folded in whenever full.
      if (this.buffer.length < this.most) {
        const grown = new Float64Array(this.buffer.length * 2);
        grown.set(this.buffer);
        this.buffer = grown;
      } else this.fold();
    }
    this.buffer[this.filled++] = a * this.n + b;
  }

  *counted(): Generator<{ a: number; b: number; weight: number }> {
    this.fold();
    this.buffer = new Float64Array(0);
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      const a = Math.floor(key / this.n);
      yield { a, b: key - a * this.n, weight: this.counts[i]! };
    }
  }

  /** The buffer sorted and merged into the counts. */
  private fold(): void {
    const fresh = this.buffer.subarray(0, this.filled).sort();
    this.filled = 0;
    let distinct = 0;
    for (let i = 0; i < fresh.length; i++) if (i === 0 || fresh[i] !== fresh[i - 1]) distinct++;
    const keys = new Float64Array(this.keys.length + distinct);
    const counts = new Uint32Array(this.keys.length + distinct);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < this.keys.length || j < fresh.length) {
      const old = i < this.keys.length ? this.keys[i]! : Number.POSITIVE_INFINITY;
      const met = j < fresh.length ? fresh[j]! : Number.POSITIVE_INFINITY;
      const key = Math.min(old, met);
      let count = 0;
      if (old === key) count += this.counts[i++]!;
      while (j < fresh.length && fresh[j] === key) {
        count++;
        j++;
      }
      if (n > 0 && keys[n - 1] === key) counts[n - 1]! += count;
      else {
        keys[n] = key;
        counts[n++] = count;
      }
    }
    this.keys = keys.slice(0, n);
    this.counts = counts.slice(0, n);
  }
}

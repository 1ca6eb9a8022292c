// A full build's snapshot written without holding the graph: resolution runs over lean
// extractions (no item text; each sentence a small token standing for its text), and the records
// are then made one document at a time from the full extraction, read again from where it is
// kept (the extraction cache), put through an external sort by key, and written as graph.json,
// graph.store and graph.store.values as they come out of the sort. The bytes are those of
// `saveRecordSnapshot(dir, createRecordSnapshot(corpus, graphRecords(corpus)))` on the full
// extractions (test/graph/stream-snapshot.test.ts).

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InvariantError } from '../errors.js';
import type { ItemEntity, ItemExtraction, Mention } from '../extract/types.js';
import type { Document } from '../ingest/types.js';
import type { Relation, ResolvedCorpus } from '../resolve/types.js';
import { writeDirectoryAtomically, type FileContent } from './atomic-directory.js';
import {
  compare,
  defined,
  edgeKey,
  entityProperties,
  itemNodeId,
  itemNumber,
  mergeRelations,
  relationProperties,
  type EdgeRecord,
  type NodeRecord,
} from './build-graph.js';
import { canonicalJson } from './canonical-json.js';
import { COLUMNS_FILE, ColumnStreamWriter, VALUES_FILE } from './graph-columns.js';
import type { Properties } from './schema.js';
import { isSnapshotDirectory, manifestDocument, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotManifest } from './snapshot.js';
import { MentionColumns } from './mention-columns.js';
import { SortedLines, SpillFile } from './spill.js';
import { ENTITY_LABELS } from './schema.js';

/** A document and the extraction of each of its items: a cache entry's element. */
export interface DocumentExtractions {
  document: Document;
  items: ItemExtraction[];
}

// Shared token objects: sentence k of an item is `{ text: TOKEN[j] }`, j the first sentence with
// the same text in the item; resolution only compares evidence sentences, never reads them.
const TOKENS: { readonly text: string }[] = [];
const NO_TEXT = Object.freeze({ text: '' });
function token(j: number): { readonly text: string } {
  for (let k = TOKENS.length; k <= j; k++) TOKENS.push(Object.freeze({ text: String(k) }));
  return TOKENS[j]!;
}

/**
 * The distinct sentence texts of each item number of a document, in order of first use across
 * the extractions of that number (a number printed twice in a newsletter is one item id).
 */
function sentenceTexts(items: readonly ItemExtraction[]): Map<string, Map<string, number>> {
  const byItem = new Map<string, Map<string, number>>();
  for (const x of items) {
    let texts = byItem.get(x.item);
    if (texts === undefined) byItem.set(x.item, (texts = new Map()));
    for (const s of x.sentences) if (s.text !== '' && !texts.has(s.text)) texts.set(s.text, texts.size);
  }
  return byItem;
}

/**
 * The distinct sentences a document's relations are stated in, in order of first use: what
 * `EvidenceReferences` numbers.
 */
function statedSentences(items: readonly ItemExtraction[]): Map<string, number> {
  const texts = new Map<string, number>();
  for (const x of items) for (const r of x.relations) if (!texts.has(r.evidence.sentence)) texts.set(r.evidence.sentence, texts.size);
  return texts;
}

/**
 * Relation evidence held as references while a streamed build resolves: each distinct sentence
 * that a document's relations are stated in is resolved as `#<n>` (base 36), numbered per build,
 * a document's sentences numbered on from the first number it is given. Resolution only compares
 * evidence (equal references, equal sentences), so a relation's references are its sentences'
 * first uses, in order; `saveStreamedSnapshot` reads each document's sentences again as it
 * makes its records, keeps them in a scratch file, and writes each relation's evidence with its
 * repeated sentences (equal texts of other documents) left out, as resolution leaves them out.
 */
export class EvidenceReferences {
  private readonly first = new Map<string, { first: number; count: number; hash: number }>();
  private count = 0;
  // The sentence each reference stands for: the resolution state an incremental build replays
  // from keeps relation evidence as text, so the texts are held here once (as the state holds them).
  private readonly sentences: string[] = [];

  /** References given so far. */
  get size(): number {
    return this.count;
  }

  /**
   * The numbers of a document's stated sentences, `first` to `first + count - 1`, and a hash of
   * their texts; undefined if it was not leaned with these references.
   */
  of(documentId: string): { first: number; count: number; hash: number } | undefined {
    return this.first.get(documentId);
  }

  /** Number the stated sentences of a document (again, when it is leaned again). */
  assign(documentId: string, stated: readonly string[]): number {
    const first = this.count;
    const count = stated.length;
    this.first.set(documentId, { first, count, hash: textHash(stated) });
    this.count += count;
    this.sentences.push(...stated);
    return first;
  }

  /** An extraction with its relation evidence given back as sentences (unchanged if none is a reference). */
  withSentences(x: ItemExtraction): ItemExtraction {
    if (!x.relations.some((r) => referenceNumber(r.evidence.sentence) !== undefined)) return x;
    const relations = x.relations.map((r) => {
      const n = referenceNumber(r.evidence.sentence);
      const sentence = n === undefined ? undefined : this.sentences[n];
      return sentence === undefined ? r : { ...r, evidence: { ...r.evidence, sentence } };
    });
    return { ...x, relations };
  }
}

/** A 32-bit hash (FNV-1a over code units) of texts: a check that a document read back is the one resolved. */
export function textHash(texts: Iterable<string>): number {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x0a, 0x01000193) >>> 0;
  }
  return hash;
}

/** The number a reference stands for, or undefined for a text that is none. */
export function referenceNumber(reference: string): number | undefined {
  if (!reference.startsWith('#')) return undefined;
  const n = Number.parseInt(reference.slice(1), 36);
  return Number.isInteger(n) && n >= 0 && n.toString(36) === reference.slice(1) ? n : undefined;
}

/**
 * What resolution needs of a file's documents for a streamed build, as small as it can be: the
 * documents without item text, the extractions with each sentence a token of its text (equal
 * texts, equal tokens; an empty text stays empty, as resolution leaves it out), mentions cut to
 * their sentence number, relation evidence to its sentence, or to a reference to it when
 * `references` is given (`EvidenceReferences`). Lists that repeat (no aliases, the same
 * sentence numbers) are one shared frozen list. Resolved, it gives the entities, relations,
 * roles, merge log and item entity ids of the full extractions, and mention evidence as tokens,
 * which `saveStreamedSnapshot` turns back into sentences.
 */
export function leanExtractions(entries: readonly DocumentExtractions[], references?: EvidenceReferences): DocumentExtractions[] {
  return entries.map(({ document, items }) => {
    const texts = sentenceTexts(items);
    const id = intern(document.id);
    let evidenceOf: ((sentence: string) => ItemExtraction['relations'][number]['evidence']) | undefined;
    if (references !== undefined) {
      const stated = statedSentences(items);
      const first = references.assign(id, [...stated.keys()]);
      const evidence = [...stated.keys()].map((_, k) => ({ item: '', sentence: `#${(first + k).toString(36)}`, start: 0, end: 0 }));
      evidenceOf = (sentence) => evidence[stated.get(sentence)!]!;
    }
    return {
      document: {
        ...document,
        id,
        sourceMap: undefined,
        items: document.items.map((item) => leanItem(item.number)),
      },
      items: items.map((x) => {
        const ofItem = texts.get(x.item)!;
        const lean: ItemExtraction = {
          documentId: id,
          item: intern(x.item),
          title: '',
          entities: x.entities.map(leanEntity),
          roles: x.roles.length === 0 ? NONE : x.roles.map(intern),
          relations:
            x.relations.length === 0
              ? NONE
              : x.relations.map((r) => {
                  const relation: ItemExtraction['relations'][number] = {
                    type: r.type,
                    source: intern(r.source),
                    target: intern(r.target),
                    evidence: evidenceOf?.(r.evidence.sentence) ?? { item: '', sentence: r.evidence.sentence, start: 0, end: 0 },
                  };
                  if (r.role !== undefined) relation.role = intern(r.role);
                  return relation;
                }),
          sentences: sharedList(
            SENTENCE_LISTS,
            x.sentences.map((s) => (s.text === '' ? -1 : ofItem.get(s.text)!)),
            (n) => (n < 0 ? NO_TEXT : token(n)),
          ) as ItemExtraction['sentences'],
        };
        if (x.acronymsUsed !== undefined) lean.acronymsUsed = x.acronymsUsed.map((u) => ({ acronym: intern(u.acronym), mentions: mentions(u.mentions) }));
        return lean;
      }),
    };
  });
}

// One frozen empty list for every list that is empty (aliases, roles, relations).
const NONE: never[] = Object.freeze([]) as never[];

/** An item of a lean document: its number alone; one object per number. */
const LEAN_ITEMS = new Map<string, Document['items'][number]>();
function leanItem(number: string): Document['items'][number] {
  let item = LEAN_ITEMS.get(number);
  if (item === undefined) {
    if (LEAN_ITEMS.size >= INTERNED_LIMIT) LEAN_ITEMS.clear();
    item = Object.freeze({ number: intern(number), title: '', text: '', offset: 0 });
    LEAN_ITEMS.set(number, item);
  }
  return item;
}

/**
 * An item entity as resolution reads it: names shared, mentions cut to (shared) sentence
 * numbers; one frozen object for every equal one (at 3,000 synthetic newsletters, 234,000 item
 * entities are 37,000 distinct ones: the same people and bodies named alike in the same places).
 */
function leanEntity(e: ItemEntity): ItemEntity {
  let key = `${e.type}\u0001${e.name}\u0001${e.aliases.join('\u0000')}\u0001${e.mentions.map((m) => m.sentence).join(',')}`;
  for (const value of [e.acronym, e.kind, e.year, e.known]) key += value === undefined ? '\u0001\u0002' : `\u0001${value}`;
  if (e.aliasRules !== undefined) for (const [alias, rule] of Object.entries(e.aliasRules)) key += `\u0001${alias}\u0000${rule}`;
  // Fields that are there but undefined, or a year that is not a number, make the key ambiguous: such entities are not shared.
  const plain = e.year === undefined || typeof e.year === 'number';
  let held = plain ? ENTITIES.get(key) : undefined;
  if (held === undefined) {
    held = Object.freeze(newLeanEntity(e));
    if (plain) {
      if (ENTITIES.size >= INTERNED_LIMIT) ENTITIES.clear();
      ENTITIES.set(key, held);
    }
  }
  return held;
}
const ENTITIES = new Map<string, ItemEntity>();

function newLeanEntity(e: ItemEntity): ItemEntity {
  const lean: ItemEntity = { type: e.type, name: intern(e.name), aliases: e.aliases.length === 0 ? NONE : names(e.aliases), mentions: mentions(e.mentions) };
  if (e.acronym !== undefined) lean.acronym = intern(e.acronym);
  if (e.kind !== undefined) lean.kind = intern(e.kind);
  if (e.year !== undefined) lean.year = e.year;
  if (e.known !== undefined) lean.known = intern(e.known);
  if (e.aliasRules !== undefined) {
    const rules: Record<string, string> = {};
    for (const [alias, rule] of Object.entries(e.aliasRules)) rules[alias] = intern(rule);
    lean.aliasRules = rules;
  }
  return lean;
}

// Mentions cut to their sentence number, one shared object per number (resolution reads
// `sentence` and counts them; typed as mentions).
const MENTIONS: Mention[] = [];
function mention(k: number): Mention {
  if (!Number.isInteger(k) || k < 0 || k > 100_000) return { sentence: k } as Mention;
  for (let j = MENTIONS.length; j <= k; j++) MENTIONS.push(Object.freeze({ sentence: j }) as Mention);
  return MENTIONS[k]!;
}

/** A list of mentions as resolution reads it: one shared list per sequence of sentence numbers. */
function mentions(list: readonly { sentence: number }[]): Mention[] {
  return sharedList(
    MENTION_LISTS,
    list.map((m) => m.sentence),
    mention,
  );
}

/** A list of names, one shared list per sequence of names. */
function names(list: readonly string[]): string[] {
  const key = list.join('\u0000');
  let held = NAME_LISTS.get(key);
  if (held === undefined) {
    if (NAME_LISTS.size >= INTERNED_LIMIT) NAME_LISTS.clear();
    held = Object.freeze(list.map(intern)) as string[];
    NAME_LISTS.set(key, held);
  }
  return held;
}
const NAME_LISTS = new Map<string, string[]>();

/**
 * The list of `make(n)` for the numbers `ns`, shared by every equal sequence of numbers
 * (mentions in sentences 0 and 2, an item's sentence tokens 0, 1, 2, …).
 */
function sharedList<T>(lists: Map<string, readonly T[]>, ns: readonly number[], make: (n: number) => T): T[] {
  if (ns.length === 0) return NONE;
  const key = ns.join(',');
  let held = lists.get(key);
  if (held === undefined) {
    if (lists.size >= INTERNED_LIMIT) lists.clear();
    held = Object.freeze(ns.map(make));
    lists.set(key, held);
  }
  return held as T[];
}
const MENTION_LISTS = new Map<string, readonly Mention[]>();
const SENTENCE_LISTS = new Map<string, readonly { readonly text: string }[]>();

// Names, rules and item numbers come back in every newsletter: one string each, not one per use.
const INTERNED_LIMIT = 500_000;
const interned = new Map<string, string>();
function intern(text: string): string {
  const held = interned.get(text);
  if (held !== undefined) return held;
  if (interned.size >= INTERNED_LIMIT) interned.clear();
  interned.set(text, text);
  return text;
}

/** Every key a record of `graphRecords` uses, sorted: what each line is serialised with. */
const RECORD_KEYS = [
  ...['key', 'source', 'target', 'attributes', 'labels', 'type', 'properties'],
  ...['id', 'title', 'published', 'number', 'text', 'name', 'aliases', 'mentionCount', 'acronym', 'kind', 'year'],
  ...['count', 'evidence', 'items', 'role', 'weight'],
].sort();
const KNOWN_KEYS = new Set(RECORD_KEYS);

const OPTIONS_LINE = `"options":${canonicalJson({ type: 'directed', multi: true, allowSelfLoops: true })}\n`;

/** What a streamed save reads back: the full extractions of one document, by id. */
export type ReadDocument = (documentId: string) => Promise<DocumentExtractions>;

export interface StreamOptions {
  /** Lines held in memory before a sorted run is written to disk, in characters (default 8 Mi). */
  runChars?: number;
  /** The references relation evidence was leaned to (`leanExtractions(entries, references)`). */
  references?: EvidenceReferences;
}

/**
 * Write the snapshot of `corpus` (resolved from `leanExtractions`) to `dir` atomically, reading
 * each document's full extractions back with `read`, one at a time. Memory holds the corpus's
 * entities and relations, its mentions as numbers (`MentionColumns`: each entity's `mentions` is
 * emptied as it is read), the sort's current run and the columns' numbers; never the item text,
 * the evidence or the records of the whole graph. Scratch files go in a directory beside `dir`,
 * removed when done.
 *
 * @returns the counts written to the manifest
 * @throws StoreError `E_STORE_WRITE`, or `E_STORE_FOREIGN` when `dir` holds something else;
 *   whatever `read` throws.
 */
export async function saveStreamedSnapshot(
  dir: string,
  corpus: ResolvedCorpus,
  read: ReadDocument,
  options: StreamOptions = {},
): Promise<SnapshotManifest['counts']> {
  const scratch = join(dirname(dir), `.${basename(dir)}.spill-${process.pid}`);
  removeStaleScratch(dir);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const nodes = new SortedLines(scratch, 'nodes', options.runChars);
  const edges = new SortedLines(scratch, 'edges', options.runChars);
  let columns: ColumnStreamWriter | undefined;
  try {
    const nodeKeys = await sortRecords(corpus, read, nodes, edges, options.references && new StatedSentences(scratch, options.references));
    columns = new ColumnStreamWriter(nodeKeys, scratch);
    const counts = newCounts();
    const graph = measured(graphJson(edges, nodes, columns, counts));
    const writer = columns;
    const files = new Map<string, FileContent>([
      ['graph.json', graph.pieces],
      [COLUMNS_FILE, { [Symbol.iterator]: () => writer.store(graph.bytes()) }],
      [VALUES_FILE, { [Symbol.iterator]: () => writer.values() }],
      ['manifest.json', { [Symbol.iterator]: () => manifestText(corpus, counts) }],
      ['merge-log.json', canonicalJson({ mergeLog: corpus.mergeLog }, { lineItems: true })],
    ]);
    await writeDirectoryAtomically(dir, files, isSnapshotDirectory);
    return finalCounts(counts);
  } finally {
    nodes.close();
    edges.close();
    columns?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Every record of the graph into the two sorts, made as `graphRecords` makes them (the first
 * node of a key kept); returns the node keys, sorted, as graph.json will list them.
 */
async function sortRecords(
  corpus: ResolvedCorpus,
  read: ReadDocument,
  nodes: SortedLines,
  edges: SortedLines,
  stated: StatedSentences | undefined,
): Promise<string[]> {
  const keys = new Set<string>();
  for (const doc of corpus.documents) {
    keys.add(doc.id);
    for (const item of doc.items) keys.add(itemNodeId(doc.id, item.number));
  }
  for (const entity of corpus.entities) keys.add(entity.id);
  for (const role of corpus.roles) keys.add(role.id);
  const node = (id: string, label: string, properties: Properties) => {
    const record: NodeRecord = { key: id, attributes: { labels: [label], properties: { id, ...properties } } };
    nodes.add(id, line(record));
  };
  const edge = (type: string, source: string, target: string, properties: Properties) => {
    const key = edgeKey(type, source, target);
    const record: EdgeRecord = { key, source, target, attributes: { type, properties } };
    edges.add(key, line(record));
  };

  // The mentions as numbers (the entities' mention objects let go), then the co-occurrences counted from them.
  const mentions = new MentionColumns(
    corpus.entities,
    corpus.documents.flatMap((doc) => doc.items.map((item) => itemNodeId(doc.id, item.number))),
  );
  const ids = corpus.entities.map((e) => e.id);
  for (const { a, b, weight } of mentions.coOccurrences()) edge('CO_OCCURS', ids[a]!, ids[b]!, { weight });
  for (const lean of corpus.documents) {
    const { document: doc, items } = await read(lean.id);
    if (doc.id !== lean.id || doc.items.length !== lean.items.length) {
      throw new InvariantError(`streamed save: document ${lean.id} read back is not the document resolved`);
    }
    node(doc.id, 'Newsletter', defined({ title: doc.title, published: doc.published, source: doc.source }));
    let position = 0;
    const made = new Set<string>();
    for (const item of doc.items) {
      const id = itemNodeId(doc.id, item.number);
      const number = item.number === 'speeches' ? undefined : itemNumber(item.number, ++position);
      node(id, 'Item', defined({ number, title: item.title, text: item.text }));
      edge('HAS_ITEM', doc.id, id, {});
      made.add(id);
    }
    stated?.keep(doc.id, items);
    const texts = sentenceTexts(items);
    for (const id of made) {
      const named = mentions.mentionsOf(id);
      if (named.length === 0) continue;
      const sentences = [...(texts.get(id.slice(doc.id.length + 1))?.keys() ?? [])];
      for (const mention of named) {
        const evidence = mention.evidence.map((t) => {
          const text = sentences[t];
          if (text === undefined) throw new InvariantError(`streamed save: evidence token ${t} of ${id} has no sentence`);
          return text;
        });
        edge('MENTIONED_IN', ids[mention.entity]!, id, { count: mention.count, evidence });
      }
    }
  }
  for (const entity of corpus.entities) node(entity.id, entity.type, entityProperties(entity));
  for (const role of corpus.roles) node(role.id, 'Role', { title: role.title });
  try {
    for (const relation of stated === undefined ? mergeRelations(corpus.relations) : statedRelations(corpus.relations, stated)) {
      if (!keys.has(relation.source) || !keys.has(relation.target)) continue;
      edge(relation.type, relation.source, relation.target, relationProperties(relation));
    }
  } finally {
    stated?.close();
  }
  return [...keys].sort(compare);
}

/** The stated sentences of the documents read back, by reference number, in a scratch file. */
class StatedSentences {
  private readonly file: SpillFile;
  private readonly at: Float64Array;
  private readonly bytes: Int32Array;

  constructor(
    dir: string,
    private readonly references: EvidenceReferences,
  ) {
    this.file = new SpillFile(join(dir, 'stated-sentences'));
    this.at = new Float64Array(references.size);
    this.bytes = new Int32Array(references.size).fill(-1);
  }

  /** Keep the stated sentences of a document read back. */
  keep(documentId: string, items: readonly ItemExtraction[]): void {
    const numbered = this.references.of(documentId);
    const stated = statedSentences(items);
    if (
      numbered === undefined ||
      numbered.count !== stated.size ||
      numbered.first + numbered.count > this.at.length ||
      numbered.hash !== textHash(stated.keys())
    ) {
      throw new InvariantError(`streamed save: document ${documentId} read back states other sentences than it was resolved with`);
    }
    let n = numbered.first;
    for (const text of stated.keys()) {
      this.at[n] = this.file.bytes;
      this.file.append(text);
      this.bytes[n] = this.file.bytes - this.at[n]!;
      n++;
    }
  }

  /** The sentence a reference stands for. */
  text(reference: string): string {
    const n = referenceNumber(reference);
    const bytes = n === undefined ? -1 : (this.bytes[n] ?? -1);
    if (n === undefined || bytes < 0) throw new InvariantError(`streamed save: relation evidence ${reference.slice(0, 40)} is no sentence read back`);
    return this.file.text(this.at[n]!, bytes);
  }

  close(): void {
    this.file.close();
  }
}

/**
 * The relations as `mergeRelations` gives them, their references turned back into sentences
 * one relation at a time (a sentence met again, in another document, left out as resolution
 * leaves it out). Resolution gives one relation per key, so each is written as it is; relations
 * that share a key are merged as `mergeRelations` merges them.
 */
function* statedRelations(relations: readonly Relation[], stated: StatedSentences): Generator<Relation> {
  const keys = relations.map((r) => edgeKey(r.type, r.source, r.target));
  const order = relations.map((_, i) => i).sort((a, b) => compare(keys[a]!, keys[b]!));
  const withText = (r: Relation): Relation => ({ ...r, evidence: [...new Set(r.evidence.map((e) => stated.text(e)))] });
  for (let k = 0; k < order.length; ) {
    let end = k + 1;
    while (end < order.length && keys[order[end]!] === keys[order[k]!]) end++;
    yield* mergeRelations(order.slice(k, end).map((i) => withText(relations[i]!)));
    k = end;
  }
}

/** A record's line of graph.json (as `canonicalJsonChunks` writes plain records). */
function line(record: NodeRecord | EdgeRecord): string {
  for (const k in record.attributes.properties) {
    if (!KNOWN_KEYS.has(k)) throw new InvariantError(`streamed save: property ${k} is not one a record has`);
  }
  return JSON.stringify(record, RECORD_KEYS);
}

interface Counts {
  nodes: number;
  relationships: number;
  labels: Map<string, number>;
  types: Map<string, number>;
  entities: number;
}

function newCounts(): Counts {
  return { nodes: 0, relationships: 0, labels: new Map(), types: new Map(), entities: 0 };
}

function finalCounts(counts: Counts): SnapshotManifest['counts'] {
  const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => compare(a, b)));
  return { nodes: counts.nodes, relationships: counts.relationships, labels: sorted(counts.labels), types: sorted(counts.types), entities: counts.entities };
}

const ENTITY_LABEL_SET = new Set<string>(ENTITY_LABELS);

/** graph.json from the two sorts, each record passed to the columns and counted on its way. */
function* graphJson(edges: SortedLines, nodes: SortedLines, columns: ColumnStreamWriter, counts: Counts): Generator<string> {
  yield '{\n"attributes":{},\n';
  yield* section('"edges"', edges, (text) => {
    const record = JSON.parse(text) as EdgeRecord;
    columns.edge(record);
    counts.relationships++;
    const type = record.attributes.type;
    counts.types.set(type, (counts.types.get(type) ?? 0) + 1);
  });
  yield* section('"nodes"', nodes, (text) => {
    const record = JSON.parse(text) as NodeRecord;
    columns.node(record);
    counts.nodes++;
    for (const label of record.attributes.labels) counts.labels.set(label, (counts.labels.get(label) ?? 0) + 1);
    if (record.attributes.labels.some((l) => ENTITY_LABEL_SET.has(l))) counts.entities++;
  });
  yield OPTIONS_LINE;
  yield '}\n';
}

/** One array of graph.json, one line per record, as `canonicalJsonChunks` writes it. */
function* section(name: string, lines: SortedLines, each: (line: string) => void): Generator<string> {
  let previous: string | undefined;
  for (const { line: text } of lines.sorted()) {
    each(text);
    yield previous === undefined ? `${name}:[\n` : `${previous},\n`;
    previous = text;
  }
  yield previous === undefined ? `${name}:[],\n` : `${previous}\n],\n`;
}

/** The pieces of a file, and its size in bytes once they have all been taken. */
function measured(pieces: Iterable<string>): { pieces: Iterable<string>; bytes: () => number } {
  let bytes = 0;
  let done = false;
  return {
    pieces: {
      *[Symbol.iterator]() {
        for (const piece of pieces) {
          bytes += Buffer.byteLength(piece, 'utf8');
          yield piece;
        }
        done = true;
      },
    },
    bytes: () => {
      if (!done) throw new InvariantError('streamed save: graph.store asked for graph.json size before graph.json was written');
      return bytes;
    },
  };
}

function* manifestText(corpus: ResolvedCorpus, counts: Counts): Generator<string> {
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    documents: [...corpus.documents].sort((a, b) => compare(a.id, b.id)).map(manifestDocument),
    counts: finalCounts(counts),
  };
  yield canonicalJson(manifest, { lineItems: true });
}

/** Scratch directories of saves to `dir` whose process is gone. */
function removeStaleScratch(dir: string): void {
  const prefix = `.${basename(dir)}.spill-`;
  let names: string[];
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as { code?: string }).code === 'ESRCH') rmSync(join(dirname(dir), name), { recursive: true, force: true });
    }
  }
}

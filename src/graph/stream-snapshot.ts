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
import type { Entity, EntityMention, ResolvedCorpus } from '../resolve/types.js';
import { writeDirectoryAtomically, type FileContent } from './atomic-directory.js';
import {
  coOccurrences,
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
import { SortedLines } from './spill.js';
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
 * What resolution needs of a file's documents for a streamed build, as small as it can be: the
 * documents without item text, the extractions with each sentence a token of its text (equal
 * texts, equal tokens; an empty text stays empty, as resolution leaves it out), mentions cut to
 * their sentence number, relation evidence to its sentence. Resolved, it gives the entities,
 * relations, roles, merge log and item entity ids of the full extractions, and mention evidence
 * as tokens, which `saveStreamedSnapshot` turns back into sentences.
 */
export function leanExtractions(entries: readonly DocumentExtractions[]): DocumentExtractions[] {
  return entries.map(({ document, items }) => {
    const texts = sentenceTexts(items);
    const id = intern(document.id);
    return {
      document: {
        ...document,
        id,
        sourceMap: undefined,
        items: document.items.map((item) => ({ number: intern(item.number), title: '', text: '', offset: 0 })),
      },
      items: items.map((x) => {
        const ofItem = texts.get(x.item)!;
        const lean: ItemExtraction = {
          documentId: id,
          item: intern(x.item),
          title: '',
          entities: x.entities.map(leanEntity),
          roles: x.roles.map(intern),
          relations: x.relations.map((r) => {
            const relation: ItemExtraction['relations'][number] = {
              type: r.type,
              source: intern(r.source),
              target: intern(r.target),
              evidence: { item: '', sentence: r.evidence.sentence, start: 0, end: 0 },
            };
            if (r.role !== undefined) relation.role = intern(r.role);
            return relation;
          }),
          sentences: x.sentences.map((s) => (s.text === '' ? NO_TEXT : token(ofItem.get(s.text)!))) as ItemExtraction['sentences'],
        };
        if (x.acronymsUsed !== undefined) lean.acronymsUsed = x.acronymsUsed.map((u) => ({ acronym: intern(u.acronym), mentions: u.mentions.map(mention) }));
        return lean;
      }),
    };
  });
}

/** An item entity as resolution reads it: names shared, mentions cut to (shared) sentence numbers. */
function leanEntity(e: ItemEntity): ItemEntity {
  const lean: ItemEntity = { type: e.type, name: intern(e.name), aliases: e.aliases.map(intern), mentions: e.mentions.map(mention) };
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
function mention(m: { sentence: number }): Mention {
  const k = m.sentence;
  if (!Number.isInteger(k) || k < 0 || k > 100_000) return { sentence: k } as Mention;
  for (let j = MENTIONS.length; j <= k; j++) MENTIONS.push(Object.freeze({ sentence: j }) as Mention);
  return MENTIONS[k]!;
}

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
}

/**
 * Write the snapshot of `corpus` (resolved from `leanExtractions`) to `dir` atomically, reading
 * each document's full extractions back with `read`, one at a time. Memory holds the corpus's
 * entities, relations and mention counts, the sort's current run and the columns' numbers; never
 * the item text, the evidence or the records of the whole graph. Scratch files go in a directory
 * beside `dir`, removed when done.
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
    const nodeKeys = await sortRecords(corpus, read, nodes, edges);
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
async function sortRecords(corpus: ResolvedCorpus, read: ReadDocument, nodes: SortedLines, edges: SortedLines): Promise<string[]> {
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

  // Co-occurrences first: their map is the largest thing made from the entities, let go at once.
  for (const [pair, weight] of coOccurrences(corpus.entities)) {
    const [a, b] = pair.split('\u0000');
    if (a !== undefined && b !== undefined && keys.has(a) && keys.has(b)) edge('CO_OCCURS', a, b, { weight });
  }
  const mentions = mentionsByItem(corpus.entities);
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
    const texts = sentenceTexts(items);
    for (const id of made) {
      const named = mentions.get(id);
      if (named === undefined) continue;
      const sentences = [...(texts.get(id.slice(doc.id.length + 1))?.keys() ?? [])];
      for (const [entity, mention] of mergedMentions(named)) {
        const evidence = mention.evidence.map((t) => {
          const text = sentences[Number(t)];
          if (text === undefined) throw new InvariantError(`streamed save: evidence token ${t} of ${id} has no sentence`);
          return text;
        });
        edge('MENTIONED_IN', entity, id, { count: mention.count, evidence });
      }
    }
  }
  for (const entity of corpus.entities) node(entity.id, entity.type, entityProperties(entity));
  for (const role of corpus.roles) node(role.id, 'Role', { title: role.title });
  for (const relation of mergeRelations(corpus.relations)) {
    if (!keys.has(relation.source) || !keys.has(relation.target)) continue;
    edge(relation.type, relation.source, relation.target, relationProperties(relation));
  }
  return [...keys].sort(compare);
}

/** A record's line of graph.json (as `canonicalJsonChunks` writes plain records). */
function line(record: NodeRecord | EdgeRecord): string {
  for (const k in record.attributes.properties) {
    if (!KNOWN_KEYS.has(k)) throw new InvariantError(`streamed save: property ${k} is not one a record has`);
  }
  return JSON.stringify(record, RECORD_KEYS);
}

/** Each item's mentions by entity, in the order of the entities and of their mentions. */
function mentionsByItem(entities: readonly Entity[]): Map<string, [string, EntityMention][]> {
  const byItem = new Map<string, [string, EntityMention][]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = byItem.get(m.item);
      if (list === undefined) byItem.set(m.item, [[entity.id, m]]);
      else list.push([entity.id, m]);
    }
  }
  return byItem;
}

/** An item's mentions joined per entity as `graphRecords` joins them: counts added, evidence united in order. */
function mergedMentions(named: readonly [string, EntityMention][]): Map<string, { count: number; evidence: string[] }> {
  const merged = new Map<string, { count: number; evidence: string[] }>();
  for (const [entity, m] of named) {
    const held = merged.get(entity);
    if (held === undefined) merged.set(entity, { count: m.count, evidence: [...m.evidence] });
    else {
      held.count += m.count;
      for (const sentence of m.evidence) if (!held.evidence.includes(sentence)) held.evidence.push(sentence);
    }
  }
  return merged;
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

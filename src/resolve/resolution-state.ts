// What resolution keeps between builds so that the next one resolves only what a change can
// reach: every item entity as resolution reads it (after acronym attachment) with the entity id
// it resolved to; the item's relations and roles as stated; and the item entities grouped in
// units, each a union of clusters closed under every key two entities can join by and under
// sharing an entity id, with the unit's keys, entities and merge log entries. A change replays
// the units its documents reach (`resolve-changes.ts`). Kept as JSON beside the build state.

import type { EntityType, ItemRelation } from '../extract/types.js';
import type { MergeLogEntry } from './types.js';

/** An item entity as the state keeps it: what joining and making entities read. */
export interface StateEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  aliasRules?: Record<string, string>;
  known?: string;
  acronym?: string;
  kind?: string;
  year?: number;
  /** Its mentions in the item. */
  count: number;
}

/** A relation as the item states it (ends named as in the item). */
export type StateRelation = Pick<ItemRelation, 'type' | 'source' | 'target' | 'role'> & { evidence: string };

export interface StateItem {
  item: string;
  /** After acronym attachment. */
  entities: StateEntity[];
  /** The id each entity resolved to. */
  ids: string[];
  /** The unit each entity is in. */
  units: number[];
  relations: StateRelation[];
  roles: string[];
  /** Acronyms used alone and not named by the item (`acronymCandidates`). */
  candidates: string[];
  /** Keys of the relations it states once resolved (`Statement.key`), in order. */
  statements: string[];
  /** The roles it names once resolved ([id, title]). */
  roleTitles: [string, string][];
}

/** An acronym definition of a document (`itemDefinitions`). */
export interface StateDefinition {
  acronym: string;
  type: EntityType;
  known?: string;
  name: string;
}

export interface StateDocument {
  id: string;
  items: StateItem[];
  definitions: StateDefinition[];
}

/** Where an item entity is in corpus order: its document, item and place in the item. */
export interface Position {
  document: string;
  item: number;
  entity: number;
}

/** A group of clusters that no change can reach without reaching all of them. */
export interface Unit {
  /** Every join key of its entities (`joinKeys`). */
  keys: string[];
  /** Its entities' ids and canonical names. */
  entities: [id: string, name: string][];
  /** Merge log entries of each of its clusters, repeats left out, with the cluster's first entity. */
  logs: { at: Position; entries: MergeLogEntry[] }[];
}

/** The state, with the indexes made from it when it is read. */
export interface ResolutionState {
  documents: Map<string, StateDocument>;
  units: Map<number, Unit>;
  nextUnit: number;
  /** Join key -> unit. */
  keyUnit: Map<string, number>;
  /** Entity id -> unit, and its canonical name. */
  idUnit: Map<string, number>;
  nameOf: Map<string, string>;
}

export const RESOLUTION_STATE_FORMAT = 'crimegraph-resolution-state-2';

/** A state with no documents. */
export function emptyResolutionState(): ResolutionState {
  return { documents: new Map(), units: new Map(), nextUnit: 0, keyUnit: new Map(), idUnit: new Map(), nameOf: new Map() };
}

/** Code-unit order of positions: documents by id, then items, then entities. */
export function comparePositions(a: Position, b: Position): number {
  return a.document < b.document ? -1 : a.document > b.document ? 1 : a.item - b.item || a.entity - b.entity;
}

/** Add a unit to a state and its indexes. */
export function addUnit(state: ResolutionState, number: number, unit: Unit): void {
  state.units.set(number, unit);
  for (const key of unit.keys) state.keyUnit.set(key, number);
  for (const [id, name] of unit.entities) {
    state.idUnit.set(id, number);
    state.nameOf.set(id, name);
  }
}

/** Take a unit out of a state and its indexes. */
export function removeUnit(state: ResolutionState, number: number): void {
  const unit = state.units.get(number);
  if (unit === undefined) return;
  state.units.delete(number);
  for (const key of unit.keys) if (state.keyUnit.get(key) === number) state.keyUnit.delete(key);
  for (const [id] of unit.entities) {
    if (state.idUnit.get(id) !== number) continue;
    state.idUnit.delete(id);
    state.nameOf.delete(id);
  }
}

// As JSON text: a first line (format, next unit number, how many documents and units), then one
// line per document and one per unit. Each line names its strings by number in a table of its
// own, so a line stands alone: the line of a document or unit a change did not touch is written
// again as the bytes it was read from (a view of the buffer read, remembered beside the object),
// and only the rest is serialised. Reading parses every line; strings alike in several lines are
// kept once.

type Row = (number | string | null | Row | Record<string, number>)[];

/** The line each document and unit was read from or last written as. */
const lines = new WeakMap<StateDocument | Unit, Uint8Array>();

/** A string table for one line: strings by number, each once. */
function table(): { s: (text: string) => number; opt: (text: string | undefined) => number | null; strings: Map<string, number> } {
  const strings = new Map<string, number>();
  const s = (text: string) => {
    let n = strings.get(text);
    if (n === undefined) strings.set(text, (n = strings.size));
    return n;
  };
  return { s, opt: (text) => (text === undefined ? null : s(text)), strings };
}

function documentLine(d: StateDocument): Uint8Array {
  let line = lines.get(d);
  if (line !== undefined) return line;
  const { s, opt, strings } = table();
  const row = [
    s(d.id),
    d.definitions.map((x) => [s(x.acronym), s(x.type), opt(x.known), s(x.name)]),
    d.items.map((i) => [
      s(i.item),
      i.entities.map((e, k) => [
        s(e.type),
        s(e.name),
        e.aliases.map(s),
        e.aliasRules === undefined ? null : Object.fromEntries(Object.entries(e.aliasRules).map(([a, r]) => [a, s(r)])),
        opt(e.known),
        opt(e.acronym),
        opt(e.kind),
        e.year ?? null,
        e.count,
        s(i.ids[k]!),
        i.units[k]!,
      ]),
      i.relations.map((r) => [s(r.type), s(r.source), s(r.target), opt(r.role), s(r.evidence)]),
      i.roles.map(s),
      i.candidates.map(s),
      i.statements.map(s),
      i.roleTitles.map(([id, title]) => [s(id), s(title)]),
    ]),
  ];
  line = Buffer.from(JSON.stringify([[...strings.keys()], row]));
  lines.set(d, line);
  return line;
}

function unitLine(n: number, u: Unit): Uint8Array {
  let line = lines.get(u);
  if (line !== undefined) return line;
  const { s, opt, strings } = table();
  const row = [
    n,
    u.keys.map(s),
    u.entities.map(([id, name]) => [s(id), s(name)]),
    u.logs.map((l) => [s(l.at.document), l.at.item, l.at.entity, l.entries.map((m) => [s(m.rule), s(m.type), s(m.into), s(m.name), opt(m.item)])]),
  ];
  line = Buffer.from(JSON.stringify([[...strings.keys()], row]));
  lines.set(u, line);
  return line;
}

const NEWLINE = Buffer.from('\n');

/** The state as JSON text (lines), UTF-8. */
export function serializeResolutionState(state: ResolutionState): Buffer {
  const head = JSON.stringify({ format: RESOLUTION_STATE_FORMAT, nextUnit: state.nextUnit, documents: state.documents.size, units: state.units.size });
  const out: Uint8Array[] = [Buffer.from(head), NEWLINE];
  for (const d of state.documents.values()) out.push(documentLine(d), NEWLINE);
  for (const [n, u] of state.units) out.push(unitLine(n, u), NEWLINE);
  return Buffer.concat(out);
}

/** A state read back from `serializeResolutionState`'s bytes, or undefined when they are not one. */
export function parseResolutionState(data: Buffer): ResolutionState | undefined {
  try {
    const ends: number[] = [];
    for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10, at + 1)) ends.push(at);
    const line = (l: number) => data.subarray(l === 0 ? 0 : ends[l - 1]! + 1, ends[l]);
    const head = JSON.parse(line(0).toString('utf8')) as { format?: unknown; nextUnit: number; documents: number; units: number };
    if (head.format !== RESOLUTION_STATE_FORMAT || ends.length !== head.documents + head.units + 1 || ends[ends.length - 1] !== data.length - 1)
      return undefined;
    const state = emptyResolutionState();
    state.nextUnit = head.nextUnit;
    const interned = new Map<string, string>();
    const intern = (text: string) => {
      const held = interned.get(text);
      if (held !== undefined) return held;
      interned.set(text, text);
      return text;
    };
    for (let l = 1; l <= head.documents; l++) {
      const bytes = line(l);
      const doc = parseDocumentLine(bytes.toString('utf8'), intern);
      lines.set(doc, bytes);
      state.documents.set(doc.id, doc);
    }
    for (let l = head.documents + 1; l <= head.documents + head.units; l++) {
      const bytes = line(l);
      const [n, unit] = parseUnitLine(bytes.toString('utf8'), intern);
      lines.set(unit, bytes);
      addUnit(state, n, unit);
    }
    return state;
  } catch {
    return undefined;
  }
}

function stringsOf(table: unknown, intern: (text: string) => string): { s: (n: unknown) => string; opt: (n: unknown) => string | undefined } {
  if (!Array.isArray(table)) throw new Error('no string table');
  const strings = table.map((t) => (typeof t === 'string' ? intern(t) : t));
  const s = (n: unknown) => {
    const text = strings[n as number];
    if (typeof text !== 'string') throw new Error('not a string number');
    return text;
  };
  return { s, opt: (n) => (n === null ? undefined : s(n)) };
}

function parseDocumentLine(line: string, intern: (text: string) => string): StateDocument {
  const [strings, [id, definitions, items]] = JSON.parse(line) as [string[], [number, number[][], Row[]]];
  const { s, opt } = stringsOf(strings, intern);
  return {
    id: s(id),
    definitions: definitions.map(([a, t, k, n]) => {
      const d: StateDefinition = { acronym: s(a), type: s(t) as EntityType, name: s(n) };
      const known = opt(k);
      if (known !== undefined) d.known = known;
      return d;
    }),
    items: (items as [number, Row[], number[][], number[], number[], number[], number[][]][]).map(
      ([item, entities, relations, roles, candidates, statements, roleTitles]) => {
        const ids: string[] = [];
        const units: number[] = [];
        return {
          item: s(item),
          entities: (entities as [number, number, number[], Record<string, number> | null, ...(number | null)[]][]).map(
            ([type, name, aliases, rules, known, acronym, kind, year, count, id, unit]) => {
              const e: StateEntity = { type: s(type) as EntityType, name: s(name), aliases: aliases.map(s), count: count as number };
              if (rules !== null) e.aliasRules = Object.fromEntries(Object.entries(rules).map(([a, r]) => [a, s(r)]));
              if (known !== null) e.known = s(known);
              if (acronym !== null) e.acronym = s(acronym);
              if (kind !== null) e.kind = s(kind);
              if (year !== null) e.year = year as number;
              ids.push(s(id));
              units.push(unit as number);
              return e;
            },
          ),
          ids,
          units,
          relations: relations.map(([type, source, target, role, evidence]) => {
            const r: StateRelation = { type: s(type) as StateRelation['type'], source: s(source), target: s(target), evidence: s(evidence) };
            const stated = opt(role);
            if (stated !== undefined) r.role = stated;
            return r;
          }),
          roles: roles.map(s),
          candidates: candidates.map(s),
          statements: statements.map(s),
          roleTitles: roleTitles.map(([id, title]): [string, string] => [s(id), s(title)]),
        };
      },
    ),
  };
}

function parseUnitLine(line: string, intern: (text: string) => string): [number, Unit] {
  const [strings, [n, keys, entities, logs]] = JSON.parse(line) as [string[], [number, number[], number[][], [number, number, number, (number | null)[][]][]]];
  const { s, opt } = stringsOf(strings, intern);
  return [
    n,
    {
      keys: keys.map(s),
      entities: entities.map(([id, name]): [string, string] => [s(id), s(name)]),
      logs: logs.map(([document, item, entity, entries]) => ({
        at: { document: s(document), item, entity },
        entries: entries.map(([rule, type, into, name, item]) => {
          const m: MergeLogEntry = { rule: s(rule), type: s(type) as EntityType, into: s(into), name: s(name) };
          const at = opt(item);
          if (at !== undefined) m.item = at;
          return m;
        }),
      })),
    },
  ];
}

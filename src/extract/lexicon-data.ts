// Typed readers for the lexicon's JSON data files: each file is checked once, when the lexicon
// loads, against the shape the lexicon uses, so a mistyped entry fails at start naming its file
// instead of flowing on under a cast.

import { InvariantError } from '../errors.js';

/** A gazetteer file: open data with its source and licence, and entries of one type. */
export interface Gazetteer {
  source: string;
  licence: string;
  retrieved: string;
  type: 'Body' | 'Programme' | 'Act';
  entries: GazetteerEntry[];
}

export interface GazetteerEntry {
  name: string;
  acronyms?: string[];
  variants?: string[];
  kind?: string;
  place?: string;
}

/** An entry of the hand-made lexicon (bodies.json, programmes.json); the file gives the type. */
export interface HandEntry {
  name: string;
  acronyms: string[];
  variants: string[];
  kind: string;
  place?: string;
}

function fail(file: string, what: string): never {
  throw new InvariantError(`extract/data/${file}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function text(file: string, record: Record<string, unknown>, key: string): string {
  const v = record[key];
  return typeof v === 'string' ? v : fail(file, `${key} must be a string`);
}

function optionalText(file: string, record: Record<string, unknown>, key: string): string | undefined {
  const v = record[key];
  return v === undefined ? undefined : text(file, record, key);
}

function optionalList(file: string, record: Record<string, unknown>, key: string): string[] | undefined {
  const v = record[key];
  if (v === undefined) return undefined;
  return isStringList(v) ? v : fail(file, `${key} must be a list of strings`);
}

const GAZETTEER_TYPES = ['Body', 'Programme', 'Act'] as const;

/** A gazetteer file's content, checked. */
export function readGazetteer(file: string, value: unknown): Gazetteer {
  if (!isRecord(value) || !Array.isArray(value.entries)) return fail(file, 'not a gazetteer (an object with entries)');
  const type = GAZETTEER_TYPES.find((t) => t === value.type) ?? fail(file, `type must be one of ${GAZETTEER_TYPES.join(', ')}`);
  const entries = value.entries.map((e: unknown, i: number): GazetteerEntry => {
    if (!isRecord(e)) return fail(file, `entry ${i} is not an object`);
    const entry: GazetteerEntry = { name: text(file, e, 'name') };
    const [acronyms, variants, kind, place] = [
      optionalList(file, e, 'acronyms'),
      optionalList(file, e, 'variants'),
      optionalText(file, e, 'kind'),
      optionalText(file, e, 'place'),
    ];
    if (acronyms) entry.acronyms = acronyms;
    if (variants) entry.variants = variants;
    if (kind !== undefined) entry.kind = kind;
    if (place !== undefined) entry.place = place;
    return entry;
  });
  return { source: text(file, value, 'source'), licence: text(file, value, 'licence'), retrieved: text(file, value, 'retrieved'), type, entries };
}

/** bodies.json or programmes.json, checked. */
export function readHandEntries(file: string, value: unknown): HandEntry[] {
  if (!Array.isArray(value)) return fail(file, 'not a list of entries');
  return value.map((e: unknown, i: number): HandEntry => {
    if (!isRecord(e)) return fail(file, `entry ${i} is not an object`);
    const entry: HandEntry = {
      name: text(file, e, 'name'),
      acronyms: optionalList(file, e, 'acronyms') ?? fail(file, `entry ${i}: acronyms missing`),
      variants: optionalList(file, e, 'variants') ?? fail(file, `entry ${i}: variants missing`),
      kind: text(file, e, 'kind'),
    };
    const place = optionalText(file, e, 'place');
    if (place !== undefined) entry.place = place;
    return entry;
  });
}

/** An object of string values (`roles.abbreviations`), checked. */
export function readTextRecord(file: string, value: unknown): Record<string, string> {
  if (!isRecord(value)) return fail(file, 'not an object');
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) out[key] = text(file, value, key);
  return out;
}

/** An object of string-list values (`cues.bodyDescriptions`), checked. */
export function readListRecord(file: string, value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return fail(file, 'not an object');
  const out: Record<string, string[]> = {};
  for (const [key, v] of Object.entries(value)) out[key] = isStringList(v) ? v : fail(file, `${key} must be a list of strings`);
  return out;
}

/** An object whose values name an entity type (`name-shapes.lowercaseHeads`), checked. */
export function readTypeRecord(file: string, value: unknown): Record<string, 'Programme' | 'Body'> {
  const out: Record<string, 'Programme' | 'Body'> = {};
  for (const [key, v] of Object.entries(readTextRecord(file, value)))
    out[key] = v === 'Programme' || v === 'Body' ? v : fail(file, `${key} must be Programme or Body`);
  return out;
}

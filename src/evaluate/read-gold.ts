// Reads annotation files from disk: a folder of one JSON file per document, or one JSON file
// holding an array of documents (or `{ documents: [...] }`). I/O at the edge of evaluation.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { AnnotatedDocument, AnnotatedEntity, AnnotatedItem, AnnotatedRelation } from './annotation.js';

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new InputError('E_ANNOTATION', `cannot read annotation file: ${cause instanceof Error ? cause.message : String(cause)}`, { file }, cause);
  }
}

/** @example await readGold('../shared/gold') // five documents */
export async function readGold(location: string): Promise<AnnotatedDocument[]> {
  let info;
  try {
    info = await stat(location);
  } catch {
    throw new InputError('E_ANNOTATION', 'no such annotation file or folder', { file: location });
  }
  if (info.isDirectory()) {
    const files = (await readdir(location)).filter((f) => f.endsWith('.json')).sort();
    const docs: AnnotatedDocument[] = [];
    for (const f of files) {
      const file = path.join(location, f);
      docs.push(annotatedDocument(await readJson(file), file));
    }
    return docs;
  }
  const j = await readJson(location);
  if (Array.isArray(j)) return j.map((doc) => annotatedDocument(doc, location));
  if (isObject(j) && 'documents' in j && Array.isArray(j.documents)) return j.documents.map((doc) => annotatedDocument(doc, location));
  return [annotatedDocument(j, location)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const optionalStrings = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.every(isString));
const optionalList = (value: unknown, element: (x: unknown) => boolean): boolean => value === undefined || (Array.isArray(value) && value.every(element));

function isEntity(value: unknown): value is AnnotatedEntity {
  return isObject(value) && isString(value.type) && isString(value.name) && optionalStrings(value.aliases) && optionalStrings(value.alt_types);
}

function isRelation(value: unknown): value is AnnotatedRelation {
  return isObject(value) && isString(value.type) && isString(value.source) && isString(value.target);
}

/**
 * A document of the annotation format, checked as far as scoring reads it (entities with a type
 * and a name, relations with a type and both ends); anything else is an E_ANNOTATION naming the file.
 */
function annotatedDocument(value: unknown, file: string): AnnotatedDocument {
  if (!isObject(value) || !isString(value.doc) || !Array.isArray(value.items)) {
    throw new InputError('E_ANNOTATION', 'not an annotation document (a "doc" name and an "items" list)', { file });
  }
  const items: AnnotatedItem[] = [];
  for (const item of value.items) {
    if (!isObject(item) || !optionalList(item.entities, isEntity) || !optionalList(item.relations, isRelation)) {
      throw new InputError('E_ANNOTATION', `${value.doc}: an item's entities or relations are not in the annotation format`, { file });
    }
    items.push({
      item: String(item.item),
      title: isString(item.title) ? item.title : '',
      entities: Array.isArray(item.entities) ? item.entities.filter(isEntity) : [],
      relations: Array.isArray(item.relations) ? item.relations.filter(isRelation) : [],
    });
  }
  return { doc: value.doc, items };
}

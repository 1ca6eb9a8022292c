// Reads annotation files from disk: a folder of one JSON file per document, or one JSON file
// holding an array of documents (or `{ documents: [...] }`). I/O at the edge of evaluation.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { AnnotatedDocument } from './annotation.js';

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new InputError('E_ANNOTATION', `cannot read annotation file: ${(cause as Error).message}`, { file }, cause);
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
    for (const f of files) docs.push((await readJson(path.join(location, f))) as AnnotatedDocument);
    return docs;
  }
  const j = (await readJson(location)) as AnnotatedDocument[] | { documents?: AnnotatedDocument[] } | AnnotatedDocument;
  if (Array.isArray(j)) return j;
  if ('documents' in j && Array.isArray(j.documents)) return j.documents;
  return [j as AnnotatedDocument];
}

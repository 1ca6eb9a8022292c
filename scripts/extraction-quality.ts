// Measures extraction quality: runs ingest → extract → resolve → toAnnotation over a folder of
// texts, writes the annotation JSON, and prints our score against a gold folder.
// usage: npx tsx scripts/extraction-quality.ts [INPUT_DIR] [GOLD_DIR] [OUT_JSON] [--errors]

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { formatScoreTable, readGold, score, toAnnotation } from '../src/evaluate/index.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [input = 'fixtures', gold = '/work/shared/gold', out = '/tmp/crimegraph-extraction.json'] = args;
const files = (await readdir(input)).filter((f) => /\.(txt|md|html|pdf)$/.test(f)).sort();
const docs = [];
// as build and extract read them: PDFs, and one document per newsletter of a file
for (const f of files) docs.push(...(await parseInput(new Uint8Array(await readFile(path.join(input, f))), f)));
const corpus = resolveCorpus(docs, docs.flatMap(extractDocument));
const annotation = toAnnotation(corpus);
await writeFile(out, JSON.stringify(annotation, null, 2));
console.log(`wrote ${out}: ${corpus.entities.length} entities, ${corpus.relations.length} relations, ${corpus.mergeLog.length} merge log entries`);
console.log(formatScoreTable(score(await readGold(gold), annotation), { errors: process.argv.includes('--errors') }));

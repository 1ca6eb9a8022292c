import { readFile } from 'node:fs/promises';
import { parseInput } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';
const [file, pat] = process.argv.slice(2);
const docs = await parseInput(new Uint8Array(await readFile(file)), file.replace(/.*\//, ''));
for (const d of docs) for (const it of extractDocument(d)) {
  for (const e of it.entities) {
    const line = `${e.type}\t${e.name}\t[${e.aliases.join('|')}]\t${e.typeRule}\t` + e.mentions.map((m) => `${m.text}@${m.rule}`).join(' ; ');
    if (!pat || new RegExp(pat, 'i').test(line)) console.log(it.item, line);
  }
}

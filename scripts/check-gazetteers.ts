// Checks the domain lexicon and the open-data gazetteers (src/extract/data): each gazetteer
// names its source, licence and retrieval date, and no two entries clash. Prints one line per
// finding; exits 1 when there is a clash (a name in two types or two entries, an acronym shared
// by two bodies, a header missing), 0 when there are only warnings (stale files, common words).
// usage: npx tsx scripts/check-gazetteers.ts [--max-age-days N]   (npm run gazetteers:check)

import nlp from 'compromise';
import bodies from '../src/extract/data/bodies.json' with { type: 'json' };
import programmes from '../src/extract/data/programmes.json' with { type: 'json' };
import { gazetteers, lexiconKey } from '../src/extract/lexicon.js';
import firstNames from '../src/extract/data/gazetteers/first-names.json' with { type: 'json' };
import onsFirstNames from '../src/extract/data/gazetteers/first-names-ons.json' with { type: 'json' };
import parliamentFirstNames from '../src/extract/data/gazetteers/first-names-parliament.json' with { type: 'json' };
import places from '../src/extract/data/gazetteers/places.json' with { type: 'json' };
import officeAreas from '../src/extract/data/gazetteers/office-areas.json' with { type: 'json' };

const ageArg = process.argv.indexOf('--max-age-days');
const maxAgeDays = ageArg > 0 ? Number(process.argv[ageArg + 1]) : 365;

interface Row {
  file: string;
  type: string;
  name: string;
  forms: string[];
  acronyms: string[];
}
const rows: Row[] = [];
const add = (file: string, type: string, e: { name: string; variants?: string[]; acronyms?: string[] }) =>
  rows.push({ file, type, name: e.name, forms: [e.name, ...(e.variants ?? [])], acronyms: e.acronyms ?? [] });
for (const b of bodies) add('bodies.json', 'Body', b);
for (const p of programmes) add('programmes.json', 'Programme', p);

const errors: string[] = [];
const warnings: string[] = [];
for (const [file, g] of Object.entries(gazetteers)) {
  for (const field of ['source', 'licence', 'retrieved'] as const) if (!g[field]) errors.push(`${file}: no ${field} in the header`);
  const age = (Date.now() - Date.parse(g.retrieved)) / 86_400_000;
  if (age > maxAgeDays) warnings.push(`${file}: stale, retrieved ${g.retrieved} (${Math.round(age)} days ago)`);
  for (const e of g.entries) add(`gazetteers/${file}`, g.type, e);
}

// the first-name lists are names, not entries: each still says where it came from
for (const [file, g] of [
  ['first-names.json', firstNames],
  ['first-names-ons.json', onsFirstNames],
  ['first-names-parliament.json', parliamentFirstNames],
  ['places.json', places],
  ['office-areas.json', officeAreas],
] as const)
  for (const field of ['source', 'licence', 'retrieved'] as const) if (!g[field]) errors.push(`${file}: no ${field} in the header`);

// a name or variant in two entries, or in two types
const byKey = new Map<string, Row[]>();
for (const r of rows) for (const f of new Set(r.forms.map(lexiconKey))) byKey.set(f, [...(byKey.get(f) ?? []), r]);
for (const [key, rs] of byKey) {
  if (rs.length < 2) continue;
  const types = new Set(rs.map((r) => r.type));
  const where = rs.map((r) => `${r.type} "${r.name}" (${r.file})`).join(', ');
  errors.push(`${types.size > 1 ? 'same name in two types' : 'duplicate'}: "${key}" in ${where}`);
}

// a place that is also a known body or programme name (the place list only keeps a name from being read as a person)
for (const p of places.names) if (byKey.has(lexiconKey(p))) warnings.push(`place "${p}" (gazetteers/places.json) is also a known name`);

// an acronym that stands for two entries
const byAcronym = new Map<string, Row[]>();
for (const r of rows) for (const a of r.acronyms) byAcronym.set(a, [...(byAcronym.get(a) ?? []), r]);
for (const [a, rs] of byAcronym) if (rs.length > 1) errors.push(`acronym ${a} shared by ${rs.map((r) => `"${r.name}" (${r.file})`).join(', ')}`);

// a one-word name or acronym that is an ordinary English word: it is found wherever the word is written
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;
const common = (w: string) => {
  const tag = lexicon[w.toLowerCase()];
  return tag !== undefined && !/Name|Place|Organization|Acronym|Country|City|Region/.test(tag);
};
for (const r of rows) {
  for (const f of [...r.forms, ...r.acronyms]) if (!/\s/.test(f) && common(f)) warnings.push(`common word: "${f}" names ${r.type} "${r.name}" (${r.file})`);
}
// Acts: a title must end in a year, once
for (const [file, g] of Object.entries(gazetteers)) {
  if (g.type !== 'Act') continue;
  for (const e of g.entries) if (!/ (1[5-9]|20)\d\d$/.test(e.name)) errors.push(`${file}: Act "${e.name}" has no year`);
}

for (const e of errors) console.log(`error   ${e}`);
for (const w of warnings) console.log(`warning ${w}`);
console.log(`${rows.length} entries in ${2 + Object.keys(gazetteers).length} files: ${errors.length} errors, ${warnings.length} warnings`);
process.exitCode = errors.length > 0 ? 1 : 0;

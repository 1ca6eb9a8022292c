// Builds src/extract/data/gazetteers/govuk-organisations.json, the UK central government
// organisations that GOV.UK lists (departments, agencies, public bodies, courts and tribunals),
// from two public tabulations of the GOV.UK organisations API (www.gov.uk/api/organisations;
// Crown copyright, Open Government Licence v3.0):
//   - the 2017 GOV.UK list of openregister/government-organisation-data (lists/govuk/list.tsv,
//     tab-separated: id, abbreviation, type, slug, name, …), which keeps bodies since closed;
//   - a 2024 snapshot of the same API (CSV with title, format and a details column that holds the
//     abbreviation), for the bodies made since.
// Left out: names the hand-made lexicon or another gazetteer already knows (they win), offices
// (`… Commissioner`, `Chief Inspector of …`: the office rules read them), reviews, programmes and
// funds (not bodies), and acronyms that are short, ordinary words, or known for something else.
// usage: npx tsx scripts/build-govuk-organisations.ts LIST_2017.tsv SNAPSHOT_2024.csv > src/extract/data/gazetteers/govuk-organisations.json

import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { genericAcronyms, lexiconKey, lookupAcronym, lookupName, officeHeads } from '../src/extract/lexicon.js';

const [list2017, snapshot2024] = process.argv.slice(2);
if (!list2017 || !snapshot2024) {
  console.error('usage: build-govuk-organisations.ts LIST_2017.tsv SNAPSHOT_2024.csv');
  process.exit(2);
}

/** A minimal CSV reader: quoted fields, doubled quotes inside them, commas and new lines inside quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

interface Org {
  name: string;
  abbreviation: string;
  type: string;
}
const orgs = new Map<string, Org>();
const add = (o: Org) => {
  const name = o.name.replace(/\s+/g, ' ').trim();
  if (name) orgs.set(lexiconKey(name), { ...o, name, abbreviation: o.abbreviation.trim() });
};

const [head17, ...rows17] = readFileSync(list2017, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));
const col17 = (n: string) => head17!.indexOf(n);
for (const r of rows17) add({ name: r[col17('name')]!, abbreviation: r[col17('abbreviation')] ?? '', type: r[col17('government-organisation-type')]! });
const [head24, ...rows24] = readCsv(readFileSync(snapshot2024, 'utf8'));
const col24 = (n: string) => head24!.indexOf(n);
for (const r of rows24) {
  if (r.length < head24!.length) continue;
  const abbreviation = /'abbreviation': '([^']*)'/.exec(r[col24('details')]!)?.[1] ?? '';
  add({ name: r[col24('title')]!, abbreviation, type: r[col24('format')]! });
}

// an office is read by the office rules; a review, programme or fund is no body
const NOT_BODY = /\b(Review|Inquiry|Programme|Fund|Scheme|Project|Strategy|Initiative|Function|Profession|Awards?|Museum|Scholarships?)\b/;
// ordinary phrases for a kind of service or activity, whatever GOV.UK also calls by them
const GENERIC = new Set([
  'Civil Service',
  'Intelligence Analysis',
  'Employment Tribunal',
  'Government Chemist',
  'Pension Service',
  'Planning Service',
  'Probation Service',
  'Rent Service',
  'Roads Service',
  'Forest Service',
  'Competition Service',
  'Animal Health',
  'Regulatory Delivery',
  'Bona Vacantia',
  'Government Skills',
  'Equality 2025',
]);
const ACRONYM_TYPES =
  /^(Ministerial department|Non-ministerial department|Executive agency|Executive non-departmental public body|Public corporation|Devolved (administration|government))$/;
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;
const ordinaryWord = (w: string) => {
  const tag = lexicon[w.toLowerCase()];
  return tag !== undefined && !/Name|Place|Organization|Acronym|Country|City|Region/.test(tag);
};
/** The office words of a name: its first word (`Commissioner for …`) or the word before its first `of/for` or its end. */
function isOffice(name: string): boolean {
  const ws = name.split(' ').filter((w) => !/^(HM|Her|His|Majesty's|Majesty’s)$/.test(w));
  const cut = ws.findIndex((w) => /^(of|for|on)$/.test(w));
  const head = ws[(cut > 0 ? cut : ws.length) - 1]!.toLowerCase();
  if (/^ombudsman$/.test(head)) return false;
  return (
    officeHeads.has(head) ||
    officeHeads.has(ws[0]!.toLowerCase()) ||
    /^(Inspector|Registrar|Regulator|Reviewer|Coroner|Champion|Officers?)$/.test(ws[(cut > 0 ? cut : ws.length) - 1]!)
  );
}

// a known name whose GOV.UK abbreviation the lexicon lacks: reported, to be added to its entry by hand
for (const o of orgs.values()) {
  const known = lookupName(o.name);
  if (known && o.abbreviation && !known.acronyms.includes(o.abbreviation) && !lookupAcronym(o.abbreviation))
    console.error(`known without its abbreviation: ${o.name} (${o.abbreviation}) -> ${known.name}`);
}

const acronymsSeen = new Map<string, number>();
for (const o of orgs.values()) if (o.abbreviation) acronymsSeen.set(o.abbreviation, (acronymsSeen.get(o.abbreviation) ?? 0) + 1);

const entries: { name: string; acronyms: string[]; variants: string[]; kind: string }[] = [];
for (const o of [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  if (lookupName(o.name) || NOT_BODY.test(o.name) || isOffice(o.name) || /[()]/.test(o.name)) continue;
  if (GENERIC.has(o.name) || /\b(List|profession|ports)$/.test(o.name)) continue;
  // one word names a body only when no other reading is likely: `VisitBritain`, `S4C`, `Cafcass`, not `Tate` (a surname)
  if (!/\s/.test(o.name) && !/.\p{Lu}|\d/u.test(o.name) && o.name.toLowerCase() in lexicon) continue;
  const a = o.abbreviation;
  const keepAcronym =
    a !== '' &&
    a !== o.name &&
    ACRONYM_TYPES.test(o.type) &&
    /^[A-Za-z&]+$/.test(a) &&
    (a.length >= 3 || /[a-z]/.test(a)) &&
    acronymsSeen.get(a) === 1 &&
    !lookupAcronym(a) &&
    !lookupName(a) &&
    !genericAcronyms.has(a) &&
    !ordinaryWord(a);
  entries.push({ name: o.name, acronyms: keepAcronym ? [a] : [], variants: [], kind: o.type.toLowerCase() });
}
// an acronym written as a name elsewhere (`Acas`) stays the name only
const names = new Set(entries.map((e) => lexiconKey(e.name)));
for (const e of entries) e.acronyms = e.acronyms.filter((a) => !names.has(lexiconKey(a)));

const gazetteer = {
  source:
    'GOV.UK organisations API (https://www.gov.uk/api/organisations): the 2017 list tabulated in github.com/openregister/government-organisation-data (lists/govuk/list.tsv at 3e8ff47) and a 2024 snapshot tabulated in github.com/tobylivesey/uk-gov-mapper (scripts/data.csv at 5d567e5); built by scripts/build-govuk-organisations.ts, which leaves out names the other lexicon files know, offices, reviews, programmes and funds',
  licence: 'Crown copyright, Open Government Licence v3.0 (organisation names and abbreviations as GOV.UK publishes them)',
  retrieved: '2026-12-07',
  type: 'Body',
  entries,
};
process.stdout.write(`${JSON.stringify(gazetteer, null, 1)}\n`);

// Groups the mentions of one item into entities: a name with its acronyms, short forms
// (`the College`), surnames and variants; and lays out each sentence as an ordered list of
// references that the relation rules read.

import type { EntityType, ItemEntity, Mention } from '../types.js';
import { lookupName, regionNames, type LexiconEntry } from '../lexicon.js';
import type { SentenceAnalysis, SentenceMention } from './sentence-mentions.js';
import { headOf, nameKey, oneWordInserted } from './name-key.js';
import { yearReferenceKey } from '../rules/entities/year-act-reference.js';
import { billActPairs } from '../rules/entities/bill-becomes-act.js';

/** An entity of the item while it is being assembled. */
export interface Group {
  type: EntityType;
  forms: string[];
  aliasRules: Map<string, string>;
  mentions: Mention[];
  lexicon?: LexiconEntry;
  acronym?: string;
  /** Keys of the full (not short) forms, for variant matching. */
  keys: Set<string>;
  firstSentence: number;
  merged?: Group;
}

/** One thing a sentence refers to, in text order: an entity, a role title, or an unknown name. */
export interface Ref {
  from: number;
  to: number;
  kind: 'entity' | 'role' | 'blocker';
  group?: Group;
  role?: string;
  mention?: SentenceMention;
  /** Set for references made by a short form (`the Academy`). */
  short?: boolean;
}

/** How an acronym defined anywhere in the document expands. */
export interface AcronymDefinition {
  type: EntityType;
  name: string;
  lexicon?: LexiconEntry;
}

const looseKey = (s: string) =>
  nameKey(s)
    .split(' ')
    .map((w) => w.replace(/s$/, ''))
    .join(' ');

export function live(g: Group): Group {
  let x = g;
  while (x.merged) x = x.merged;
  return x;
}

export class ItemEntities {
  readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private readonly byMention = new Map<string, Group>();
  /** Acronyms used alone that neither the document nor the lexicon expands. */
  readonly unresolved = new Map<string, Omit<Mention, 'type'>[]>();

  constructor(private readonly acronyms: Map<string, AcronymDefinition>) {}

  /** A mention with the text its offsets cover in the source (quotes and lower-case heads included). */
  private mentionOf(m: SentenceMention, a: SentenceAnalysis, type: EntityType | 'Role'): Mention {
    const ts = a.sentence.tokens;
    let text = ts[m.from]!.text;
    for (let k = m.from + 1; k <= m.to; k++) text += ts[k - 1]!.post + ts[k]!.pre + ts[k]!.text;
    return { type, text, start: m.start, end: m.end, sentence: a.index, ...(m.rule ? { rule: m.rule } : {}) };
  }

  private group(type: EntityType, name: string, lexicon: LexiconEntry | undefined, sentence: number): Group {
    const key = lexicon ? `lex:${lexicon.name}` : `${type}:${nameKey(name)}`;
    let g = this.byKey.get(key);
    if (!g) {
      g = { type, forms: [], aliasRules: new Map(), mentions: [], lexicon, keys: new Set(), firstSentence: sentence };
      this.byKey.set(key, g);
      this.groups.push(g);
    }
    return live(g);
  }

  private addForm(g: Group, form: string, rule: string | undefined): void {
    if (!g.forms.includes(form)) g.forms.push(form);
    if (rule) {
      if (!g.aliasRules.has(form)) g.aliasRules.set(form, rule);
    } else g.keys.add(looseKey(form));
  }

  groupOfMention(s: number, k: number): Group | undefined {
    const g = this.byMention.get(`${s}:${k}`);
    return g && live(g);
  }

  /** Enter the names of one sentence. */
  addSentence(a: SentenceAnalysis): void {
    a.mentions.forEach((m, k) => {
      if (m.type === 'Role') return;
      let g: Group | undefined;
      if (m.aliasOf !== undefined) {
        g = this.groupOfMention(a.index, m.aliasOf);
        const before = a.mentions[m.aliasOf];
        const rule =
          m.type === 'Acronym' || /^[A-Z0-9&]+$/.test(m.name) ? 'acronym-defined' : before && before.to < m.from - 2 ? 'also-known-as' : 'apposition';
        if (g) this.addForm(g, m.name, rule);
      } else if (m.type === 'Acronym') {
        const def = this.acronyms.get(m.name);
        if (def) {
          g = this.group(def.type, def.name, def.lexicon, a.index);
          this.addForm(g, m.name, 'acronym-defined');
        } else if (m.bodyIfUndefined) {
          // "the PIB said": an acronym used as a body's name, defined nowhere
          g = this.group('Body', m.name, undefined, a.index);
          this.addForm(g, m.name, undefined);
          g.mentions.push({ ...this.mentionOf(m, a, 'Body'), rule: 'acronym-after-the' });
          this.byMention.set(`${a.index}:${k}`, g);
          return;
        } else {
          const used = this.unresolved.get(m.name) ?? [];
          used.push({ text: m.name, start: m.start, end: m.end, sentence: a.index });
          this.unresolved.set(m.name, used);
        }
      } else if (m.lexicon && m.lexicon.acronyms.includes(m.name) && this.acronyms.has(m.name) && this.acronyms.get(m.name)!.lexicon !== m.lexicon) {
        // "Chief Constables' Council (CCC) … open up CCC": the document's own definition wins over the lexicon's
        const def = this.acronyms.get(m.name)!;
        g = this.group(def.type, def.name, def.lexicon, a.index);
        this.addForm(g, m.name, 'acronym-defined');
      } else {
        g = this.group(m.type, m.name, m.lexicon, a.index);
        const isAcr = m.lexicon && m.lexicon.acronyms.includes(m.name);
        this.addForm(g, m.name, isAcr ? 'acronym-known' : undefined);
        if (m.bareName) this.addForm(g, m.bareName, 'bare-name');
        if (m.writtenForm) this.addForm(g, m.writtenForm, 'written-inverted');
        if (m.acronym) {
          g.acronym = m.acronym;
          this.addForm(g, m.acronym, 'acronym-defined');
        }
      }
      if (!g) return;
      g.mentions.push(this.mentionOf(m, a, g.type));
      this.byMention.set(`${a.index}:${k}`, g);
    });
  }

  /** Join groups that are variants of one name: plurals, `X` and `X initiative`, a longer form of the name. */
  mergeVariants(): void {
    const gs = this.groups.filter((g) => !g.merged);
    // every variant rule keeps the last word, so only groups sharing one are compared
    const lastWords = (g: Group) =>
      new Set([...g.keys, ...[...g.aliasRules].filter(([, r]) => r === 'bare-name').map(([f]) => looseKey(f))].map((k) => k.slice(k.lastIndexOf(' ') + 1)));
    const byLast = new Map<string, number[]>();
    gs.forEach((g, j) => {
      for (const w of lastWords(g)) {
        const list = byLast.get(w);
        if (list) list.push(j);
        else byLast.set(w, [j]);
      }
    });
    for (let i = 0; i < gs.length; i++) {
      const near = [...new Set([...lastWords(gs[i]!)].flatMap((w) => byLast.get(w) ?? []))].sort((x, y) => x - y);
      for (const j of near) {
        const a = live(gs[i]!),
          b = live(gs[j]!);
        if (a === b || a.type !== b.type || a.type === 'Person' || (a.lexicon && b.lexicon)) continue;
        const rule = variantRule(a, b);
        if (!rule) continue;
        a.merged = b;
        for (const f of a.forms) this.addForm(b, f, a.aliasRules.get(f) ?? (b.keys.has(looseKey(f)) ? undefined : rule));
        b.mentions.push(...a.mentions);
        // "Prevent" joined to "the Prevent duty" by its bare name does not make the duty the known Prevent
        if (rule !== 'bare-name') b.lexicon ??= a.lexicon;
        b.acronym ??= a.acronym;
        b.firstSentence = Math.min(a.firstSentence, b.firstSentence);
      }
    }
  }

  /**
   * A name and its longer form in one item, where the longer form only adds where or when:
   * `Policing Board` and `Northern Ireland Policing Board`, `Crime Survey` and `Crime Survey for
   * England and Wales`, `Police Act` and `Police Act 1964` or `1989 Children Act`. The shorter
   * form joins the longer one when exactly one longer form in the item reduces to it.
   */
  mergeReducedForms(): void {
    const gs = this.groups.filter((g) => !g.merged && g.type !== 'Person');
    const byReduced = new Map<string, Group[]>();
    // "the 1919 Act" is also a reduced form of the item's Act of 1919
    for (const g of gs)
      for (const k of g.keys)
        for (const r of [reducedKey(k), g.type === 'Act' ? yearReferenceKey(k) : undefined]) {
          if (r === undefined || r === k || r === '') continue;
          const list = byReduced.get(`${g.type}:${r}`) ?? [];
          if (!list.includes(g)) list.push(g);
          byReduced.set(`${g.type}:${r}`, list);
        }
    for (const g of gs) {
      if (g.merged) continue;
      const longer = [...new Set([...g.keys].flatMap((k) => byReduced.get(`${g.type}:${k}`) ?? []).map(live))].filter((b) => b !== g);
      if (longer.length !== 1) continue;
      const b = longer[0]!;
      if (g.lexicon && b.lexicon && g.lexicon !== b.lexicon) continue;
      g.merged = b;
      for (const f of g.forms) this.addForm(b, f, g.aliasRules.get(f) ?? 'reduced-form');
      b.mentions.push(...g.mentions);
      b.lexicon ??= g.lexicon;
      b.acronym ??= g.acronym;
      b.firstSentence = Math.min(g.firstSentence, b.firstSentence);
    }
  }

  /** `Crime and Courts Bill` and `Crime and Courts Act` in one item: the Bill became the Act (rules/entities/bill-becomes-act.ts). */
  mergeBillsIntoActs(): void {
    const acts = this.groups.filter((g) => !g.merged && g.type === 'Act');
    for (const [i, j] of billActPairs(acts.map((g) => g.keys))) {
      const g = live(acts[i]!),
        b = live(acts[j]!);
      if (g === b) continue;
      g.merged = b;
      for (const f of g.forms) this.addForm(b, f, g.aliasRules.get(f) ?? 'bill-becomes-act');
      b.mentions.push(...g.mentions);
      b.firstSentence = Math.min(g.firstSentence, b.firstSentence);
    }
  }

  /** `Mr Marshall` (or the peer `Lord Herbert of South Downs`) and `Alex Marshall` (`Nick Herbert`) in one item: a title and a surname is the person of that surname. */
  mergeSurnames(): void {
    const people = this.groups.filter((g) => !g.merged && g.type === 'Person');
    // "Lord Herbert of South Downs": a peer's title is the surname and a territorial designation after `of`
    const surnameOf = (f: string) => (f.includes(' ') ? /^(\p{Lu}[\p{L}'’-]+) of \p{Lu}[\p{L}'’ -]*$/u.exec(f)?.[1] : f);
    for (const g of people) {
      const surnames = new Set(g.forms.map(surnameOf));
      if (surnames.size !== 1 || surnames.has(undefined)) continue;
      const word = [...surnames][0]!;
      let full = people.filter((p) => p !== g && !p.merged && p.forms.some((f) => f.includes(' ') && f.split(' ').pop() === word));
      // "Sir Tom" for Sir Tom Winsor: a knight or dame is named by the first name
      if (full.length === 0) full = people.filter((p) => p !== g && !p.merged && p.forms.some((f) => f.includes(' ') && f.split(' ')[0] === word));
      if (full.length !== 1) continue;
      const p = full[0]!;
      g.merged = p;
      for (const f of g.forms) this.addForm(p, f, 'surname');
      p.mentions.push(...g.mentions);
      p.firstSentence = Math.min(p.firstSentence, g.firstSentence);
    }
  }

  /** Surnames alone (`Savile`) and short forms (`the College`, `the bill`). */
  resolveShortForms(a: SentenceAnalysis): Ref[] {
    const refs: Ref[] = [];
    const live_ = this.groups.filter((g) => !g.merged);
    for (const s of a.singles) {
      const p = live_.find((g) => g.type === 'Person' && g.forms.some((f) => f.split(' ').length > 1 && f.split(' ').pop() === s.word));
      if (!p) continue;
      this.addForm(p, s.word, 'surname');
      const tok = a.sentence.tokens[s.from]!;
      p.mentions.push({ type: 'Person', text: tok.text, start: tok.start, end: tok.end, sentence: a.index });
      refs.push({ from: s.from, to: s.from, kind: 'entity', group: p, short: true });
    }
    for (const sf of a.shortForms) {
      // a full name, or the written form with its lower-case head ("the Cyber Streetwise campaign"), ends in the head
      const fits = live_.filter(
        (g) =>
          (g.type !== 'Person' && g.forms.some((f) => (!g.aliasRules.has(f) || g.aliasRules.get(f) === 'bare-name') && headOf(f) === sf.head)) ||
          (g.lexicon && g.lexicon.kind.split(' ').includes(sf.head) && g.type === 'Body'),
      );
      if (fits.length === 0) continue;
      // the nearest name given before the short form; else the only one in the item
      const before = fits.filter((g) => g.firstSentence <= a.index);
      const pick =
        before.length > 0 ? before.reduce((x, y) => (lastMention(y, a.index) > lastMention(x, a.index) ? y : x)) : fits.length === 1 ? fits[0]! : undefined;
      if (!pick) continue;
      this.addForm(pick, sf.text, 'short-form');
      const ts = a.sentence.tokens;
      let written = ts[sf.from]!.text;
      for (let k = sf.from + 1; k <= sf.to; k++) written += ts[k - 1]!.post + ts[k]!.pre + ts[k]!.text;
      pick.mentions.push({ type: pick.type, text: written, start: ts[sf.from]!.start, end: ts[sf.to]!.end, sentence: a.index });
      refs.push({ from: sf.from, to: sf.to, kind: 'entity', group: pick, short: true });
    }
    return refs;
  }

  /** The sentence as ordered references for the relation rules. */
  refs(a: SentenceAnalysis, shortRefs: Ref[]): Ref[] {
    const refs: Ref[] = [...shortRefs];
    a.mentions.forEach((m, k) => {
      if (m.type === 'Role') {
        refs.push({ from: m.from, to: m.to, kind: 'role', role: m.name, mention: m });
        return;
      }
      const g = this.groupOfMention(a.index, k);
      if (g) refs.push({ from: m.from, to: m.to, kind: 'entity', group: g, mention: m });
    });
    for (const b of a.blockers) refs.push({ from: b.from, to: b.to, kind: 'blocker' });
    return refs.sort((x, y) => x.from - y.from || y.to - x.to);
  }

  /** The item's entities, each named by its fullest form. */
  /** The item entity each live group became, filled by `entities()`. */
  readonly entityOf = new Map<Group, ItemEntity>();

  entities(): ItemEntity[] {
    return this.groups
      .filter((g) => !g.merged && g.mentions.length > 0)
      .map((g) => {
        const full = g.forms.filter((f) => !g.aliasRules.has(f) || /^(variant|suffix-variant|inserted-word|apposition)$/.test(g.aliasRules.get(f)!));
        const name = (full.length > 0 ? full : g.forms).reduce((x, y) => (y.length > x.length ? y : x));
        const aliases = g.forms.filter((f) => f !== name);
        const e: ItemEntity = { type: g.type, name, aliases, mentions: g.mentions.sort((x, y) => x.start - y.start) };
        const typed = g.mentions.find((m) => m.rule);
        if (typed) e.typeRule = typed.rule;
        if (g.lexicon) e.known = g.lexicon.name;
        if (g.aliasRules.size > 0) e.aliasRules = Object.fromEntries([...g.aliasRules].filter(([f]) => f !== name));
        if (g.type === 'Body' && (g.acronym ?? g.lexicon?.acronyms[0])) e.acronym = g.acronym ?? g.lexicon!.acronyms[0];
        if (g.type === 'Act') {
          const kind = /\b(Acts?|Bill|Regulations?|Order|Codes? of Practice|Directive|Rules|Convention)\b/i.exec(name);
          if (kind) e.kind = kind[1]!.replace(/^./, (c) => c.toUpperCase());
          const year = /\b(1[89]\d\d|20\d\d)\b/.exec(name);
          if (year) e.year = Number(year[1]);
        }
        this.entityOf.set(g, e);
        return e;
      });
  }
}

const regionKeys = [...regionNames].map(looseKey).sort((a, b) => b.length - a.length);

/** A name's key without the place or year that only locates it: a region before or after (`for`/`of`/`in`), a year at either end. */
function reducedKey(k: string): string {
  let r = k.replace(/^(1[89]|20)\d\d /, '').replace(/ (1[89]|20)\d\d$/, '');
  for (const region of regionKeys) {
    if (r.startsWith(`${region} `)) r = r.slice(region.length + 1);
    for (const p of ['for', 'of', 'in']) if (r.endsWith(` ${p} ${region}`)) r = r.slice(0, -(p.length + region.length + 2));
  }
  return r.includes(' ') ? r : '';
}

/** Why `a` is another form of `b`, if it is. */
function variantRule(a: Group, b: Group): string | undefined {
  const bare = [...b.aliasRules].filter(([, r]) => r === 'bare-name').map(([f]) => looseKey(f));
  if ([...a.keys].some((k) => b.keys.has(k))) return 'variant';
  if ([...a.keys].some((k) => bare.includes(k))) return 'bare-name';
  for (const k of a.keys) {
    const words = k.split(' ');
    for (const kb of b.keys) {
      // "Academy for Police Leaders" in an item about the "Early Intervention Academy for Police Leaders";
      // "FGM campaign" beside the "Home Office FGM campaign" (a known body plus the shorter name)
      if (kb.length > k.length && kb.endsWith(` ${k}`) && (words.length >= 3 || lookupName(kb.slice(0, -k.length - 1)))) return 'suffix-variant';
      // "… Young People Fund" and "… Young People Grant Fund"
      if (oneWordInserted(words, kb.split(' '))) return 'inserted-word';
    }
  }
  return undefined;
}

function lastMention(g: Group, before: number): number {
  let best = -1;
  for (const m of g.mentions) if (m.sentence <= before && m.start > best) best = m.start;
  return best;
}

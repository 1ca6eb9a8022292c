// Extraction of one document: each item's title and sentences are tokenized once, names are
// found and grouped into the item's entities, and relations are read with their sentence.

import { sourceOffset } from '../ingest/index.js';
import type { OffsetMap } from '../ingest/index.js';
import type { Document, Item } from '../ingest/types.js';
import type { ExtractOptions, ItemExtraction, ItemRelation } from './types.js';
import { tokenizeText, type TokenSentence } from './nlp.js';
import { analyseSentence, type SentenceAnalysis } from './internal/sentence-mentions.js';
import { ItemEntities, live, type AcronymDefinition, type Group } from './internal/item-entities.js';
import { sentenceRelations, type ItemFocus, type RawRelation, REDUNDANT_TITLE } from './rules/relations/index.js';
import { redundantTitle } from './rules/relations/redundant-title.js';
import { speakerIn } from './rules/relations/speaker.js';
import { lookupAcronym } from './lexicon.js';

interface AnalysedItem {
  item: Item;
  /** Item text with the title in front, and the file offset of each part. */
  analyses: SentenceAnalysis[];
  sentences: TokenSentence[];
  cut: (start: number, end: number) => string;
}

function analyseItem(item: Item, disabled?: ReadonlySet<string>): AnalysedItem {
  // The title is sentence 0. When ingest could not place it in the file, its offsets are
  // relative to a negative base, so they can never be taken for a place in the file.
  const titleBase = item.titleOffset ?? -1 - item.title.length;
  const titleSentences = tokenizeText(item.title, titleBase);
  const title: TokenSentence =
    titleSentences.length <= 1
      ? (titleSentences[0] ?? { text: '', start: titleBase, end: titleBase, tokens: [] })
      : {
          text: item.title,
          start: titleBase,
          end: titleBase + item.title.length,
          tokens: titleSentences.flatMap((s) => s.tokens),
        };
  const body = tokenizeText(item.text, item.offset);
  const sentences = [title, ...body];
  const cut = (start: number, end: number) =>
    (start >= item.offset ? item.text.slice(start - item.offset, end - item.offset) : item.title.slice(start - titleBase, end - titleBase)).replace(
      /\s+/g,
      ' ',
    );
  const analyses = sentences.map((s, i) =>
    i === 0 ? analyseSentence(s, 0, item.title, titleBase, disabled) : analyseSentence(s, i, item.text, item.offset, disabled),
  );
  return { item, analyses, sentences, cut };
}

/** Acronyms the document defines in brackets, so a later item can use them alone. */
function documentAcronyms(items: AnalysedItem[]): Map<string, AcronymDefinition> {
  const defs = new Map<string, AcronymDefinition>();
  for (const it of items)
    for (const a of it.analyses)
      for (const m of a.mentions) {
        if (m.acronym && m.type !== 'Role' && m.type !== 'Acronym' && !defs.has(m.acronym))
          defs.set(m.acronym, { type: m.type, name: m.name, lexicon: m.lexicon });
      }
  // an acronym typed where it is described ("IDIOM is a national IT system") names the same thing elsewhere
  for (const it of items)
    for (const a of it.analyses)
      for (const m of a.mentions) {
        if (m.type !== 'Role' && m.type !== 'Acronym' && m.type !== 'Person' && !m.lexicon && /^[A-Z][A-Z0-9&]+$/.test(m.name) && !defs.has(m.name))
          defs.set(m.name, { type: m.type, name: m.name });
      }
  return defs;
}

/**
 * The gender a person's mention shows: an honorific before the name (`Mr`, `Dame`), else the first
 * name as compromise's lexicon knows it (`FemaleName`, `MaleName`). Undefined when neither tells.
 */
function genderOf(tokens: TokenSentence['tokens'], extentFrom: number, from: number): 'm' | 'f' | undefined {
  for (let k = extentFrom; k < from; k++) {
    const w = tokens[k]!.text.replace(/\.$/, '');
    if (/^(Mr|Sir|Lord|Baron)$/.test(w)) return 'm';
    if (/^(Mrs|Ms|Miss|Dame|Lady|Baroness)$/.test(w)) return 'f';
  }
  const first = tokens[from];
  if (first?.tags.has('FemaleName') && !first.tags.has('MaleName')) return 'f';
  if (first?.tags.has('MaleName') && !first.tags.has('FemaleName')) return 'm';
  return undefined;
}

function extractItem(documentId: string, it: AnalysedItem, acronyms: Map<string, AcronymDefinition>, disabled: ReadonlySet<string>): ItemExtraction {
  const entities = new ItemEntities(acronyms);
  for (const a of it.analyses) entities.addSentence(a);
  entities.mergeVariants();
  entities.mergeReducedForms();
  if (!disabled.has('bill-becomes-act')) entities.mergeBillsIntoActs();
  entities.mergeSurnames();
  const itemId = `${documentId}#${it.item.number}`;
  const raw: { rel: RawRelation; sentence: number }[] = [];
  const roles = new Set<string>();
  const focus: ItemFocus = {};
  for (const a of it.analyses) {
    const shortRefs = entities.resolveShortForms(a);
    const refs = entities.refs(a, shortRefs);
    // a programme named for the first time after "a new programme" was announced belongs to its announcers
    const pending = focus.pendingAgents;
    const noun = focus.pendingNoun ?? '';
    focus.pendingAgents = undefined;
    const rels = sentenceRelations(a, refs, focus, it.cut, disabled);
    // the programme must be named here for the first time, and carry the announced noun unless that noun is generic
    const named =
      pending &&
      refs.find(
        (r) =>
          r.group &&
          live(r.group).type === 'Programme' &&
          !r.short &&
          firstInText(live(r.group)) === a.index &&
          (/^(initiative|project)$/.test(noun) || live(r.group).forms.some((f) => f.toLowerCase().split(/\s+/).includes(noun))),
      );
    if (pending && named) for (const g of pending) rels.push({ type: 'LEADS', source: g, target: named.group!, rule: 'announced-programme' });
    else if (pending && !focus.pendingAgents) {
      focus.pendingAgents = pending;
      focus.pendingNoun = noun;
    }
    for (const rel of rels) raw.push({ rel, sentence: a.index });
    const amended = new Set(rels.filter((r) => r.type === 'AMENDS').map((r) => live(r.target as Group)));
    const lastPerson = [...refs].reverse().find((r) => r.group && live(r.group).type === 'Person' && !r.short);
    if (lastPerson) focus.person = live(lastPerson.group!);
    // people named so far, the latest first, with the gender their first name or honorific shows, for `he`/`she`
    for (const r of refs) {
      const g = r.group && live(r.group);
      if (!g || g.type !== 'Person' || r.short) continue;
      focus.people = [g, ...(focus.people ?? []).filter((p) => p !== g)];
      const gender = genderOf(a.sentence.tokens, r.mention?.extentFrom ?? r.from, r.from);
      if (gender) (focus.genders ??= new Map()).set(g, gender);
    }
    const speaker = speakerIn(refs, a.sentence.tokens);
    if (speaker) focus.speaker = live(speaker);
    const firstBody = refs.find((r) => r.group && live(r.group).type === 'Body');
    focus.body = firstBody?.group && live(firstBody.group);
    // bodies named so far, the latest first, for "the force" in a later sentence
    for (const r of refs)
      if (r.group && live(r.group).type === 'Body' && !r.short) focus.bodies = [live(r.group), ...(focus.bodies ?? []).filter((g) => g !== live(r.group!))];
    for (const r of refs) {
      const g = r.group && live(r.group);
      if (!g) continue;
      if (g.type === 'Act' && !amended.has(g)) focus.act = g;
      if (g.type === 'Act') focus.firstAct ??= g;
      if (g.type === 'Programme') focus.programme = g;
      if (g.type === 'Programme' && !r.short) focus.programmes = [g, ...(focus.programmes ?? []).filter((p) => p !== g)];
    }
  }
  resolveOfficeAgents(raw);
  const list = entities.entities();
  const nameOf = new Map<Group, string>();
  for (const g of entities.groups) {
    const e = entities.entityOf.get(live(g));
    if (e) nameOf.set(g, e.name);
  }
  const relations: ItemRelation[] = [];
  const seen = new Set<string>();
  // the titles each person holds in the item, for a shorter form that only repeats one (`CC`, `the chief`)
  const held = new Map<string, string[]>();
  for (const { rel } of raw)
    if (rel.type === 'HOLDS_ROLE' && typeof rel.target === 'string' && nameOf.has(rel.source))
      held.set(nameOf.get(rel.source)!, [...(held.get(nameOf.get(rel.source)!) ?? []), rel.target]);
  for (const { rel, sentence } of raw) {
    const source = nameOf.get(rel.source);
    const target = typeof rel.target === 'string' ? rel.target : nameOf.get(rel.target);
    if (!source || !target || (source === target && typeof rel.target !== 'string')) continue;
    if (rel.type === 'HOLDS_ROLE' && !disabled.has(REDUNDANT_TITLE) && redundantTitle(target, held.get(source) ?? [])) continue;
    if (rel.type === 'HOLDS_ROLE') roles.add(target);
    const key = `${rel.type}|${source}|${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = it.sentences[sentence]!;
    const r: ItemRelation = { type: rel.type, source, target, evidence: { item: itemId, sentence: s.text, start: s.start, end: s.end } };
    if (rel.role) r.role = rel.role;
    r.rule = rel.rule;
    relations.push(r);
  }
  for (const e of list)
    if (e.type === 'Body' && !e.acronym) {
      const a = e.aliases.find((x) => lookupAcronym(x));
      if (a) e.acronym = a;
    }
  return {
    documentId,
    item: it.item.number,
    title: it.item.title,
    entities: list,
    roles: [...roles].sort(),
    relations,
    ...(entities.unresolved.size > 0 ? { acronymsUsed: [...entities.unresolved].map(([acronym, mentions]) => ({ acronym, mentions })) } : {}),
    sentences: it.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end })),
  };
}

/**
 * An extraction function with some rules switched off: `docs.flatMap(extractor({ disabledRules:
 * ['possessive'] }))`. Pure, like `extractDocument`.
 */
export function extractor(options: ExtractOptions = {}): (doc: Document) => ItemExtraction[] {
  const disabled: ReadonlySet<string> = new Set(options.disabledRules ?? []);
  return (doc) => {
    const items = doc.items.map((item) => analyseItem(item, disabled));
    const acronyms = documentAcronyms(items);
    const found = items.map((it) => extractItem(doc.id, it, acronyms, disabled));
    const map = doc.sourceMap;
    return map === undefined ? found : found.map((x) => inSource(x, map));
  };
}

/**
 * Extract the entities, role titles and relations of every item of a document.
 * Pure: the same document always gives the same extraction.
 * @example extractDocument(parseDocument(bytes, 'news.txt'))[0].entities
 */
export const extractDocument: (doc: Document) => ItemExtraction[] = extractor();

/**
 * Item offsets are offsets in the document's normalised text (NFC, invisible characters out);
 * every offset extraction reports is one in the decoded source, so it is mapped back here.
 */
function inSource(x: ItemExtraction, map: OffsetMap): ItemExtraction {
  const span = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: sourceOffset(map, s.start, 'start'),
    end: sourceOffset(map, s.end, 'end'),
  });
  return {
    ...x,
    entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) })),
    relations: x.relations.map((r) => ({ ...r, evidence: span(r.evidence) })),
    ...(x.acronymsUsed ? { acronymsUsed: x.acronymsUsed.map((a) => ({ ...a, mentions: a.mentions.map(span) })) } : {}),
    sentences: x.sentences.map(span),
  };
}

/**
 * A relation whose agent is an office ("The Home Secretary launched …") holds for the one person
 * the item gives that office (HOLDS_ROLE read anywhere in it, before or after); with none or
 * several, it is dropped.
 */
function resolveOfficeAgents(raw: { rel: RawRelation; sentence: number }[]): void {
  const key = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const holders = new Map<string, Set<Group>>();
  for (const { rel } of raw)
    if (rel.type === 'HOLDS_ROLE' && typeof rel.target === 'string' && !rel.office) {
      const k = key(rel.target);
      holders.set(k, (holders.get(k) ?? new Set()).add(live(rel.source)));
    }
  for (let i = raw.length - 1; i >= 0; i--) {
    const { rel } = raw[i]!;
    if (rel.office === undefined) continue;
    const people = holders.get(key(rel.office));
    if (people && people.size === 1) raw[i] = { ...raw[i]!, rel: { ...rel, source: [...people][0]!, office: undefined } };
    else raw.splice(i, 1);
  }
}

/** The first sentence after the title (sentence 0) that names the entity: the title only restates the item. */
function firstInText(g: Group): number {
  let first = Infinity;
  for (const m of g.mentions) if (m.sentence > 0 && m.sentence < first) first = m.sentence;
  return first;
}

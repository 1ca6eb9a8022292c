// Explains a score item by item: every entity found with the rule that typed it, every relation
// found with the rule that read it and its sentence, and for each error (FP/FN) a short reason
// read off the gold and system annotations. The verdicts are the scorer's, so the explanation
// always agrees with the table.

import type { ResolvedCorpus } from '../resolve/types.js';
import type { ItemEntity, ItemExtraction } from '../extract/types.js';
import type { AnnotatedDocument, AnnotatedEntity, AnnotatedItem, AnnotatedRelation } from './annotation.js';
import { normaliseName, type Score } from './score.js';
import { toAnnotation } from './to-annotation.js';

export type Verdict = 'ok' | 'FP' | 'FN';

export interface ExplainedEntity {
  verdict: Verdict;
  type: string;
  name: string;
  /** The rule that typed it, where extraction records one. */
  rule?: string;
  reason?: string;
}

export interface ExplainedRelation {
  verdict: Verdict;
  type: string;
  source: string;
  target: string;
  role?: string;
  /** The relation rule that read it (found relations only). */
  rule?: string;
  /** The sentence it was read from (found relations only). */
  evidence?: string;
  reason?: string;
}

export interface ExplainedItem {
  doc: string;
  item: string;
  title: string;
  entities: ExplainedEntity[];
  relations: ExplainedRelation[];
}

const baseName = (doc: string) => doc.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
const namesOf = (e: AnnotatedEntity) => new Set([e.name, ...(e.aliases ?? [])].map(normaliseName).filter(Boolean));
const relKey = (type: string, name: string) => `${type}|${name}`;

/** The rule that typed an entity, when extraction records one. */
const typeRuleOf = (e: ItemEntity | undefined): string | undefined => e?.typeRule;

/** The entity of a list that goes by this name, if any. */
function named(list: AnnotatedEntity[], name: string): AnnotatedEntity | undefined {
  const n = normaliseName(name);
  return list.find((e) => namesOf(e).has(n));
}

/** An entity whose name holds the other's, or is held by it: a longer or shorter reading of the same name. */
function overlapping(list: AnnotatedEntity[], name: string): AnnotatedEntity | undefined {
  const n = normaliseName(name);
  if (n.length < 3) return undefined;
  return list.find((e) => [...namesOf(e)].some((x) => x.length >= 3 && x !== n && (x.includes(n) || n.includes(x))));
}

function entityFnReason(g: AnnotatedEntity, sys: AnnotatedEntity[], rules: Map<string, string | undefined>): string {
  const same = named(sys, g.name);
  if (same) return `found, but typed ${same.type}${rules.get(same.name) ? ` (by ${rules.get(same.name)})` : ''}`;
  const part = overlapping(sys, g.name);
  if (part) return `found only as ${part.type} '${part.name}'`;
  return 'not found under any of its names';
}

function entityFpReason(s: AnnotatedEntity, gold: AnnotatedEntity[]): string {
  const same = gold.find((g) => [...namesOf(s)].some((n) => namesOf(g).has(n)));
  if (same && same.type === s.type) return `a second entity for gold's '${same.name}' (names not joined)`;
  if (same) return `gold types it ${same.type}`;
  const part = overlapping(gold, s.name);
  if (part) return `gold has ${part.type} '${part.name}'`;
  return 'not a gold entity';
}

function relationFnReason(g: AnnotatedRelation, sysEntities: AnnotatedEntity[], sysRels: ExplainedRelation[], x: ItemExtraction | undefined): string {
  const missing: string[] = [];
  if (!named(sysEntities, g.source)) missing.push(`source '${g.source}'`);
  if (g.type !== 'HOLDS_ROLE' && !named(sysEntities, g.target)) missing.push(`target '${g.target}'`);
  if (missing.length > 0) return `${missing.join(' and ')} not found as an entity of the item`;
  const src = normaliseName(g.source),
    tgt = normaliseName(g.target);
  const sameSource = sysRels.filter((r) => normaliseName(r.source) === src);
  const otherType = sameSource.find((r) => normaliseName(r.target) === tgt);
  if (otherType) return `read as ${otherType.type} (${otherType.rule ?? 'no rule'})`;
  // a person holds one office per wording: a wrong title found is the likely miss
  const otherTarget = g.type === 'HOLDS_ROLE' ? sameSource.find((r) => r.type === g.type && r.verdict === 'FP') : undefined;
  if (otherTarget) return `title read as '${otherTarget.target}' (${otherTarget.rule ?? 'no rule'})`;
  // the sentence that names both ends, so the missing wording can be seen
  const last = (s: string) => normaliseName(s).split(' ').pop() ?? '';
  const sentence = x?.sentences.find((s) => s.text.toLowerCase().includes(last(g.source)) && s.text.toLowerCase().includes(last(g.target)));
  return `both ends found; no rule read it${sentence ? `: "${clip(sentence.text)}"` : ''}`;
}

function relationFpReason(r: ExplainedRelation, gold: AnnotatedItem | undefined): string {
  const gEnts = gold?.entities ?? [];
  const bad: string[] = [];
  const src = named(gEnts, r.source);
  if (!src) bad.push(`source '${r.source}'`);
  if (r.type !== 'HOLDS_ROLE' && !named(gEnts, r.target)) bad.push(`target '${r.target}'`);
  if (!src || bad.length > 0) return `${bad.join(' and ')} not a gold entity of the item`;
  const other = (gold?.relations ?? []).find((g) => g.type === r.type && namesOf(src).has(normaliseName(g.source)));
  if (other) return `gold has ${other.type} ${other.source} -> ${other.target}`;
  return 'gold has no such relation';
}

const clip = (s: string, n = 110) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/**
 * Explain a score per item: what was found and by which rule, and why each error is one.
 * `score` must be `score(gold, toAnnotation(corpus))`.
 * @example formatExplanation(explain(gold, corpus, score(gold, toAnnotation(corpus))))
 */
export function explain(gold: AnnotatedDocument[], corpus: ResolvedCorpus, s: Score): ExplainedItem[] {
  const system = toAnnotation(corpus);
  const extraction = new Map(corpus.items.map((x) => [`${x.documentId}#${x.item}`, x]));
  const docIds = new Map(corpus.documents.map((d) => [d.source, d.id]));
  const goldItems = new Map(gold.flatMap((d) => d.items.map((it) => [`${baseName(d.doc)}#${it.item}`, it] as const)));
  const fpEntities = new Set(s.errors.filter((e) => e.kind === 'FP').map((e) => `${e.doc}#${e.item}|${e.type}|${e.name}`));
  const fnEntities = s.errors.filter((e) => e.kind === 'FN');
  const fpRels = new Set(s.errors.filter((e) => e.kind === 'FP-rel').map((e) => relKey(e.type, e.name)));
  const fnRels = new Set(s.errors.filter((e) => e.kind === 'FN-rel').map((e) => relKey(e.type, e.name)));
  const out: ExplainedItem[] = [];
  for (const d of system) {
    const doc = baseName(d.doc);
    for (const it of d.items) {
      const x = extraction.get(`${docIds.get(d.doc)}#${it.item}`);
      const g = goldItems.get(`${doc}#${it.item}`);
      if (!g) continue;
      const rules = new Map((x?.entities ?? []).map((e) => [e.name, typeRuleOf(e)]));
      const entities: ExplainedEntity[] = it.entities.map((e) => {
        const fp = fpEntities.has(`${doc}#${it.item}|${e.type}|${e.name}`);
        const rule = rules.get(e.name);
        return { verdict: fp ? 'FP' : 'ok', type: e.type, name: e.name, ...(rule ? { rule } : {}), ...(fp ? { reason: entityFpReason(e, g.entities) } : {}) };
      });
      for (const e of fnEntities) {
        if (e.doc !== doc || e.item !== it.item) continue;
        const ge = g.entities.find((y) => y.type === e.type && y.name === e.name);
        entities.push({ verdict: 'FN', type: e.type, name: e.name, reason: ge ? entityFnReason(ge, it.entities, rules) : 'not found' });
      }
      // system relations in annotation form, in the same order as the item's extraction
      const relations: ExplainedRelation[] = it.relations.map((r, i) => {
        const src = x?.relations[i];
        const fp = fpRels.has(relKey(r.type, `${r.source} -> ${r.target}`));
        const rel: ExplainedRelation = { verdict: fp ? 'FP' : 'ok', type: r.type, source: r.source, target: r.target };
        if (r.role) rel.role = r.role;
        if (src?.rule) rel.rule = src.rule;
        if (src) rel.evidence = src.evidence.sentence;
        return rel;
      });
      for (const r of relations) if (r.verdict === 'FP') r.reason = relationFpReason(r, g);
      const found = relations.slice();
      for (const gr of g.relations ?? []) {
        if (!fnRels.has(relKey(gr.type, `${gr.source} -> ${gr.target}`)) || gr.optional) continue;
        relations.push({
          verdict: 'FN',
          type: gr.type,
          source: gr.source,
          target: gr.target,
          ...(gr.role ? { role: gr.role } : {}),
          reason: relationFnReason(gr, it.entities, found, x),
        });
      }
      out.push({ doc: d.doc, item: it.item, title: it.title, entities, relations });
    }
  }
  return out;
}

/** The explanation as text: one block per item, errors marked FP/FN with their reason. */
export function formatExplanation(items: ExplainedItem[]): string {
  const lines: string[] = [];
  for (const it of items) {
    lines.push(`== ${it.doc} item ${it.item}${it.title ? `: ${clip(it.title, 80)}` : ''}`);
    lines.push('entities');
    for (const e of it.entities) {
      const why = e.verdict === 'ok' ? (e.rule ? `typed by ${e.rule}` : '') : `${e.rule ? `typed by ${e.rule}; ` : ''}${e.reason}`;
      lines.push(`  ${e.verdict.padEnd(3)} ${e.type.padEnd(10)} ${e.name}${why ? `  — ${why}` : ''}`);
    }
    lines.push('relations');
    for (const r of it.relations) {
      const head = `  ${r.verdict.padEnd(3)} ${r.type} ${r.source} -> ${r.target}${r.role ? ` (${r.role})` : ''}`;
      const rule = r.rule ? `  [${r.rule}]` : '';
      lines.push(`${head}${rule}${r.reason ? `  — ${r.reason}` : ''}`);
      if (r.evidence && r.verdict !== 'FN') lines.push(`        "${clip(r.evidence)}"`);
    }
  }
  return lines.join('\n');
}

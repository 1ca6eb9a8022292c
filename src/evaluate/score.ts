// Scores a system's annotation against gold by the matching rules of the annotation
// guidelines: normalised names, one-to-one pairing per item, duplicates across the corpus,
// relations matched over the whole corpus through the gold entities' names.

import type { AnnotatedDocument, AnnotatedEntity, AnnotatedRelation } from './annotation.js';

export const SCORED_TYPES = ['Person', 'Body', 'Act', 'Programme'] as const;
export const SCORED_RELATIONS = ['AFFILIATED_WITH', 'HOLDS_ROLE', 'LEADS', 'AMENDS', 'PART_OF'] as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface ScoreError {
  kind: 'FP' | 'FN' | 'FP-rel' | 'FN-rel';
  doc?: string;
  item?: string;
  type: string;
  name: string;
}

export interface Score {
  entities: Record<(typeof SCORED_TYPES)[number] | 'all', Prf>;
  resolution: { goldEntities: number; matched: number; duplicates: number; duplicateRate: number };
  relations: Record<(typeof SCORED_RELATIONS)[number] | 'all', Prf>;
  errors: ScoreError[];
}

/** The guidelines' name normalisation (case, `the`, possessive, quotes, `&`, dashes, spaces, edge punctuation). */
export function normaliseName(s: string | undefined): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'.,;:()[\]-]+|[\s"'.,;:()[\]-]+$/g, '')
    .replace(/'s$/, '')
    .replace(/^the /, '')
    .trim();
}

const namesOf = (e: AnnotatedEntity) => new Set([e.name, ...(e.aliases ?? [])].map(normaliseName).filter(Boolean));

/** Names that identify an entity across the corpus: one-word generic short forms hold only in their item. */
function corpusNamesOf(e: AnnotatedEntity): Set<string> {
  const keep = (a: string) => {
    const t = a.replace(/^the\s+/i, '').trim();
    return /\s/.test(t) || /^[A-Z0-9&.-]{2,}$/.test(t) || /[0-9.]/.test(t);
  };
  return new Set([e.name, ...(e.aliases ?? []).filter(keep)].map(normaliseName).filter(Boolean));
}

const typeFits = (sys: { type: string }, gold: { type: string; alt_types?: string[] }) => sys.type === gold.type || (gold.alt_types ?? []).includes(sys.type);

const isScoredType = (type: string): boolean => SCORED_TYPES.some((t) => t === type);
const isScoredRelation = (type: string): boolean => SCORED_RELATIONS.some((t) => t === type);

/** The counts of `type`, made on first use. */
function tally(counts: Map<string, Counts>, type: string): Counts {
  let found = counts.get(type);
  if (!found) counts.set(type, (found = zero()));
  return found;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

const baseName = (doc: string) => doc.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** The documents of `system` that no gold document matches (by file name without folder or extension): they cannot be scored. */
export function documentsWithoutGold(gold: readonly AnnotatedDocument[], system: readonly AnnotatedDocument[]): AnnotatedDocument[] {
  const known = new Set(gold.map((d) => baseName(d.doc)));
  return system.filter((d) => !known.has(baseName(d.doc)));
}

/** One-to-one pairing within an item: exact type agreement first, then alternative types. */
function pair(sys: AnnotatedEntity[], gold: AnnotatedEntity[]): Map<number, number> {
  const used = new Set<number>();
  const match = new Map<number, number>();
  for (const exact of [true, false]) {
    sys.forEach((s, i) => {
      if (match.has(i)) return;
      const sn = namesOf(s);
      for (const [g, candidate] of gold.entries()) {
        if (used.has(g)) continue;
        const ok = exact ? s.type === candidate.type : typeFits(s, candidate);
        if (ok && overlaps(sn, namesOf(candidate))) {
          used.add(g);
          match.set(i, g);
          return;
        }
      }
    });
  }
  return match;
}

function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const round = (x: number) => Number(x.toFixed(4));
  return { ...c, precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const sum = (cs: Counts[]) => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), zero());

/**
 * Score system documents against gold documents.
 * @example score(await readGold('../shared/gold'), toAnnotation(corpus)).entities.all.f1
 */
export function score(gold: AnnotatedDocument[], system: AnnotatedDocument[]): Score {
  const sysByDoc = new Map(system.map((d) => [baseName(d.doc), d]));
  const ent = new Map<string, Counts>(SCORED_TYPES.map((t) => [t, zero()]));
  const errors: ScoreError[] = [];
  const corpusGold: AnnotatedEntity[] = [];
  const corpusSys: AnnotatedEntity[] = [];
  const goldRels: AnnotatedRelation[] = [];
  const sysRels: AnnotatedRelation[] = [];
  for (const gd of gold) {
    const doc = baseName(gd.doc);
    const sd = sysByDoc.get(doc);
    const sysItems = new Map((sd?.items ?? []).map((it) => [String(it.item), it]));
    for (const gi of gd.items) {
      const si = sysItems.get(String(gi.item));
      const gEnts = gi.entities ?? [];
      const sEnts = (si?.entities ?? []).filter((e) => isScoredType(e.type));
      const m = pair(sEnts, gEnts);
      const matchedGold = new Set(m.values());
      sEnts.forEach((s, i) => {
        const g = m.get(i);
        const goldEntity = g === undefined ? undefined : gEnts[g];
        if (goldEntity !== undefined) {
          if (!goldEntity.optional) tally(ent, goldEntity.type).tp++;
        } else {
          tally(ent, s.type).fp++;
          errors.push({ kind: 'FP', doc, item: gi.item, type: s.type, name: s.name });
        }
      });
      gEnts.forEach((g, j) => {
        if (!matchedGold.has(j) && !g.optional) {
          tally(ent, g.type).fn++;
          errors.push({ kind: 'FN', doc, item: gi.item, type: g.type, name: g.name });
        }
      });
      corpusGold.push(...gEnts);
      corpusSys.push(...sEnts);
      goldRels.push(...(gi.relations ?? []));
      sysRels.push(...(si?.relations ?? []));
    }
  }

  // resolution: gold entities joined across the corpus by shared names; distinct system names per cluster
  const clusters: { type: string; names: Set<string>; sys: Set<string> }[] = [];
  for (const g of corpusGold) {
    const n = corpusNamesOf(g);
    const hit = clusters.find((c) => c.type === g.type && overlaps(c.names, n));
    if (hit) for (const x of n) hit.names.add(x);
    else clusters.push({ type: g.type, names: n, sys: new Set() });
  }
  for (const s of corpusSys) {
    const n = corpusNamesOf(s);
    for (const c of clusters) if (typeFits(s, { type: c.type }) && overlaps(c.names, n)) c.sys.add(normaliseName(s.name));
  }
  const matched = clusters.filter((c) => c.sys.size > 0);
  const duplicates = matched.reduce((a, c) => a + c.sys.size - 1, 0);

  // relations over the corpus
  const clusterOf = (name: string) => clusters.find((c) => c.names.has(normaliseName(name)));
  const endMatch = (sysName: string, goldName: string, roleTarget: boolean) => {
    if (roleTarget) return normaliseName(sysName) === normaliseName(goldName);
    const c = clusterOf(goldName);
    return c ? c.names.has(normaliseName(sysName)) : normaliseName(sysName) === normaliseName(goldName);
  };
  const dedup = (rs: AnnotatedRelation[], keepType: (t: string) => boolean) => {
    const seen = new Set<string>();
    return rs.filter((r) => {
      const k = `${r.type}|${normaliseName(r.source)}|${normaliseName(r.target)}`;
      if (seen.has(k) || !keepType(r.type)) return false;
      seen.add(k);
      return true;
    });
  };
  const rel = new Map<string, Counts>(SCORED_RELATIONS.map((t) => [t, zero()]));
  const dSys = dedup(sysRels, isScoredRelation);
  const dGold = dedup(goldRels, () => true);
  const usedGold = new Set<number>();
  for (const s of dSys) {
    const gi = dGold.findIndex(
      (g, i) => !usedGold.has(i) && g.type === s.type && endMatch(s.source, g.source, false) && endMatch(s.target, g.target, g.type === 'HOLDS_ROLE'),
    );
    const goldRelation = dGold[gi];
    if (goldRelation !== undefined) {
      usedGold.add(gi);
      if (!goldRelation.optional) tally(rel, s.type).tp++;
    } else {
      tally(rel, s.type).fp++;
      errors.push({ kind: 'FP-rel', type: s.type, name: `${s.source} -> ${s.target}` });
    }
  }
  dGold.forEach((g, i) => {
    if (!usedGold.has(i) && !g.optional) {
      tally(rel, g.type).fn++;
      errors.push({ kind: 'FN-rel', type: g.type, name: `${g.source} -> ${g.target}` });
    }
  });

  const entities = prfTable(SCORED_TYPES, ent);
  const relations = prfTable(SCORED_RELATIONS, rel);
  return {
    entities,
    resolution: {
      goldEntities: clusters.length,
      matched: matched.length,
      duplicates,
      duplicateRate: Number((matched.length ? duplicates / matched.length : 0).toFixed(4)),
    },
    relations,
    errors,
  };
}

/** Precision, recall and F1 per type and over all types, keys in the order of `types`, `all` last. */
function prfTable<T extends string>(types: readonly T[], counts: Map<string, Counts>): Record<T | 'all', Prf> {
  const all = prf(sum([...counts.values()]));
  const entries = [...types.map((type) => [type, prf(tally(counts, type))] as const), ['all', all] as const];
  // Object.fromEntries types its keys as string; they are exactly `types` and 'all'.
  return Object.fromEntries(entries) as Record<T | 'all', Prf>;
}

// Test helper: extraction of one item written inline, as the pipeline would see it.

import type { Document } from '../../src/ingest/types.js';
import { extractDocument, extractor, type ItemExtraction } from '../../src/extract/index.js';

export function documentOf(items: { title?: string; text: string }[], id = 'doc'): Document {
  return {
    id,
    source: `${id}.txt`,
    title: 'Test',
    published: undefined,
    format: 'text',
    encoding: 'utf-8',
    items: items.map((it, i) => ({ number: String(i + 1), title: it.title ?? '', text: it.text, offset: 1000 * (i + 1) })),
  };
}

export function extractText(text: string, title = ''): ItemExtraction {
  return extractDocument(documentOf([{ title, text }]))[0]!;
}

export const names = (x: ItemExtraction, type: string) =>
  x.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
export const relations = (x: ItemExtraction, type: string) =>
  x.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.source} -> ${r.target}${r.role ? ` (${r.role})` : ''}`)
    .sort();

const relationText = (r: ItemExtraction['relations'][number]) => `${r.type} ${r.source} -> ${r.target}${r.role ? ` (${r.role})` : ''}`;

/** The relations one rule reads from a text, as `TYPE source -> target (role)`, sorted. */
export function ruleRelations(text: string, rule: string, title = ''): string[] {
  return extractText(text, title)
    .relations.filter((r) => r.rule === rule)
    .map(relationText)
    .sort();
}

/** The relations of a text, each as `rule: TYPE source -> target (role)`, with some rules switched off. */
export function relationsWithout(text: string, disabledRules: string[], title = ''): string[] {
  return extractor({ disabledRules })(documentOf([{ title, text }]))[0]!
    .relations.map((r) => `${r.rule}: ${relationText(r)}`)
    .sort();
}

/** The entities one entity rule types in a text, as `Type name`, sorted. */
export function ruleEntities(text: string, rule: string, title = ''): string[] {
  return extractText(text, title)
    .entities.filter((e) => e.typeRule === rule)
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

/** The entities of a text, each as `typeRule: Type name`, with some rules switched off. */
export function entitiesWithout(text: string, disabledRules: string[], title = ''): string[] {
  return extractor({ disabledRules })(documentOf([{ title, text }]))[0]!
    .entities.map((e) => `${e.typeRule}: ${e.type} ${e.name}`)
    .sort();
}

// Test helper: extraction of one item written inline, as the pipeline would see it.

import type { Document } from '../../src/ingest/types.js';
import { extractDocument, type ItemExtraction } from '../../src/extract/index.js';

export function documentOf(items: { title?: string; text: string }[], id = 'doc'): Document {
  return {
    id, source: `${id}.txt`, title: 'Test', published: undefined, format: 'text', encoding: 'utf-8',
    items: items.map((it, i) => ({ number: String(i + 1), title: it.title ?? '', text: it.text, offset: 1000 * (i + 1) })),
  };
}

export function extractText(text: string, title = ''): ItemExtraction {
  return extractDocument(documentOf([{ title, text }]))[0]!;
}

export const names = (x: ItemExtraction, type: string) => x.entities.filter((e) => e.type === type).map((e) => e.name).sort();
export const relations = (x: ItemExtraction, type: string) => x.relations.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}${r.role ? ` (${r.role})` : ''}`).sort();

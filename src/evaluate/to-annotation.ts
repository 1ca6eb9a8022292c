// Writes a resolved corpus in the system format of the annotation guidelines: per document,
// per item, the entities (canonical name and the item's other forms) and the relations.

import { extname } from 'node:path';
import { documentId } from '../ingest/index.js';
import type { ResolvedCorpus } from '../resolve/types.js';
import type { AnnotatedDocument, AnnotatedItem } from './annotation.js';

/**
 * @example JSON.stringify(toAnnotation(corpus)) // what `crimegraph extract --json` writes
 */
export function toAnnotation(corpus: ResolvedCorpus): AnnotatedDocument[] {
  const byItem = new Map(corpus.items.map((x) => [`${x.documentId}#${x.item}`, x]));
  return corpus.documents.map((doc) => ({
    // a file that held several newsletters gives `two-1.txt`, `two-2.txt`: one name per document
    doc: doc.id === documentId(doc.source) ? doc.source : `${doc.id}${extname(doc.source)}`,
    items: doc.items.map((item): AnnotatedItem => {
      const x = byItem.get(`${doc.id}#${item.number}`);
      // relation ends are named as the item wrote them: a canonical name from the lexicon may
      // never appear in the text, while the written form is always one of the entity's names
      const written = new Map((x?.entities ?? []).map((e) => [e.name, e.itemName ?? e.name]));
      const end = (name: string) => written.get(name) ?? name;
      return {
        item: item.number,
        title: item.title,
        entities: (x?.entities ?? []).map((e) =>
          e.aliases.length > 0 ? { type: e.type, name: e.name, aliases: [...e.aliases] } : { type: e.type, name: e.name },
        ),
        relations: (x?.relations ?? []).map((r) => {
          const target = r.type === 'HOLDS_ROLE' ? r.target : end(r.target);
          return r.role ? { type: r.type, source: end(r.source), target, role: r.role } : { type: r.type, source: end(r.source), target };
        }),
      };
    }),
  }));
}

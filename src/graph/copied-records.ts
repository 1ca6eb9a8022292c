// Which entity nodes and typed relationships an incremental build copies from the previous
// graph.json instead of making anew. An entity's record is a function of the item entities that
// resolved to its id (in corpus order), and a relation's of the statements that resolved to its
// key; the items of a document whose file and entity ids are unchanged give the same entities
// and statements. So a record can only change through a document that changed, was added or was
// removed: the ids its items resolve to now, and those they resolved to before (kept in the build
// state), are made anew; every other record that was there before is copied.

import type { ResolvedCorpus } from '../resolve/types.js';
import { edgeKey, type DocumentEntityIds } from './build-graph.js';

/** What the previous build recorded of one document. */
export interface PreviousDocument {
  entities: DocumentEntityIds;
  /** Keys of the typed relationships its items stated. */
  relations: readonly string[];
  /** Acronyms its items defined, each with its signature then (`AcronymDocuments.signatures`). */
  acronyms: readonly (readonly [acronym: string, signature: string])[];
}

/**
 * The keys of the typed relationships each document's items state, by document id (documents
 * stating none are absent). Item ids are `<document id>#<number>`, document ids without `#`
 * (`spliceableIds`).
 */
export function documentRelationKeys(corpus: ResolvedCorpus): Map<string, string[]> {
  const byDocument = new Map<string, string[]>();
  for (const r of corpus.relations) {
    const key = edgeKey(r.type, r.source, r.target);
    let last: string | undefined;
    for (const item of r.items) {
      const doc = item.slice(0, item.indexOf('#'));
      if (doc === last) continue;
      last = doc;
      const keys = byDocument.get(doc);
      if (keys === undefined) byDocument.set(doc, [key]);
      else if (keys[keys.length - 1] !== key) keys.push(key);
    }
  }
  return byDocument;
}

/**
 * Whether each entity node and typed relationship (by key) is copied from the previous graph:
 * neither made nor unmade by a document that changed. Asked only of the entities and relations
 * of the corpus, and of the entity and typed relationship lines of the previous graph. Undefined
 * when nothing can be copied: a changed document changes the definition of an acronym that an
 * unchanged document uses alone (resolution lends such a document the entity the acronym is
 * defined as, so the unchanged document's entities may change in what they join without
 * changing their ids).
 *
 * @param previous what the previous build recorded, by document id (every document it built)
 * @param changed documents whose records are made anew (new, changed, or whose entity ids changed)
 * @param relationKeys `documentRelationKeys(corpus)` (of the changed documents at least)
 * @param documents the ids of the corpus's documents (default: those of `corpus.documents`)
 */
export function copiedRecords(
  corpus: ResolvedCorpus,
  previous: ReadonlyMap<string, PreviousDocument>,
  changed: ReadonlySet<string>,
  relationKeys: ReadonlyMap<string, readonly string[]>,
  documents: Iterable<string> = corpus.documents.map((d) => d.id),
): ((key: string) => boolean) | undefined {
  const { acronyms, itemEntities } = corpus;
  if (acronyms === undefined || itemEntities === undefined) return undefined;
  const now = new Set(documents);
  const gone = [...previous.keys()].filter((id) => changed.has(id) || !now.has(id));
  const touched = new Set<string>();
  const defined = new Set<string>();
  for (const id of gone) {
    const before = previous.get(id)!;
    for (const [, ids] of before.entities) for (const e of ids) touched.add(e);
    for (const key of before.relations) touched.add(key);
    for (const [a] of before.acronyms) defined.add(a);
  }
  for (const x of itemEntities) if (changed.has(x.documentId)) for (const e of x.ids) touched.add(e);
  for (const id of changed) {
    for (const key of relationKeys.get(id) ?? []) touched.add(key);
    for (const a of acronyms.defined.get(id) ?? []) defined.add(a);
  }
  if (defined.size > 0) {
    // An acronym whose definitions add up to what they did (the same first type and lexicon
    // entry, the same names) lends unchanged documents what it lent them.
    const signatures = new Map<string, string>();
    for (const d of previous.values()) for (const [a, signature] of d.acronyms) signatures.set(a, signature);
    for (const a of defined) {
      if (signatures.get(a) === acronyms.signatures.get(a)) continue;
      if ((acronyms.attached.get(a) ?? []).some((doc) => !changed.has(doc))) return undefined;
    }
  }
  // An entity or relation of the corpus that is not touched is named only by unchanged documents,
  // which named it before too: its line is in the previous graph. One of the previous graph that
  // is not touched is still named by them: it is in the corpus. So the two sides always meet.
  return (key) => !touched.has(key);
}

// What the server reads once at start so no page load recomputes a whole-graph thing: the
// newsletters and their dates, the search candidates, the named queries, the merge log by
// entity, and the graph's counts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { namedQuery, parseQueryFile, prepareName, preparedSimilarity, queriesDirectory } from '../api/index.js';
import type { EntityType, GraphStats, PreparedName, SearchHit } from '../api/index.js';
import type { MergeLogEntry } from '../resolve/types.js';
import type { GraphSource } from './graph-source.js';
import { ServeError } from './http-error.js';
import { isStringList } from './json-shapes.js';

export interface NewsletterInfo {
  id: string;
  title: string;
  published: string | null;
  items: number;
}

/** A file of queries/ as the console lists it. */
export interface NamedQueryInfo {
  /** File name without `.cypher`: `programme-leaders`. */
  name: string;
  /** The leading comment lines. */
  description: string;
  /** Parameter defaults from its `// @param` lines, in file order. */
  params: Record<string, unknown>;
  text: string;
}

export interface Catalogue {
  newsletters: NewsletterInfo[];
  newsletterById: Map<string, NewsletterInfo>;
  namedQueries: NamedQueryInfo[];
  stats: GraphStats;
  /** Merges into an entity, by type and canonical name. */
  merges(type: string, name: string): MergeLogEntry[];
  /** Every entity, most mentioned first. */
  entities(): SearchHit['entity'][];
  /** The label of an entity id, or undefined when no entity has it. */
  entityType(id: string): EntityType | undefined;
  /** Fuzzy search over names and aliases, ranked as KnowledgeGraph.search ranks. */
  search(text: string, options?: { type?: EntityType; limit?: number }): SearchHit[];
}

const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Body', 'Act', 'Programme'];

/** The label a search candidate row gives (the query returns entity nodes only). */
function entityTypeOf(value: unknown): EntityType {
  const type = ENTITY_TYPES.find((t) => t === value);
  if (type === undefined) throw new ServeError('E_INTERNAL', `a search candidate of no entity type (${String(value)})`, 500);
  return type;
}

type Candidate = SearchHit['entity'] & { prepared: { name: string; prepared: PreparedName }[] };

export async function buildCatalogue(source: GraphSource): Promise<Catalogue> {
  const newsletters = (await runNamed(source, 'api/newsletters', {})).map((row) => ({
    id: String(row.id),
    title: String(row.title ?? ''),
    published: typeof row.published === 'string' ? row.published : null,
    items: Number(row.items ?? 0),
  }));
  const candidates: Candidate[] = (await runNamed(source, 'api/search-candidates', { type: null })).map((row) => ({
    id: String(row.id),
    type: entityTypeOf(row.type),
    name: String(row.name),
    aliases: isStringList(row.aliases) ? row.aliases : [],
    mentionCount: Number(row.mentionCount ?? 0),
    // Names normalised and cut into trigrams once, not on every keystroke.
    prepared: [String(row.name), ...(isStringList(row.aliases) ? row.aliases : [])].map((name) => ({ name, prepared: prepareName(name) })),
  }));
  const typeById = new Map(candidates.map((c) => [c.id, c.type]));
  const byMentions = candidates
    .map(({ prepared: _prepared, ...entity }) => entity)
    .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const mergeIndex = new Map<string, MergeLogEntry[]>();
  for (const entry of source.mergeLog ?? []) {
    const key = `${entry.type}\u0000${entry.into}`;
    mergeIndex.set(key, [...(mergeIndex.get(key) ?? []), entry]);
  }
  return {
    newsletters,
    newsletterById: new Map(newsletters.map((n) => [n.id, n])),
    namedQueries: readNamedQueries(),
    stats: await source.startupKg.stats(),
    merges: (type, name) => mergeIndex.get(`${type}\u0000${name}`) ?? [],
    entities: () => byMentions,
    entityType: (id) => typeById.get(id),
    search: (text, options = {}) => rank(candidates, text, options),
  };
}

async function runNamed(source: GraphSource, name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const query = namedQuery(name);
  return source.startupKg.cypher(query.text, { ...query.defaults, ...params });
}

// The same ranking as KnowledgeGraph.search (best of name and aliases, at least 0.3; ties by
// mentions, then name), over candidates read once instead of on every keystroke.
function rank(candidates: readonly Candidate[], text: string, options: { type?: EntityType; limit?: number }): SearchHit[] {
  const hits: SearchHit[] = [];
  const query = prepareName(text);
  for (const candidate of candidates) {
    if (options.type && candidate.type !== options.type) continue;
    let best = { score: 0, matched: candidate.name };
    for (const { name, prepared } of candidate.prepared) {
      const score = preparedSimilarity(query, prepared);
      if (score > best.score) best = { score, matched: name };
    }
    const { prepared: _prepared, ...entity } = candidate;
    if (best.score >= 0.3) hits.push({ entity, ...best });
  }
  hits.sort((a, b) => b.score - a.score || b.entity.mentionCount - a.entity.mentionCount || a.entity.name.localeCompare(b.entity.name));
  return hits.slice(0, options.limit ?? 10);
}

/** The analysts' queries: the top-level files of queries/ (queries/api/ backs the API itself). */
export function readNamedQueries(dir = queriesDirectory()): NamedQueryInfo[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const description = text
        .split(/\r?\n/)
        .filter((line) => line.startsWith('//') && !/^\/\/\s*@param/.test(line))
        .map((line) => line.replace(/^\/\/\s?/, ''))
        .join(' ')
        .trim();
      return { name: file.slice(0, -'.cypher'.length), description, params: parseQueryFile(text, path).defaults, text };
    });
}

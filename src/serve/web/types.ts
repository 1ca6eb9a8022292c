// The API's answers as the workbench reads them (the server's own types, seen from the browser).

export type { EntityRecord, MentionRecord, NeighbourRecord, SearchHit, TimelineRecord, GraphStats } from '../../api/types.js';
export type { MergeLogEntry } from '../../resolve/types.js';
export type { NamedQueryInfo } from '../catalogue.js';

export interface ItemAnswer {
  id: string;
  number: string;
  title: string;
  text: string;
  newsletter: string;
  newsletterTitle: string;
  published: string | null;
  mentions: { id: string; type: string; name: string; aliases: string[]; count: number; evidence: string[] }[];
  spans: { start: number; end: number; entity: string }[];
}

export interface CypherAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  summary: { engine: string; rows: number; ms: number; counters: Record<string, number> };
}

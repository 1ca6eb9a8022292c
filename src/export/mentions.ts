// Where each entity is mentioned, read from the full graph before any scoping: the newsletter's
// date and title, the item's title, and the sentences that name it (from MENTIONED_IN evidence
// when the graph stores it, else the item's sentences that contain the name or an alias).

import type { PropertyGraph } from '../graph/schema.js';

export interface EntityMention {
  item: string;
  itemTitle: string;
  newsletter: string;
  newsletterTitle: string;
  /** ISO date of the newsletter, '' when unknown. */
  published: string;
  evidence: string[];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Sentences of `body` (split after . ! ? or a line break) that contain one of `names`. */
function sentencesNaming(body: string, names: string[]): string[] {
  const wanted = names.filter((name) => name.length > 1).map((name) => name.toLowerCase());
  return body
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && wanted.some((name) => sentence.toLowerCase().includes(name)));
}

/**
 * Mentions of every node that has MENTIONED_IN relationships, newest newsletter first.
 *
 * @example
 * collectMentions(graph).get('body:hm-inspectorate-of-constabulary')?.[0]?.itemTitle;
 */
export function collectMentions(graph: PropertyGraph): Map<string, EntityMention[]> {
  const mentions = new Map<string, EntityMention[]>();
  graph.forEachEdge((_key, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (attributes.type !== 'MENTIONED_IN') return;
    const item = targetAttributes.properties;
    let newsletter = '';
    let newsletterTitle = '';
    let published = '';
    graph.forEachInEdge(target, (_edge, edgeAttributes, parent, _t, parentAttributes) => {
      if (edgeAttributes.type !== 'HAS_ITEM' || newsletter !== '') return;
      newsletter = parent;
      newsletterTitle = text(parentAttributes.properties.title);
      published = text(parentAttributes.properties.published);
    });
    const names = [text(sourceAttributes.properties.name), ...strings(sourceAttributes.properties.aliases)];
    const stored = strings(attributes.properties.evidence);
    const list = mentions.get(source) ?? [];
    list.push({
      item: target,
      itemTitle: text(item.title),
      newsletter,
      newsletterTitle,
      published,
      evidence: stored.length > 0 ? stored : sentencesNaming(text(item.text), names).slice(0, 3),
    });
    mentions.set(source, list);
  });
  for (const list of mentions.values()) {
    list.sort((a, b) => b.published.localeCompare(a.published) || a.item.localeCompare(b.item, 'en', { numeric: true }));
  }
  return mentions;
}

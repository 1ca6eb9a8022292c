/// <reference lib="dom" />
// The details panel for the selected entity: name, type, aliases, facts, relations with their
// evidence, co-occurring entities and mentions. Data goes in through textContent only.

import type { MultiDirectedGraph } from 'graphology';
import type { ViewerEdge, ViewerNode } from '../viewer-data.js';

type ViewerGraph = MultiDirectedGraph<ViewerNode, ViewerEdge>;

/** An element with text content (never parsed as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function section(container: HTMLElement, title: string, items: HTMLElement[]): void {
  if (items.length === 0) return;
  container.append(element('h3', title));
  const list = element('ul');
  for (const item of items) list.append(item);
  container.append(list);
}

function relationWord(relation: string): string {
  return relation.toLowerCase().replace(/_/g, ' ');
}

/** Replace the panel's content with the details of `key`; `select` is called for clicked links. */
export function renderDetails(panel: HTMLElement, graph: ViewerGraph, key: string, select: (key: string) => void): void {
  const node = graph.getNodeAttributes(key);
  panel.replaceChildren();
  const link = (target: string): HTMLButtonElement => {
    const button = element('button', graph.getNodeAttribute(target, 'label'), 'link');
    button.type = 'button';
    button.addEventListener('click', () => select(target));
    return button;
  };

  const heading = element('h2', node.label);
  heading.id = 'details-name';
  const badge = element('span', undefined, 'badge');
  const swatch = element('span', undefined, 'swatch');
  swatch.style.background = node.color;
  badge.append(swatch, document.createTextNode(node.nodeType));
  panel.append(heading, badge);

  if (node.aliases.length > 0) {
    const aliases = element('p');
    aliases.append(element('span', 'Also: ', 'muted'), document.createTextNode(node.aliases.join(' · ')));
    aliases.id = 'details-aliases';
    panel.append(aliases);
  }
  section(
    panel,
    'Facts',
    node.facts.map(([name, value]) => {
      const item = element('li');
      item.append(element('span', `${name}: `, 'muted'), document.createTextNode(value));
      return item;
    }),
  );

  const relations: HTMLElement[] = [];
  const together: { other: string; weight: number }[] = [];
  graph.forEachEdge(key, (_edge, attributes, source, target) => {
    const other = source === key ? target : source;
    if (attributes.relation === 'CO_OCCURS') {
      together.push({ other, weight: attributes.weight ?? 1 });
      return;
    }
    const item = element('li');
    // "leads → PEEL" for this entity's own relations, "PEEL ← part of" for those pointing at it.
    if (source === key) item.append(document.createTextNode(`${relationWord(attributes.relation)} → `), link(other));
    else item.append(link(other), document.createTextNode(` → ${relationWord(attributes.relation)} this`));
    if (attributes.role) item.append(document.createTextNode(` (${attributes.role})`));
    for (const sentence of attributes.evidence.slice(0, 2)) item.append(element('p', sentence, 'evidence'));
    relations.push(item);
  });
  section(panel, 'Relations', relations);
  together.sort((a, b) => b.weight - a.weight || graph.getNodeAttribute(a.other, 'label').localeCompare(graph.getNodeAttribute(b.other, 'label')));
  section(
    panel,
    'Appears with',
    together.slice(0, 30).map(({ other, weight }) => {
      const item = element('li');
      item.append(link(other), element('span', ` ×${weight}`, 'muted'));
      return item;
    }),
  );

  const mentions = node.mentions.map((mention) => {
    const item = element('li');
    item.className = 'mention';
    const when = mention.published || mention.newsletterTitle || mention.newsletter;
    item.append(element('span', `${when} · `, 'muted'), element('strong', mention.itemTitle || mention.item));
    for (const sentence of mention.evidence.slice(0, 2)) item.append(element('p', sentence, 'evidence'));
    return item;
  });
  section(panel, `Mentions (${node.mentions.length})`, mentions);
  const list = panel.lastElementChild;
  if (list instanceof HTMLUListElement && mentions.length > 0) list.id = 'details-mentions';
}

/// <reference lib="dom" />
// The entity page: name, type, aliases with the merge log's reasons, mentions over time, every
// mention in date order with its evidence, relations grouped by type with evidence and dates,
// and a neighbourhood graph that grows when a node is clicked.

import { getJson, getJsonWithTotal } from './api-client.js';
import { el, entityHref, itemHref, replace, svg } from './dom.js';
import { stringsOf } from '../json-shapes.js';
import { drawGraph } from './svg-graph.js';
import type { GraphEdge, GraphNode } from './svg-graph.js';
import { timelineChart } from './timeline-chart.js';
import type { EntityRecord, MentionRecord, MergeLogEntry, NeighbourRecord, TimelineRecord } from './types.js';

type Neighbour = NeighbourRecord & { dates: (string | null)[] };

const RULES: Record<string, string> = {
  'acronym-known': 'an acronym the lexicon knows',
  'acronym-defined': 'an acronym defined in the text',
  lexicon: 'a known variant in the lexicon',
  'short-form': 'a short form used after the full name',
  'also-known-as': "an 'also known as' in the text",
  'bare-name': 'the name without its title or prefix',
  'inserted-word': 'the same name with a word left out',
  'suffix-variant': 'the same name with another ending',
  surname: 'the surname used after the full name',
};

const ENTITY_LABELS = new Set(['Person', 'Body', 'Act', 'Programme']);

function nodeName(node: NeighbourRecord['node']): string {
  return String(node.properties.name ?? node.properties.title ?? node.id);
}

function nodeLink(node: NeighbourRecord['node']) {
  const name = nodeName(node);
  return node.labels.some((l) => ENTITY_LABELS.has(l)) ? el('a', { href: entityHref(node.id) }, name) : el('span', {}, name);
}

export async function renderEntity(view: HTMLElement, ref: string): Promise<void> {
  const id = encodeURIComponent(ref);
  const entity = await getJson<EntityRecord>(`/api/entities/${id}`);
  const [merges, { body: mentions, total }, neighbours, timeline] = await Promise.all([
    getJson<MergeLogEntry[]>(`/api/entities/${id}/merges`),
    getJsonWithTotal<MentionRecord[]>(`/api/entities/${id}/mentions?limit=${FIRST_MENTIONS}`),
    getJson<Neighbour[]>(`/api/entities/${id}/neighbours`),
    getJson<TimelineRecord[]>(`/api/entities/${id}/timeline`),
  ]);
  document.title = `${entity.name} · crimegraph`;
  const typed = neighbours.filter((n) => n.relation !== 'CO_OCCURS');
  const cooccurring = neighbours.filter((n) => n.relation === 'CO_OCCURS').sort((a, b) => Number(b.properties.weight ?? 0) - Number(a.properties.weight ?? 0));
  const graph = svg('svg', { viewBox: '0 0 560 340', class: 'neighbourhood', 'aria-label': 'Neighbourhood graph; click a node to expand it' });
  replace(
    view,
    el(
      'article',
      { class: 'entity', 'data-entity': entity.id },
      el(
        'header',
        { class: 'entity-head' },
        el('h1', {}, entity.name),
        el('span', { class: `type type-${entity.type}` }, entity.type),
        el('span', { class: 'muted' }, ` ${entity.mentionCount} mentions · ${total} items · id ${entity.id}`),
        entity.acronym ? el('span', { class: 'muted' }, ` · acronym ${entity.acronym}`) : null,
        entity.kind ? el('span', { class: 'muted' }, ` · ${entity.kind}${entity.year ? ` ${entity.year}` : ''}`) : null,
      ),
      el(
        'div',
        { class: 'columns' },
        el(
          'div',
          { class: 'main-column' },
          section('Also written as', aliasesList(entity, merges)),
          section('Mentions over time', timelineChart(timeline)),
          section(`Mentions (${total}), in date order`, mentionList(entity, mentions, total)),
        ),
        el(
          'div',
          { class: 'side-column' },
          section('Neighbourhood', graph, el('p', { class: 'muted' }, 'Click a node to add its neighbours.')),
          section('Relations', relationGroups(typed)),
          section(
            'Named in the same items',
            el(
              'ul',
              { class: 'compact' },
              ...cooccurring
                .slice(0, 15)
                .map((n) => el('li', {}, nodeLink(n.node), el('span', { class: 'muted' }, ` ${String(n.properties.weight ?? '')} shared items`))),
            ),
          ),
        ),
      ),
    ),
  );
  startNeighbourhood(graph, entity, neighbours);
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return el('section', {}, el('h2', {}, title), ...content);
}

function aliasesList(entity: EntityRecord, merges: MergeLogEntry[]): HTMLElement {
  if (entity.aliases.length === 0) return el('p', { class: 'muted' }, 'No other names.');
  return el(
    'ul',
    { class: 'aliases' },
    ...entity.aliases.map((alias) => {
      const reasons = merges.filter((m) => m.name === alias);
      return el(
        'li',
        {},
        el('strong', {}, alias),
        reasons.length === 0 ? el('span', { class: 'muted' }, ' (no merge recorded)') : null,
        ...reasons.map((m) =>
          el(
            'span',
            { class: 'reason' },
            ` merged as ${RULES[m.rule] ?? m.rule}`,
            m.item ? el('span', {}, ' in ', el('a', { href: itemHref(m.item, entity.id) }, `item ${m.item}`)) : null,
          ),
        ),
      );
    }),
  );
}

// A much-mentioned entity has thousands of items: the first ones at once, the rest on request.
const FIRST_MENTIONS = 100;

function mentionList(entity: EntityRecord, first: MentionRecord[], total: number): HTMLElement {
  const list = el('ol', { class: 'mentions' }, ...first.map((m) => mentionItem(entity, m)));
  if (total <= first.length) return list;
  const more: HTMLButtonElement = el(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: async () => {
        more.disabled = true;
        const rest = await getJson<MentionRecord[]>(`/api/entities/${encodeURIComponent(entity.id)}/mentions?offset=${first.length}`);
        for (const m of rest) list.appendChild(mentionItem(entity, m));
        more.remove();
      },
    },
    `Show all ${total}`,
  );
  return el('div', {}, list, more);
}

function mentionItem(entity: EntityRecord, m: MentionRecord): HTMLElement {
  return el(
    'li',
    { 'data-item': m.item },
    el(
      'div',
      {},
      el('time', {}, m.published ?? 'undated'),
      ' ',
      el('a', { href: itemHref(m.item, entity.id), class: 'item-link' }, m.title),
      el('span', { class: 'muted' }, ` · ${m.newsletterTitle} · ${m.count}×`),
    ),
    el('ul', { class: 'evidence-list' }, ...m.evidence.slice(0, 3).map((sentence) => el('li', { class: 'evidence' }, sentence))),
    m.evidence.length > 3 ? el('div', { class: 'muted' }, `and ${m.evidence.length - 3} more sentences`) : null,
  );
}

function relationGroups(records: Neighbour[]): HTMLElement {
  if (records.length === 0) return el('p', { class: 'muted' }, 'No typed relations.');
  const groups = new Map<string, Neighbour[]>();
  for (const r of records) groups.set(`${r.relation} ${r.direction}`, [...(groups.get(`${r.relation} ${r.direction}`) ?? []), r]);
  return el(
    'div',
    { class: 'relations' },
    ...[...groups.entries()].map(([key, group]) => {
      const [relation, direction] = key.split(' ');
      return el(
        'div',
        { class: 'relation-group', 'data-relation': relation },
        el('h3', {}, direction === 'out' ? `${relation} →` : `← ${relation}`),
        el(
          'ul',
          {},
          ...group.map((r) => {
            const items = stringsOf(r.properties.items);
            const evidence = stringsOf(r.properties.evidence);
            return el(
              'li',
              {},
              nodeLink(r.node),
              r.properties.role ? el('span', { class: 'muted' }, ` (${String(r.properties.role)})`) : null,
              el(
                'ul',
                { class: 'evidence-list' },
                ...evidence.map((sentence, i) => {
                  const item = items[i];
                  return el('li', { class: 'evidence' }, sentence, ' ', item ? el('a', { href: itemHref(item), class: 'muted' }, r.dates[i] ?? item) : null);
                }),
              ),
            );
          }),
        ),
      );
    }),
  );
}

// The neighbourhood starts with the entity, its typed neighbours and its strongest co-mentions;
// a click on a node fetches that node's neighbours and adds them.
function startNeighbourhood(target: SVGSVGElement, entity: EntityRecord, neighbours: Neighbour[]): void {
  const nodes = new Map<string, GraphNode>([[entity.id, { id: entity.id, label: entity.name, kind: entity.type, focus: true }]]);
  const edges = new Map<string, GraphEdge>();
  const expanded = new Set<string>();
  const add = (from: string, records: Neighbour[]) => {
    const typed = records.filter((r) => r.relation !== 'CO_OCCURS');
    const co = records
      .filter((r) => r.relation === 'CO_OCCURS')
      .sort((a, b) => Number(b.properties.weight ?? 0) - Number(a.properties.weight ?? 0))
      .slice(0, 6);
    for (const r of [...typed, ...co].slice(0, 14)) {
      if (!nodes.has(r.node.id)) nodes.set(r.node.id, { id: r.node.id, label: nodeName(r.node), kind: r.node.labels[0] ?? '' });
      const [source, target] = r.direction === 'out' ? [from, r.node.id] : [r.node.id, from];
      edges.set(`${source}|${r.relation}|${target}`, { source, target, label: r.relation });
    }
  };
  const draw = () => drawGraph(target, [...nodes.values()], [...edges.values()], (node) => void expand(node));
  const expand = async (node: GraphNode) => {
    if (expanded.has(node.id) || !ENTITY_LABELS.has(node.kind)) return;
    expanded.add(node.id);
    add(node.id, await getJson<Neighbour[]>(`/api/entities/${encodeURIComponent(node.id)}/neighbours`));
    target.dataset.nodes = String(nodes.size);
    draw();
  };
  expanded.add(entity.id);
  add(entity.id, neighbours);
  target.dataset.nodes = String(nodes.size);
  draw();
}

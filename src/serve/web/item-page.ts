/// <reference lib="dom" />
// The item page: the item's full text with every entity named in it highlighted and linked, and
// the evidence sentences of the entity the reader came from marked.

import { sentenceSpans } from '../mention-spans.js';
import { getJson } from './api-client.js';
import { el, entityHref, replace } from './dom.js';
import { textSegments } from './text-segments.js';
import type { ItemAnswer } from './types.js';

export async function renderItem(view: HTMLElement, id: string, focusEntity: string | undefined): Promise<void> {
  const item = await getJson<ItemAnswer>(`/api/items/${encodeURIComponent(id)}`);
  document.title = `${item.title} · crimegraph`;
  const focus = item.mentions.find((m) => m.id === focusEntity);
  const evidence = focus ? sentenceSpans(item.text, focus.evidence) : [];
  const names = new Map(item.mentions.map((m) => [m.id, m]));
  const body = el(
    'div',
    { class: 'item-text' },
    ...textSegments(item.text, item.spans, evidence).map((segment) => {
      const mention = segment.entity ? names.get(segment.entity) : undefined;
      const node = mention
        ? el(
            'a',
            {
              href: entityHref(mention.id),
              class: `mention type-${mention.type}${mention.id === focusEntity ? ' focus' : ''}`,
              title: `${mention.name} (${mention.type})`,
            },
            segment.text,
          )
        : document.createTextNode(segment.text);
      return segment.evidence ? el('mark', { class: 'evidence' }, node) : node;
    }),
  );
  replace(
    view,
    el(
      'article',
      { class: 'item', 'data-item': item.id },
      el(
        'header',
        {},
        el('h1', {}, item.title),
        el('p', { class: 'muted' }, el('time', {}, item.published ?? 'undated'), ` · ${item.newsletterTitle} · item ${item.number}`),
        focus ? el('p', { class: 'focus-note' }, 'Sentences marked are the evidence for ', el('a', { href: entityHref(focus.id) }, focus.name), '.') : null,
      ),
      el(
        'div',
        { class: 'columns' },
        el('div', { class: 'main-column' }, body),
        el(
          'aside',
          { class: 'side-column' },
          el('h2', {}, `Named here (${item.mentions.length})`),
          el(
            'ul',
            { class: 'compact' },
            ...item.mentions.map((m) =>
              el(
                'li',
                {},
                el('a', { href: entityHref(m.id) }, m.name),
                el('span', { class: `type type-${m.type}` }, m.type),
                el('span', { class: 'muted' }, ` ${m.count}×`),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  view.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}

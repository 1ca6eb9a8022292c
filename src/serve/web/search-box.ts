/// <reference lib="dom" />
// Search as you type: the header's box asks /api/search (fuzzy, optionally by type) a moment
// after each keystroke and lists the hits; arrows and Enter pick one, as a click does.

import { getJson } from './api-client.js';
import { el, entityHref, replace } from './dom.js';
import type { SearchHit } from './types.js';

export function wireSearch(input: HTMLInputElement, typeSelect: HTMLSelectElement, list: HTMLUListElement): void {
  let timer: number | undefined;
  let asked = 0;
  const close = () => {
    replace(list);
    list.parentElement?.setAttribute('aria-expanded', 'false');
  };
  const open = (id: string) => {
    close();
    input.value = '';
    location.hash = entityHref(id);
  };
  const run = async () => {
    const q = input.value.trim();
    if (q === '') return close();
    const ticket = ++asked;
    const params = new URLSearchParams({ q, limit: '10' });
    if (typeSelect.value) params.set('type', typeSelect.value);
    const none: SearchHit[] = [];
    const hits = await getJson<SearchHit[]>(`/api/search?${params}`).catch(() => none);
    if (ticket !== asked) return; // a later keystroke already asked again
    replace(
      list,
      ...(hits.length === 0
        ? [el('li', { class: 'none' }, 'No match')]
        : hits.map((hit) =>
            el(
              'li',
              { role: 'option' },
              el(
                'button',
                { type: 'button', 'data-id': hit.entity.id, onclick: () => open(hit.entity.id) },
                el('span', { class: 'name' }, hit.entity.name),
                el('span', { class: `type type-${hit.entity.type}` }, hit.entity.type),
                hit.matched !== hit.entity.name ? el('span', { class: 'muted' }, ` as ${hit.matched}`) : null,
              ),
            ),
          )),
    );
    list.parentElement?.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  typeSelect.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const [first] = buttons;
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && first) {
      event.preventDefault();
      first.click();
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const active = document.activeElement;
    const at = active instanceof HTMLButtonElement ? buttons.indexOf(active) : -1;
    if (event.key === 'ArrowDown') buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (buttons[at - 1] ?? input).focus();
    else if (event.key === 'Escape') {
      close();
      input.focus();
    } else return;
    event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node && list.parentElement?.contains(event.target))) close();
  });
}

/// <reference lib="dom" />
// The workbench's browser entry (bundled by scripts/build-workbench.mjs): wires the search box
// and routes the address's hash to a page: home, entity, item, console, graph.

import { ApiError, adoptToken, getJson } from './api-client.js';
import { renderConsole } from './console-page.js';
import { el, entityHref, replace } from './dom.js';
import { renderEntity } from './entity-page.js';
import { renderGraphPage } from './graph-page.js';
import { renderItem } from './item-page.js';
import { wireSearch } from './search-box.js';
import type { GraphStats, SearchHit } from './types.js';

function required<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`workbench: #${id} missing from the page (or not a ${type.name})`);
  return found;
}

async function renderHome(view: HTMLElement): Promise<void> {
  document.title = 'crimegraph workbench';
  const stats = await getJson<GraphStats & { engine: string }>('/api/stats');
  const examples = await Promise.all(
    ['HMIC', 'College of Policing', 'Home Secretary'].map((q) => getJson<SearchHit[]>(`/api/search?q=${encodeURIComponent(q)}&limit=1`)),
  );
  replace(
    view,
    el(
      'article',
      { class: 'home' },
      el('h1', {}, 'Crime and policing news, as a graph'),
      el(
        'p',
        {},
        `${(stats.labels.Newsletter ?? 0).toLocaleString('en-GB')} newsletters, ${(stats.labels.Item ?? 0).toLocaleString('en-GB')} items, ${['Person', 'Body', 'Act', 'Programme'].map((l) => `${(stats.labels[l] ?? 0).toLocaleString('en-GB')} ${l === 'Body' ? 'bodies' : `${l.toLowerCase()}s`}`).join(', ')}.`,
      ),
      el('p', {}, 'Search above for a person, body, act or programme; every fact links to the sentence it was read from.'),
      el('ul', { class: 'compact' }, ...examples.flat().map((hit) => el('li', {}, el('a', { href: entityHref(hit.entity.id) }, hit.entity.name)))),
      el(
        'p',
        {},
        el('a', { href: '#/console' }, 'Cypher console'),
        ' · ',
        el('a', { href: '#/graph' }, 'whole graph and exports'),
        ' · ',
        el('a', { href: '/api/openapi.json' }, 'HTTP API (OpenAPI)'),
      ),
    ),
  );
}

async function route(view: HTMLElement): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.dataset.ready = 'false';
  try {
    if (parts[0] === 'entity' && parts[1]) await renderEntity(view, parts[1]);
    else if (parts[0] === 'item' && parts[1]) await renderItem(view, parts[1], params.get('e') ?? undefined);
    else if (parts[0] === 'console') await renderConsole(view, parts[1]);
    else if (parts[0] === 'graph') await renderGraphPage(view);
    else await renderHome(view);
    window.scrollTo(0, 0);
  } catch (error) {
    const e = error instanceof ApiError ? error : undefined;
    replace(
      view,
      el(
        'div',
        { class: 'page-error', role: 'alert' },
        el('h1', {}, e?.status === 404 ? 'Not found' : 'Something went wrong'),
        el('p', {}, e ? `${e.code}: ${e.message}` : String(error)),
      ),
    );
  }
  document.body.dataset.page = parts[0] ?? 'home';
  document.body.dataset.ready = 'true';
}

function start(): void {
  adoptToken();
  const view = required('view', HTMLElement);
  wireSearch(required('search', HTMLInputElement), required('search-type', HTMLSelectElement), required('suggestions', HTMLUListElement));
  window.addEventListener('hashchange', () => void route(view));
  void route(view);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

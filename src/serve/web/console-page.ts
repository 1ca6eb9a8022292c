/// <reference lib="dom" />
// The Cypher console: the named queries of queries/ with a field per @param, a free query box,
// errors pointed at their line and column, results as a table, a graph or JSON, and CSV download.

import { ApiError, getJson, postJson, saveBlob } from './api-client.js';
import { el, entityHref, replace, svg } from './dom.js';
import { resultCsv } from './result-csv.js';
import { drawGraph } from './svg-graph.js';
import type { GraphEdge, GraphNode } from './svg-graph.js';
import type { CypherAnswer, NamedQueryInfo } from './types.js';

let queries: Promise<NamedQueryInfo[]> | undefined;

interface WireNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface WireRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

const isNode = (v: unknown): v is WireNode => typeof v === 'object' && v !== null && 'elementId' in v && 'labels' in v;
const isRel = (v: unknown): v is WireRel => typeof v === 'object' && v !== null && 'elementId' in v && 'start' in v && 'end' in v;
const isPath = (v: unknown): v is { nodes: WireNode[]; relationships: WireRel[] } =>
  typeof v === 'object' && v !== null && 'nodes' in v && Array.isArray(v.nodes) && 'relationships' in v && Array.isArray(v.relationships);

/** Parameter text as typed: JSON when it parses (`5`, `"x"`, `[1]`, `null`), a string otherwise. */
export function paramValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function renderConsole(view: HTMLElement, initial?: string): Promise<void> {
  document.title = 'Cypher console · crimegraph';
  const list = await (queries ??= getJson<NamedQueryInfo[]>('/api/queries'));
  const editor = el('textarea', { id: 'query', spellcheck: 'false', rows: 9, 'aria-label': 'Cypher query' });
  const paramsBox = el('div', { id: 'params', class: 'params' });
  const status = el('div', { id: 'status', class: 'status', role: 'status' });
  const errorBox = el('div', { id: 'query-error', class: 'query-error', role: 'alert', hidden: true });
  const results = el('div', { id: 'results' });
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  let answer: CypherAnswer | undefined;
  let mode: 'table' | 'graph' | 'json' = 'table';
  const values = new Map<string, string>();

  const paramFields = () => {
    // Fields for every $name the query uses, prefilled with the named query's defaults.
    const names = [...new Set([...editor.value.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]])))];
    replace(
      paramsBox,
      ...names.map((name) =>
        el(
          'label',
          {},
          `$${name} `,
          el('input', {
            'data-param': name,
            value: values.get(name) ?? '',
            oninput: (event: Event) => {
              if (event.target instanceof HTMLInputElement) values.set(name, event.target.value);
            },
          }),
        ),
      ),
    );
  };
  const choose = (query: NamedQueryInfo) => {
    editor.value = query.text;
    values.clear();
    for (const [name, value] of Object.entries(query.params)) values.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    paramFields();
    for (const b of view.querySelectorAll<HTMLElement>('.query-list button')) b.classList.toggle('active', b.dataset.name === query.name);
  };
  const show = () => {
    for (const t of tabs.querySelectorAll('button')) t.setAttribute('aria-selected', String(t.dataset.mode === mode));
    if (!answer) return replace(results);
    if (mode === 'table') replace(results, resultTable(answer));
    else if (mode === 'json') replace(results, el('pre', { class: 'json' }, JSON.stringify(answer, null, 2)));
    else replace(results, resultGraph(answer));
  };
  const run = async () => {
    errorBox.hidden = true;
    status.textContent = 'Running…';
    const params: Record<string, unknown> = {};
    for (const input of paramsBox.querySelectorAll('input')) {
      const name = input.dataset.param;
      if (name !== undefined) params[name] = paramValue(input.value);
    }
    try {
      answer = await postJson<CypherAnswer>('/api/cypher', { query: editor.value, params });
      status.textContent = `${answer.summary.rows} rows in ${answer.summary.ms} ms on ${answer.summary.engine}`;
      show();
    } catch (error) {
      answer = undefined;
      show();
      status.textContent = '';
      showError(error);
    }
  };
  const showError = (error: unknown) => {
    const e = error instanceof ApiError ? error : new ApiError(0, 'E_NETWORK', String(error));
    errorBox.hidden = false;
    errorBox.dataset.code = e.code;
    const where = e.line !== undefined ? `line ${e.line}, column ${e.column ?? 1}` : undefined;
    if (where) {
      errorBox.dataset.line = String(e.line);
      errorBox.dataset.column = String(e.column ?? 1);
    } else {
      delete errorBox.dataset.line;
      delete errorBox.dataset.column;
    }
    replace(errorBox, el('div', {}, el('strong', {}, e.code), where ? el('span', { class: 'where' }, ` at ${where}`) : null), el('pre', {}, e.message));
    if (e.line !== undefined) {
      // Put the cursor on the fault, so the reader sees it in their own text.
      const lines = editor.value.split('\n');
      const offset = lines.slice(0, e.line - 1).reduce((n, l) => n + l.length + 1, 0) + (e.column ?? 1) - 1;
      editor.focus();
      editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
    }
  };
  for (const m of ['table', 'graph', 'json'] as const) {
    tabs.appendChild(
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-mode': m,
          onclick: () => {
            mode = m;
            show();
          },
        },
        m === 'json' ? 'JSON' : m.charAt(0).toUpperCase() + m.slice(1),
      ),
    );
  }
  editor.addEventListener('input', paramFields);
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  replace(
    view,
    el(
      'div',
      { class: 'console' },
      el(
        'aside',
        { class: 'query-list' },
        el('h2', {}, 'Named queries'),
        el(
          'ul',
          {},
          ...list.map((q) => el('li', {}, el('button', { type: 'button', 'data-name': q.name, title: q.description, onclick: () => choose(q) }, q.name))),
        ),
      ),
      el(
        'section',
        { class: 'console-main' },
        editor,
        paramsBox,
        el(
          'div',
          { class: 'actions' },
          el('button', { type: 'button', id: 'run', class: 'primary', onclick: () => void run() }, 'Run (Ctrl+Enter)'),
          el(
            'button',
            {
              type: 'button',
              id: 'csv',
              onclick: () => {
                if (answer) saveBlob(new Blob([resultCsv(answer.columns, answer.rows)], { type: 'text/csv' }), 'result.csv');
              },
            },
            'Download CSV',
          ),
          status,
        ),
        errorBox,
        tabs,
        results,
      ),
    ),
  );
  const start = list.find((q) => q.name === initial) ?? list[0];
  if (start) choose(start);
  show();
}

function cellText(value: unknown): Node | string {
  if (value === null || value === undefined) return el('span', { class: 'null' }, 'null');
  if (isNode(value)) {
    const name = String(value.properties.name ?? value.properties.title ?? value.elementId);
    const id = String(value.properties.id ?? '');
    return /^(person|body|act|programme):/.test(id) ? el('a', { href: entityHref(id) }, name) : `(${value.labels.join(':')} ${name})`;
  }
  if (isRel(value)) return `[:${value.type}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function resultTable(answer: CypherAnswer): HTMLElement {
  return el(
    'table',
    { class: 'result-table' },
    el('thead', {}, el('tr', {}, ...answer.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...answer.rows.map((row) => el('tr', {}, ...answer.columns.map((c) => el('td', {}, cellText(row[c])))))),
  );
}

function resultGraph(answer: CypherAnswer): Node {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (isPath(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
      return;
    }
    if (isNode(value)) {
      nodes.set(value.elementId, {
        id: value.elementId,
        label: String(value.properties.name ?? value.properties.title ?? value.elementId),
        kind: value.labels[0] ?? '',
      });
    } else if (isRel(value)) edges.push({ source: value.start, target: value.end, label: value.type });
  };
  for (const row of answer.rows) Object.values(row).forEach(visit);
  if (nodes.size === 0) return el('p', { class: 'muted' }, 'No nodes in this result: return nodes, relationships or paths to see a graph.');
  const shown = [...nodes.values()].slice(0, 300);
  const target = svg('svg', { viewBox: '0 0 900 420', class: 'result-graph' });
  drawGraph(
    target,
    shown,
    edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)),
  );
  return el('div', {}, target, nodes.size > 300 ? el('p', { class: 'muted' }, `First 300 of ${nodes.size} nodes.`) : null);
}

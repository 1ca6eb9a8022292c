/// <reference lib="dom" />
// The graph page: the whole-graph explorer (the export's sigma.js viewer, laid out once when the
// server started) and the export downloads.

import { download, getJson, token } from './api-client.js';
import { el, replace } from './dom.js';
import type { GraphStats } from './types.js';

const FORMATS: [string, string, string][] = [
  ['gexf', 'graph.gexf', 'GEXF (Gephi)'],
  ['graphml', 'graph.graphml', 'GraphML (yEd, Cytoscape)'],
  ['json', 'graph.json', 'graphology JSON'],
  ['cytoscape', 'graph.cytoscape.json', 'Cytoscape JSON'],
  ['cypher', 'graph.cypher', 'Cypher script'],
  ['html', 'graph.html', 'HTML viewer (one file)'],
];

export async function renderGraphPage(view: HTMLElement): Promise<void> {
  document.title = 'Graph and exports · crimegraph';
  const stats = await getJson<GraphStats & { engine: string }>('/api/stats');
  const t = token();
  const status = el('p', { class: 'muted', role: 'status' });
  const get = (path: string, name: string) => async () => {
    status.textContent = `Preparing ${name}…`;
    try {
      await download(path, name);
      status.textContent = `${name} downloaded.`;
    } catch (error) {
      status.textContent = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const csvList = el('ul', { class: 'compact' });
  replace(
    view,
    el(
      'article',
      { class: 'graph-page' },
      el('h1', {}, 'The whole graph'),
      el(
        'p',
        {},
        `${stats.nodes.toLocaleString('en-GB')} nodes and ${stats.relationships.toLocaleString('en-GB')} relationships, on the ${stats.engine} engine.`,
      ),
      el(
        'p',
        {},
        el(
          'a',
          { href: `/explorer${t ? `?token=${encodeURIComponent(t)}` : ''}`, target: '_blank', rel: 'noopener', class: 'button primary' },
          'Open the graph explorer',
        ),
        ' ',
        el(
          'span',
          { class: 'muted' },
          stats.engine === 'embedded'
            ? 'entities and their relations, drawn with sigma.js; opens in a new tab'
            : 'entities and their relations, drawn with sigma.js; opens in a new tab (the graph is read back from Neo4j first: a large one takes a while)',
        ),
      ),
      el('h2', {}, 'Downloads'),
      el(
        'ul',
        { class: 'downloads' },
        ...FORMATS.map(([format, name, label]) =>
          el('li', {}, el('button', { type: 'button', 'data-format': format, onclick: get(`/api/export/${format}`, name) }, label)),
        ),
        el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              'data-format': 'csv',
              onclick: async () => {
                const { files } = await getJson<{ files: string[] }>('/api/export/csv');
                replace(
                  csvList,
                  ...files.map((f) =>
                    el('li', {}, el('button', { type: 'button', class: 'link', onclick: get(`/api/export/csv/${encodeURIComponent(f)}`, f) }, f)),
                  ),
                );
              },
            },
            'neo4j-admin CSV (list the files)',
          ),
          csvList,
        ),
      ),
      status,
      el('h2', {}, 'Counts'),
      el(
        'table',
        { class: 'result-table' },
        el(
          'tbody',
          {},
          ...Object.entries(stats.labels).map(([label, n]) => el('tr', {}, el('td', {}, label), el('td', {}, n))),
          ...Object.entries(stats.relationshipTypes).map(([type, n]) => el('tr', {}, el('td', {}, `:${type}`), el('td', {}, n))),
        ),
      ),
    ),
  );
}

/// <reference lib="dom" />
// The viewer's browser entry (bundled by scripts/build-viewer.mjs): reads the embedded graph,
// draws it with sigma.js, and wires the legend toggles, size switch, search, hover and details.

import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { ViewerData, ViewerEdge, ViewerNode } from '../viewer-data.js';
import { renderDetails } from './details-panel.js';
import { searchEntities } from './search-index.js';
import type { SearchEntry } from './search-index.js';

const DIMMED = '#e3e6ea';

function required<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`viewer: #${id} missing from the page (or not a ${type.name})`);
  return found;
}

function start(): void {
  const data = JSON.parse(required('graph-data', HTMLElement).textContent ?? '{}') as ViewerData;
  const graph = MultiDirectedGraph.from<ViewerNode, ViewerEdge>(data.graph);
  const container = required('graph', HTMLElement);
  const details = required('details', HTMLElement);
  const search = required('search', HTMLInputElement);
  const suggestions = required('suggestions', HTMLUListElement);
  const sizeBy = required('size-by', HTMLSelectElement);
  const legend = required('legend', HTMLUListElement);
  const hint = required('empty', HTMLElement);

  let hovered: string | null = null;
  let selected: string | null = null;
  const hiddenTypes = new Set<string>();
  const focusSet = (): Set<string> | null => {
    const focus = hovered ?? selected;
    return focus === null ? null : new Set([focus, ...graph.neighbors(focus)]);
  };
  let focus: Set<string> | null = null;

  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'line',
    labelRenderedSizeThreshold: 6,
    labelDensity: 1,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    zIndex: true,
    nodeReducer: (node, attributes) => {
      const shown: Record<string, unknown> = { ...attributes };
      if (hiddenTypes.has(attributes.nodeType)) shown.hidden = true;
      if (focus !== null) {
        if (focus.has(node)) {
          shown.zIndex = 2;
          // Name every neighbour of a small neighbourhood; a hub's would be an unreadable pile.
          shown.forceLabel = focus.size <= 40;
          shown.highlighted = node === (hovered ?? selected);
        } else {
          shown.color = DIMMED;
          shown.label = '';
          shown.zIndex = 0;
        }
      }
      return shown;
    },
    edgeReducer: (edge, attributes) => {
      const shown: Record<string, unknown> = { ...attributes };
      const [source, target] = graph.extremities(edge);
      if (hiddenTypes.has(graph.getNodeAttribute(source, 'nodeType')) || hiddenTypes.has(graph.getNodeAttribute(target, 'nodeType'))) {
        shown.hidden = true;
      } else if (focus !== null) {
        const focused = hovered ?? selected;
        if (source !== focused && target !== focused) shown.hidden = true;
        else shown.zIndex = 1;
      }
      return shown;
    },
  });
  const refresh = (): void => {
    focus = focusSet();
    renderer.refresh();
  };

  const select = (key: string | null): void => {
    selected = key;
    if (key === null) {
      details.replaceChildren(hint);
      refresh();
      return;
    }
    renderDetails(details, graph, key, select);
    refresh();
    const position = renderer.getNodeDisplayData(key);
    if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.6 }, { duration: 400 });
  };

  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    refresh();
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    refresh();
  });
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));

  // Legend: one toggle per type.
  for (const { type, color, count } of data.types) {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.type = type;
    box.addEventListener('change', () => {
      if (box.checked) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      refresh();
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    label.append(box, swatch, document.createTextNode(`${type} (${count})`));
    item.append(label);
    legend.append(item);
  }

  // Size switch.
  sizeBy.value = data.sizeBy;
  sizeBy.addEventListener('change', () => {
    const measure = sizeBy.value === 'degree' ? 'degree' : 'pagerank';
    graph.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, size: attributes.sizes[measure] }));
  });

  // Search: suggestions as you type, Enter takes the best match.
  const entries: SearchEntry[] = graph.mapNodes((key, attributes) => ({
    key,
    name: attributes.label,
    aliases: attributes.aliases,
    rank: attributes.sizes.pagerank,
  }));
  const showSuggestions = (): void => {
    suggestions.replaceChildren();
    for (const match of searchEntities(entries, search.value)) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = match.alias === undefined ? match.name : `${match.alias} → ${match.name}`;
      button.addEventListener('click', () => {
        search.value = match.name;
        suggestions.replaceChildren();
        select(match.key);
      });
      item.append(button);
      suggestions.append(item);
    }
  };
  search.addEventListener('input', showSuggestions);
  // Arrow keys walk from the field into the suggestions and between them.
  const stepFocus = (from: Element | null, step: 1 | -1): void => {
    const buttons = [...suggestions.querySelectorAll('button')];
    const index = from instanceof HTMLButtonElement ? buttons.indexOf(from) : -1;
    const next = index + step;
    if (next < 0) search.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  };
  suggestions.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      stepFocus(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    }
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      stepFocus(null, 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const best = searchEntities(entries, search.value, 1)[0];
      suggestions.replaceChildren();
      if (best !== undefined) select(best.key);
    }
  });
  // Escape closes the suggestions, then clears the selection.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (suggestions.childElementCount > 0) suggestions.replaceChildren();
    else select(null);
  });
  search.addEventListener('search', () => {
    if (search.value === '') suggestions.replaceChildren();
  });

  document.body.dataset.ready = 'true';
}

start();

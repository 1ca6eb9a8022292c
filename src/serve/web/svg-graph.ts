/// <reference lib="dom" />
// A small graph drawn in plain SVG: a force layout (a few hundred steps of Fruchterman-Reingold,
// seeded so the same graph lands the same way) and circles, labels and lines as SVG elements.

import { svg } from './dom.js';

export interface GraphNode {
  id: string;
  label: string;
  /** Person, Body, Act, Programme, Role, Item, … */
  kind: string;
  x?: number;
  y?: number;
  /** Drawn larger: the node the view is about. */
  focus?: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

export const KIND_COLOURS: Record<string, string> = {
  Person: '#d1495b',
  Body: '#2e6fba',
  Act: '#6a4c93',
  Programme: '#2a9d6f',
  Role: '#c77d1e',
  Item: '#8a8f98',
  Newsletter: '#5b6470',
};

/** Lay out in place; nodes that have a position keep it as a start. */
export function layout(nodes: GraphNode[], edges: GraphEdge[], width: number, height: number, steps = 300): void {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const n of nodes) {
    n.x ??= width / 2 + (random() - 0.5) * width * 0.6;
    n.y ??= height / 2 + (random() - 0.5) * height * 0.6;
  }
  const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.6;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  for (let step = 0; step < steps; step++) {
    const temperature = (width / 10) * (1 - step / steps);
    const dx = new Float64Array(nodes.length);
    const dy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i]!, nodes[j]!];
        let x = a.x! - b.x!;
        let y = a.y! - b.y!;
        const d = Math.hypot(x, y) || 0.01;
        const force = (k * k) / d;
        x = (x / d) * force;
        y = (y / d) * force;
        dx[i]! += x;
        dy[i]! += y;
        dx[j]! -= x;
        dy[j]! -= y;
      }
    }
    for (const e of edges) {
      const [i, j] = [index.get(e.source), index.get(e.target)];
      if (i === undefined || j === undefined || i === j) continue;
      const [a, b] = [nodes[i]!, nodes[j]!];
      const x = a.x! - b.x!;
      const y = a.y! - b.y!;
      const d = Math.hypot(x, y) || 0.01;
      const force = (d * d) / k;
      dx[i]! -= (x / d) * force;
      dy[i]! -= (y / d) * force;
      dx[j]! += (x / d) * force;
      dy[j]! += (y / d) * force;
    }
    nodes.forEach((n, i) => {
      const d = Math.hypot(dx[i]!, dy[i]!) || 0.01;
      const move = Math.min(d, temperature);
      // A gentle pull to the centre keeps unconnected parts in view.
      n.x = Math.min(width - 20, Math.max(20, n.x! + (dx[i]! / d) * move + (width / 2 - n.x!) * 0.01));
      n.y = Math.min(height - 14, Math.max(14, n.y! + (dy[i]! / d) * move + (height / 2 - n.y!) * 0.01));
    });
  }
}

/** Draw into `target` (an <svg>); `onNode` is called when a node is clicked. */
export function drawGraph(target: SVGSVGElement, nodes: GraphNode[], edges: GraphEdge[], onNode?: (node: GraphNode) => void): void {
  const width = target.viewBox.baseVal.width || 600;
  const height = target.viewBox.baseVal.height || 360;
  layout(nodes, edges, width, height);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  target.replaceChildren();
  for (const e of edges) {
    const [a, b] = [byId.get(e.source), byId.get(e.target)];
    if (!a || !b) continue;
    target.appendChild(svg('line', { x1: a.x!, y1: a.y!, x2: b.x!, y2: b.y!, class: `edge edge-${e.label}` }, svg('title', {}, e.label)));
  }
  for (const n of nodes) {
    const group = svg(
      'g',
      { class: `node${n.focus ? ' focus' : ''}`, transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`, 'data-id': n.id, tabindex: 0, role: 'button' },
      svg('circle', { r: n.focus ? 9 : 6, fill: KIND_COLOURS[n.kind] ?? '#999' }),
      // Labels of nodes on the right run leftwards, so they stay inside the picture.
      svg('text', n.x! > width * 0.62 ? { x: -10, y: 4, 'text-anchor': 'end' } : { x: 10, y: 4 }, n.label.length > 32 ? `${n.label.slice(0, 30)}…` : n.label),
      svg('title', {}, `${n.label} (${n.kind})`),
    );
    if (onNode) {
      group.addEventListener('click', () => onNode(n));
      group.addEventListener('keydown', (event) => {
        if (event instanceof KeyboardEvent && event.key === 'Enter') onNode(n);
      });
    }
    target.appendChild(group);
  }
}

/// <reference lib="dom" />
// A small graph drawn in plain SVG: a force layout (a few hundred steps of Fruchterman-Reingold,
// seeded so the same graph lands the same way) and circles, labels and lines as SVG elements.

import { elementAt } from '../../errors.js';
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

/** A node's place while the layout runs: where it is and the pull on it in this step. */
interface Placed {
  node: GraphNode;
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/** Lay out in place; nodes that have a position keep it as a start. Gives each node's place. */
export function layout(nodes: GraphNode[], edges: GraphEdge[], width: number, height: number, steps = 300): Placed[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const placed: Placed[] = nodes.map((node) => {
    const x = node.x ?? width / 2 + (random() - 0.5) * width * 0.6;
    const y = node.y ?? height / 2 + (random() - 0.5) * height * 0.6;
    return { node, x, y, dx: 0, dy: 0 };
  });
  const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.6;
  const byId = new Map(placed.map((p) => [p.node.id, p]));
  for (let step = 0; step < steps; step++) {
    const temperature = (width / 10) * (1 - step / steps);
    for (const p of placed) [p.dx, p.dy] = [0, 0];
    for (const [i, a] of placed.entries()) {
      for (let j = i + 1; j < placed.length; j++) {
        const b = elementAt(placed, j);
        let x = a.x - b.x;
        let y = a.y - b.y;
        const d = Math.hypot(x, y) || 0.01;
        const force = (k * k) / d;
        x = (x / d) * force;
        y = (y / d) * force;
        a.dx += x;
        a.dy += y;
        b.dx -= x;
        b.dy -= y;
      }
    }
    for (const e of edges) {
      const [a, b] = [byId.get(e.source), byId.get(e.target)];
      if (a === undefined || b === undefined || a === b) continue;
      const x = a.x - b.x;
      const y = a.y - b.y;
      const d = Math.hypot(x, y) || 0.01;
      const force = (d * d) / k;
      a.dx -= (x / d) * force;
      a.dy -= (y / d) * force;
      b.dx += (x / d) * force;
      b.dy += (y / d) * force;
    }
    for (const p of placed) {
      const d = Math.hypot(p.dx, p.dy) || 0.01;
      const move = Math.min(d, temperature);
      // A gentle pull to the centre keeps unconnected parts in view.
      p.x = Math.min(width - 20, Math.max(20, p.x + (p.dx / d) * move + (width / 2 - p.x) * 0.01));
      p.y = Math.min(height - 14, Math.max(14, p.y + (p.dy / d) * move + (height / 2 - p.y) * 0.01));
    }
  }
  for (const p of placed) [p.node.x, p.node.y] = [p.x, p.y];
  return placed;
}

/** Draw into `target` (an <svg>); `onNode` is called when a node is clicked. */
export function drawGraph(target: SVGSVGElement, nodes: GraphNode[], edges: GraphEdge[], onNode?: (node: GraphNode) => void): void {
  const width = target.viewBox.baseVal.width || 600;
  const height = target.viewBox.baseVal.height || 360;
  const placed = layout(nodes, edges, width, height);
  const byId = new Map(placed.map((p) => [p.node.id, p]));
  target.replaceChildren();
  for (const e of edges) {
    const [a, b] = [byId.get(e.source), byId.get(e.target)];
    if (!a || !b) continue;
    target.appendChild(svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge edge-${e.label}` }, svg('title', {}, e.label)));
  }
  for (const { node: n, x, y } of placed) {
    const group = svg(
      'g',
      { class: `node${n.focus ? ' focus' : ''}`, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, 'data-id': n.id, tabindex: 0, role: 'button' },
      svg('circle', { r: n.focus ? 9 : 6, fill: KIND_COLOURS[n.kind] ?? '#999' }),
      // Labels of nodes on the right run leftwards, so they stay inside the picture.
      svg('text', x > width * 0.62 ? { x: -10, y: 4, 'text-anchor': 'end' } : { x: 10, y: 4 }, n.label.length > 32 ? `${n.label.slice(0, 30)}…` : n.label),
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

/// <reference lib="dom" />
// Mentions over time as a plain SVG bar chart: one bar per newsletter date, height by mentions,
// on a time axis so gaps between issues show.

import { svg } from './dom.js';
import type { TimelineRecord } from './types.js';

export function timelineChart(records: readonly TimelineRecord[], width = 560, height = 140): SVGSVGElement {
  const dated = records.flatMap((r) => (r.published === null ? [] : [{ ...r, published: r.published, time: Date.parse(r.published) }]));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': 'Mentions per newsletter date' });
  const [first] = dated;
  if (first === undefined) return chart;
  const pad = { left: 30, right: 10, top: 10, bottom: 24 };
  const times = dated.map((r) => r.time);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(t1 - t0, 1);
  const max = Math.max(...dated.map((r) => r.mentions), 1);
  const x = (t: number) => pad.left + (dated.length === 1 ? (width - pad.left - pad.right) / 2 : ((t - t0) / span) * (width - pad.left - pad.right));
  const barWidth = Math.max(4, Math.min(24, (width - pad.left - pad.right) / (dated.length * 2)));
  const base = height - pad.bottom;
  chart.appendChild(svg('line', { x1: pad.left, x2: width - pad.right, y1: base, y2: base, class: 'axis' }));
  chart.appendChild(svg('text', { x: pad.left - 4, y: pad.top + 8, class: 'tick', 'text-anchor': 'end' }, max));
  dated.forEach((r) => {
    const h = ((base - pad.top) * r.mentions) / max;
    chart.appendChild(
      svg(
        'rect',
        { x: x(r.time) - barWidth / 2, y: base - h, width: barWidth, height: h, class: 'bar' },
        svg('title', {}, `${r.published}: ${r.mentions} mentions in ${r.items} items (${r.title})`),
      ),
    );
  });
  const years = new Set(dated.map((r) => r.published.slice(0, 4)));
  for (const year of years) {
    const t = Date.parse(`${year}-01-01`);
    if (t < t0 || t > t1) continue;
    chart.appendChild(svg('text', { x: x(t), y: height - 6, class: 'tick', 'text-anchor': 'middle' }, year));
  }
  if (years.size <= 1 || dated.length === 1) {
    chart.appendChild(svg('text', { x: x(first.time), y: height - 6, class: 'tick', 'text-anchor': 'middle' }, first.published));
  }
  return chart;
}

// Formats a query result for the command line: an aligned table, JSON (array of row objects)
// or CSV. Values go through toJson, so every output shows nodes, paths and numbers the same way.

import { elementAt } from '../errors.js';
import type { QueryResult } from './executor/execute.js';
import { toJson } from './runtime/json.js';
import { formatFloat } from './runtime/format-float.js';
import { Node, Path, Relationship, TemporalValue, type CypherValue } from './values.js';

export type ResultFormat = 'table' | 'json' | 'csv';

/** Cypher-style text of a value, as a table cell shows it: `(:Person {name: 'Ann'})`, `[1, 2]`. */
export function valueText(v: CypherValue): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    case 'boolean':
      return String(v);
    case 'string':
      return v;
  }
  return literalText(v);
}

function literalText(v: CypherValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v !== 'object') return valueText(v);
  if (Array.isArray(v)) return `[${v.map(literalText).join(', ')}]`;
  if (v instanceof Node) return `(${v.labels.map((l) => ':' + l).join('')}${propsText(v.properties, v.labels.length > 0)})`;
  if (v instanceof Relationship) return `[:${v.type}${propsText(v.properties, true)}]`;
  if (v instanceof Path) {
    let s = literalText(elementAt(v.nodes, 0));
    v.relationships.forEach((r, i) => {
      const forward = r.start === elementAt(v.nodes, i).id;
      s += forward ? `-${literalText(r)}->` : `<-${literalText(r)}-`;
      s += literalText(elementAt(v.nodes, i + 1));
    });
    return `<${s}>`;
  }
  if (v instanceof TemporalValue) return v.toString();
  return `{${Object.entries(v)
    .map(([k, x]) => `${k}: ${literalText(x)}`)
    .join(', ')}}`;
}

function propsText(p: Record<string, CypherValue>, space: boolean): string {
  // Sorted, as toJson does, so both engines print a node alike.
  const entries = Object.entries(p).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '';
  return `${space ? ' ' : ''}{${entries.map(([k, x]) => `${k}: ${literalText(x)}`).join(', ')}}`;
}

function csvCell(v: CypherValue): string {
  if (v === null) return '';
  const text = typeof v === 'object' ? JSON.stringify(toJson(v)) : valueText(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Render a result as `table` (aligned, with a row count), `json` or `csv`. */
export function formatResult(result: QueryResult, format: ResultFormat = 'table'): string {
  const { columns, rows } = result;
  switch (format) {
    case 'json':
      return JSON.stringify(
        rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, toJson(r[i] ?? null)]))),
        null,
        2,
      );
    case 'csv':
      return [columns.map((c) => csvCell(c)).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
    case 'table': {
      // One line per row: line breaks inside a value are shown as \n.
      const cells = rows.map((r) => r.map((v) => valueText(v).replace(/\r?\n/g, '\\n')));
      const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
      const line = (vals: string[]): string => '| ' + vals.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
      const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
      const out = [rule, line(columns), rule, ...cells.map(line), rule];
      out.push(`${rows.length} row${rows.length === 1 ? '' : 's'}`);
      return out.join('\n') + '\n';
    }
  }
}

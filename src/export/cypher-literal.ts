// Cypher text for values and names: strings single-quoted with every special character escaped,
// names always in backticks, so no data can end a literal and become part of the query.

import type { PropertyValue } from '../graph/schema.js';
import { ExportError } from './export-error.js';

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Cypher string literal whose value is exactly `text`. */
export function cypherString(text: string): string {
  const escaped = text.replace(
    /[\\'\n\r\t\b\f]|[\u0000-\u001F\u007F\u2028\u2029]/g,
    (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** A label, relationship type or property key in backticks (a backtick inside is doubled). */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a stored property value (lists recursively). */
export function cypherValue(value: PropertyValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new ExportError('E_EXPORT_VALUE', `Cypher has no literal for the number ${value}`);
  return String(value);
}

/** A map literal; null values are left out, as Neo4j does not store them. */
export function cypherMap(entries: Record<string, PropertyValue>): string {
  const parts = Object.entries(entries)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${cypherName(name)}: ${cypherValue(value)}`);
  return `{${parts.join(', ')}}`;
}

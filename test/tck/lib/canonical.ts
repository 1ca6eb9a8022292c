// Renders actual CypherValues and expected TCK values into one canonical text, so that
// "matches" is string equality and unordered comparison is a multiset of strings.

import { Node, Path, Relationship, TemporalValue, isCypherMap } from '../../../src/cypher/values.js';
import type { CypherValue } from '../../../src/cypher/values.js';
import type { Expected, ExpectedNode, ExpectedRelationship } from './expected-value.js';

export interface CanonicalOptions {
  /** `Then the result should be (ignoring element order for lists)`: lists compare as multisets. */
  unorderedLists?: boolean;
}

/**
 * The canonical form follows the TCK notation with labels and map keys sorted and floats
 * always marked as floats (`1.0`), so integer 1 and float 1.0 never match; NaN matches NaN and
 * -0.0 matches 0.0. Temporal values are written as strings, as the TCK writes them.
 */
export function canonicalActual(value: CypherValue | undefined, options: CanonicalOptions = {}): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return String(value);
    case 'bigint':
      return value.toString();
    case 'number':
      return canonicalFloat(value);
    case 'string':
      return canonicalString(value);
    default:
  }
  if (Array.isArray(value))
    return canonicalList(
      value.map((v) => canonicalActual(v, options)),
      options,
    );
  if (value instanceof Node) return canonicalNode(value.labels, canonicalMapEntries(value.properties, options));
  if (value instanceof Relationship) return canonicalRelationship(value.type, canonicalMapEntries(value.properties, options));
  if (value instanceof Path) return canonicalPath(value, options);
  if (value instanceof TemporalValue) return canonicalString(value.toString());
  if (isCypherMap(value)) return `{${canonicalMapEntries(value, options)}}`;
  return `<unknown ${Object.prototype.toString.call(value)}: ${String(value)}>`;
}

/** The canonical form of a value written in a TCK table; equal to `canonicalActual` of a matching value. */
export function canonicalExpected(value: Expected, options: CanonicalOptions = {}): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'boolean':
      return String(value.value);
    case 'integer':
      return value.value.toString();
    case 'float':
      return canonicalFloat(value.value);
    case 'string':
      return canonicalString(value.value);
    case 'list':
      return canonicalList(
        value.items.map((v) => canonicalExpected(v, options)),
        options,
      );
    case 'map':
      return `{${canonicalExpectedEntries(value.entries, options)}}`;
    case 'node':
      return expectedNode(value, options);
    case 'relationship':
      return expectedRelationship(value, options);
    case 'path': {
      let out = `<${expectedNode(value.start, options)}`;
      for (const step of value.steps) {
        const rel = expectedRelationship(step.relationship, options);
        out += step.forward ? `-${rel}->` : `<-${rel}-`;
        out += expectedNode(step.node, options);
      }
      return `${out}>`;
    }
  }
}

function canonicalFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return 'Inf';
  if (n === Number.NEGATIVE_INFINITY) return '-Inf';
  if (Object.is(n, -0)) return '0.0';
  const text = String(n);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function canonicalString(s: string): string {
  return `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function canonicalList(items: string[], options: CanonicalOptions): string {
  const ordered = options.unorderedLists ? [...items].sort() : items;
  return `[${ordered.join(', ')}]`;
}

function canonicalMapEntries(map: Record<string, CypherValue>, options: CanonicalOptions): string {
  return (
    Object.keys(map)
      // undefined is not a Cypher value; a key holding it is treated as absent.
      .filter((k) => map[k] !== undefined)
      .sort()
      .map((k) => `${k}: ${canonicalActual(map[k], options)}`)
      .join(', ')
  );
}

function canonicalExpectedEntries(map: Record<string, Expected>, options: CanonicalOptions): string {
  return Object.keys(map)
    .sort()
    .map((k) => `${k}: ${canonicalExpected(map[k]!, options)}`)
    .join(', ');
}

function canonicalNode(labels: string[], entries: string): string {
  const sorted = [...new Set(labels)]
    .sort()
    .map((l) => `:${l}`)
    .join('');
  return `(${sorted}${sorted && entries ? ' ' : ''}${entries ? `{${entries}}` : ''})`;
}

function canonicalRelationship(type: string, entries: string): string {
  return `[:${type}${entries ? ` {${entries}}` : ''}]`;
}

function expectedNode(node: ExpectedNode, options: CanonicalOptions): string {
  return canonicalNode(node.labels, canonicalExpectedEntries(node.properties, options));
}

function expectedRelationship(rel: ExpectedRelationship, options: CanonicalOptions): string {
  return canonicalRelationship(rel.type, canonicalExpectedEntries(rel.properties, options));
}

function canonicalPath(path: Path, options: CanonicalOptions): string {
  const [first, ...rest] = path.nodes;
  if (!first) return '<invalid path: no nodes>';
  let out = `<${canonicalActual(first, options)}`;
  path.relationships.forEach((rel, i) => {
    const from = path.nodes[i];
    const to = rest[i];
    if (!from || !to) {
      out += ' <invalid path: missing node>';
      return;
    }
    const text = canonicalActual(rel, options);
    if (rel.start === from.id && rel.end === to.id) out += `-${text}->`;
    else if (rel.start === to.id && rel.end === from.id) out += `<-${text}-`;
    else out += ` <relationship ${rel.id} does not join ${from.id} and ${to.id}> `;
    out += canonicalActual(to, options);
  });
  return `${out}>`;
}

// CSV in the neo4j-admin import layout: one nodes file per label set (`id:ID`, `:LABEL`, typed
// property columns) and one relationships file per type (`:START_ID`, `:END_ID`, `:TYPE`).

import type { PropertyGraph, PropertyValue } from '../graph/schema.js';
import type { ExportFile } from './export-files.js';
import type { ExportScope } from './scope.js';
import { selectScope } from './scope.js';
import { propertyColumns } from './property-columns.js';
import type { PropertyColumn } from './property-columns.js';
import { uniqueFileStem } from './file-names.js';
import { writeCypherScript } from './cypher-script.js';
import { cypherName, cypherString } from './cypher-literal.js';

/** Array delimiters to try, in order: neo4j-admin's default first. */
const ARRAY_DELIMITERS = [';', '|', '\u001F'];
const INT32 = 2 ** 31;

/** A field as RFC 4180 wants it: strings always quoted (so "" is an empty string, not null). */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A header cell: quoted only when the name itself needs it. */
function headerCell(text: string): string {
  return /[",\r\n]/.test(text) ? quote(text) : text;
}

function integerType(values: PropertyValue[]): 'int' | 'long' {
  const fits = (value: PropertyValue): boolean => (Array.isArray(value) ? value.every(fits) : typeof value !== 'number' || (value >= -INT32 && value < INT32));
  return values.every(fits) ? 'int' : 'long';
}

function columnType(column: PropertyColumn, values: PropertyValue[]): string {
  if (column.mixed) return 'string';
  const scalar = column.kind === 'integer' ? integerType(values) : column.kind === 'float' ? 'double' : column.kind === 'boolean' ? 'boolean' : 'string';
  return column.list ? `${scalar}[]` : scalar;
}

function field(value: PropertyValue | undefined, column: PropertyColumn, delimiter: string): string {
  if (value === undefined || value === null) return '';
  if (column.mixed) return quote(JSON.stringify(value));
  if (Array.isArray(value)) {
    // neo4j-admin reads an empty field as "no property"; an empty list has no other spelling.
    if (value.length === 0) return '';
    const joined = value.map((element) => (element === null ? '' : String(element))).join(delimiter);
    return column.kind === 'string' ? quote(joined) : joined;
  }
  if (column.kind === 'string') return quote(String(value));
  return String(value);
}

function chooseDelimiter(graph: PropertyGraph): string {
  const elements: string[] = [];
  graph.forEachNode((_key, attributes) => {
    elements.push(...attributes.labels);
    for (const value of Object.values(attributes.properties)) if (Array.isArray(value)) elements.push(...value.map(String));
  });
  graph.forEachEdge((_key, attributes) => {
    for (const value of Object.values(attributes.properties)) if (Array.isArray(value)) elements.push(...value.map(String));
  });
  return ARRAY_DELIMITERS.find((delimiter) => elements.every((element) => !element.includes(delimiter))) ?? ';';
}

interface Group {
  header: string[];
  columns: PropertyColumn[];
  rows: string[];
}

function table(records: { fixed: string[]; properties: Record<string, PropertyValue> }[], fixedHeader: string[], delimiter: string): Group {
  const columns = propertyColumns(records.map((record) => record.properties));
  const types = columns.map((column) =>
    columnType(
      column,
      records.map((r) => r.properties[column.name] ?? null),
    ),
  );
  const header = [...fixedHeader, ...columns.map((column, i) => (types[i] === 'string' ? column.name : `${column.name}:${types[i]}`))];
  const rows = records.map((record) => [...record.fixed, ...columns.map((column) => field(record.properties[column.name], column, delimiter))].join(','));
  return { header, columns, rows };
}

function csvFile(name: string, group: Group): ExportFile {
  return { name, content: `${group.header.map(headerCell).join(',')}\n${group.rows.map((row) => `${row}\n`).join('')}` };
}

/** neo4j-admin names a control character as `U+001F`. */
function neo4jAdminCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : character;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The graph as neo4j-admin import files, plus `import.sh` (the import command with the right
 * delimiters) and `graph.cypher` (a script that recreates the graph on a running server).
 *
 * @example
 * for (const file of writeCsv(graph, { entitiesOnly: true })) await writeFile(join(dir, file.name), file.content);
 */
export function writeCsv(graph: PropertyGraph, options: ExportScope = {}): ExportFile[] {
  const scoped = selectScope(graph, options);
  const delimiter = chooseDelimiter(scoped);

  const nodeGroups = new Map<string, { labels: string[]; keys: string[] }>();
  scoped.forEachNode((key, attributes) => {
    const groupKey = JSON.stringify(attributes.labels);
    const group = nodeGroups.get(groupKey) ?? { labels: attributes.labels, keys: [] };
    group.keys.push(key);
    nodeGroups.set(groupKey, group);
  });
  const edgeGroups = new Map<string, string[]>();
  scoped.forEachEdge((key, attributes) => {
    const keys = edgeGroups.get(attributes.type) ?? [];
    keys.push(key);
    edgeGroups.set(attributes.type, keys);
  });

  const taken = new Set<string>();
  const files: ExportFile[] = [];
  const nodeFiles: string[] = [];
  const relationshipFiles: string[] = [];
  // neo4j-admin cannot write an empty list (an empty field is no property): the nodes and
  // relationships that hold one, by property, for empty-lists.cypher to set after the import.
  const emptyOnNodes = new Map<string, EmptyLists<readonly string[], string>>();
  const emptyOnEdges = new Map<string, EmptyLists<string, [string, string]>>();
  const noteEmpty = <G, T>(lists: Map<string, EmptyLists<G, T>>, properties: Record<string, PropertyValue>, group: G, entry: T) => {
    for (const [name, value] of Object.entries(properties)) {
      if (!Array.isArray(value) || value.length > 0) continue;
      const key = JSON.stringify([group, name]);
      const found = lists.get(key);
      if (found) found.entries.push(entry);
      else lists.set(key, { group, name, entries: [entry] });
    }
  };
  for (const { labels, keys } of nodeGroups.values()) {
    const records = keys.map((key) => {
      const { id: _id, ...properties } = scoped.getNodeAttributes(key).properties;
      noteEmpty(emptyOnNodes, properties, labels, key);
      return { fixed: [quote(key), quote(labels.join(delimiter))], properties };
    });
    const name = `nodes_${uniqueFileStem(labels.join('_') || 'unlabelled', taken)}.csv`;
    files.push(csvFile(name, table(records, ['id:ID', ':LABEL'], delimiter)));
    nodeFiles.push(name);
  }
  for (const [type, keys] of edgeGroups) {
    const records = keys.map((key) => {
      const properties = scoped.getEdgeAttributes(key).properties;
      const ends: [string, string] = [scoped.source(key), scoped.target(key)];
      noteEmpty(emptyOnEdges, properties, type, ends);
      return { fixed: [quote(scoped.source(key)), quote(scoped.target(key)), quote(type)], properties };
    });
    const name = `relationships_${uniqueFileStem(type, taken)}.csv`;
    files.push(csvFile(name, table(records, [':START_ID', ':END_ID', ':TYPE'], delimiter)));
    relationshipFiles.push(name);
  }

  const command = [
    '#!/bin/sh',
    '# Load these files into an empty Neo4j database (stop the database first), from this directory:',
    '#   sh import.sh [database]',
    '# then, once it runs, the empty lists CSV cannot hold (if empty-lists.cypher is here):',
    '#   cypher-shell -f empty-lists.cypher',
    'set -e',
    // The database name comes first: `--nodes` and `--relationships` take a list of files, so
    // neo4j-admin 5 reads a name after them as one more file (test/neo4j/bulk-import.test.ts).
    'neo4j-admin database import full "${1:-neo4j}" \\',
    `  --array-delimiter=${shellQuote(neo4jAdminCharacter(delimiter))} --multiline-fields=true \\`,
    ...[...nodeFiles.map((name) => `--nodes=${shellQuote(name)}`), ...relationshipFiles.map((name) => `--relationships=${shellQuote(name)}`)].map(
      (option, i, all) => `  ${option}${i < all.length - 1 ? ' \\' : ''}`,
    ),
    '',
  ].join('\n');
  files.push({ name: 'import.sh', content: command });
  files.push({ name: 'graph.cypher', content: writeCypherScript(scoped) });
  if (emptyOnNodes.size + emptyOnEdges.size > 0) files.push({ name: 'empty-lists.cypher', content: emptyListScript(emptyOnNodes, emptyOnEdges) });
  return files;
}

/** The nodes (by id) or relationships (by their ends) of one label set or type whose property `name` is an empty list. */
interface EmptyLists<G, T> {
  group: G;
  name: string;
  entries: T[];
}

/**
 * Statements that give back the empty lists neo4j-admin could not import (one per label set or
 * type and property, naming the nodes by id and the relationships by their ends), for
 * `cypher-shell -f empty-lists.cypher` once the imported database runs.
 */
function emptyListScript(nodes: Map<string, EmptyLists<readonly string[], string>>, edges: Map<string, EmptyLists<string, [string, string]>>): string {
  const list = (items: string[]) => `[${items.join(', ')}]`;
  const lines = ['// Empty lists the neo4j-admin import leaves out (an empty CSV field is no property); run after the import.'];
  for (const { group: labels, name, entries: ids } of nodes.values()) {
    const match = labels.map((l) => `:${cypherName(l)}`).join('');
    lines.push(`MATCH (n${match}) WHERE n.id IN ${list(ids.map(cypherString))} SET n.${cypherName(name)} = [];`);
  }
  for (const { group: type, name, entries: ends } of edges.values()) {
    const pairs = list(ends.map(([a, b]) => `[${cypherString(a)}, ${cypherString(b)}]`));
    lines.push(`UNWIND ${pairs} AS ends MATCH ({id: ends[0]})-[r:${cypherName(type)}]->({id: ends[1]}) SET r.${cypherName(name)} = [];`);
  }
  return `${lines.join('\n')}\n`;
}

// The typed columns of a set of property maps: for each property name, whether its values are
// lists and which scalar type they share. Typed formats (GEXF, GraphML, CSV) declare these.

import type { Properties, PropertyValue } from '../graph/schema.js';

export type ScalarKind = 'boolean' | 'integer' | 'float' | 'string';

export interface PropertyColumn {
  name: string;
  /** Every non-null value is a list. */
  list: boolean;
  /** The one type every (list element) value fits: integer widens to float, anything to string. */
  kind: ScalarKind;
  /** Some values are lists and others not, or lists nest: only a JSON text carries them. */
  mixed: boolean;
}

function scalarKind(value: PropertyValue): ScalarKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  return 'string';
}

function widen(a: ScalarKind | undefined, b: ScalarKind): ScalarKind {
  if (a === undefined || a === b) return b;
  if ((a === 'integer' && b === 'float') || (a === 'float' && b === 'integer')) return 'float';
  return 'string';
}

/** Columns of `rows` in first-seen order. */
export function propertyColumns(rows: Iterable<Properties>): PropertyColumn[] {
  const seen = new Map<string, { lists: number; scalars: number; nested: boolean; kind?: ScalarKind }>();
  for (const properties of rows) {
    for (const [name, value] of Object.entries(properties)) {
      let column = seen.get(name);
      if (column === undefined) {
        column = { lists: 0, scalars: 0, nested: false };
        seen.set(name, column);
      }
      if (value === null) continue;
      if (Array.isArray(value)) {
        column.lists += 1;
        for (const element of value) {
          if (element === null) continue;
          if (Array.isArray(element)) column.nested = true;
          else column.kind = widen(column.kind, scalarKind(element));
        }
      } else {
        column.scalars += 1;
        column.kind = widen(column.kind, scalarKind(value));
      }
    }
  }
  return [...seen].map(([name, column]) => {
    const mixed = column.nested || (column.lists > 0 && column.scalars > 0);
    return {
      name,
      list: column.lists > 0 && !mixed,
      kind: mixed ? 'string' : (column.kind ?? 'string'),
      mixed,
    };
  });
}

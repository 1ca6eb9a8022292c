// The groups of an aggregation, in first-seen order: a grouping value that is a string or a node
// is looked up by itself, any other value (or several values) by the canonical group key.

import { Node, type CypherValue } from '../values.js';
import { groupKey } from '../runtime/equality.js';

/**
 * Strings and nodes are the common grouping values (`type(r)`, `label`, `p`); looking them up by
 * the string or the node id avoids building a key string per row. Each kind has its own map, so a
 * string never meets a node id; other values go through `groupKey`, equal values to one group.
 */
export class GroupTable<G> {
  /** Every group, in the order first seen. */
  readonly groups: G[] = [];
  private readonly byString = new Map<string, G>();
  private readonly byNode = new Map<string, G>();
  private readonly byKey = new Map<string, G>();

  /** The group of one grouping value, if seen. */
  find(value: CypherValue): G | undefined {
    if (typeof value === 'string') return this.byString.get(value);
    if (value instanceof Node) return this.byNode.get(value.id);
    return this.byKey.get(groupKey(value));
  }

  add(value: CypherValue, group: G): G {
    if (typeof value === 'string') this.byString.set(value, group);
    else if (value instanceof Node) this.byNode.set(value.id, group);
    else this.byKey.set(groupKey(value), group);
    this.groups.push(group);
    return group;
  }

  /** The group of several grouping values, if seen. */
  findAll(values: readonly CypherValue[]): G | undefined {
    return this.byKey.get(keyOfAll(values));
  }

  addAll(values: readonly CypherValue[], group: G): G {
    this.byKey.set(keyOfAll(values), group);
    this.groups.push(group);
    return group;
  }
}

function keyOfAll(values: readonly CypherValue[]): string {
  let k = '';
  for (let i = 0; i < values.length; i++) k += (i > 0 ? '\u0001' : '') + groupKey(values[i]!);
  return k;
}

// The order in which Neo4j hands back a map's keys (keys({b: 1, a: 2}) is ['a', 'b'] there).
// Neo4j builds a map literal from a Scala immutable Map into a Java HashMap and iterates that:
// so keys come by HashMap bucket (the spread String.hashCode, a table as large as the default
// load factor makes it), and keys sharing a bucket in the order they were put in, which for more
// than four keys is the Scala HashMap's (CHAMP trie) order rather than the written one.
// Checked against Neo4j 5.26 on maps of 2 to 12 keys (test/cypher/functions). A map projection
// (`n {.name, .year}`) is built otherwise: a HashMap sized for its items (Java's
// HashMap.newHashMap(n): a table of the power of two at least n / 0.75) filled in the order
// written, so `keys(a {.name, .year, .kind})` is ['name', 'year', 'kind'] where the literal
// `{name: …, year: …, kind: …}` gives ['year', 'kind', 'name'].

/** Java's String.hashCode over UTF-16 code units, as a signed 32-bit integer. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Scala 2.13's Hashing.improve, which its immutable HashMap applies to every key's hash. */
function scalaImprove(hash: number): number {
  let h = (hash + ~(hash << 9)) | 0;
  h ^= h >>> 14;
  h = (h + (h << 4)) | 0;
  return h ^ (h >>> 10);
}

/** Iteration order of a Scala immutable HashMap: 5 hash bits a level, entries before sub-tries. */
function scalaHashMapOrder(keys: string[], shift = 0): string[] {
  if (shift >= 32) return keys;
  const byBits = new Map<number, string[]>();
  for (const key of keys) {
    const bits = (scalaImprove(javaStringHash(key)) >>> shift) & 31;
    const group = byBits.get(bits);
    if (group) group.push(key);
    else byBits.set(bits, [key]);
  }
  const ordered = [...byBits.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  return [...ordered.filter((g) => g.length === 1).flat(), ...ordered.filter((g) => g.length > 1).flatMap((g) => scalaHashMapOrder(g, shift + 5))];
}

/**
 * Marks a map whose own key order is already Neo4j's (a projection's): keys() reads it as it is.
 * Not enumerable, so copying the map's entries leaves it behind.
 */
const IN_NEO4J_ORDER = Symbol('keys in Neo4j order');

export function markInNeo4jOrder<T extends object>(map: T): T {
  Object.defineProperty(map, IN_NEO4J_ORDER, { value: true, enumerable: false });
  return map;
}

export function isInNeo4jOrder(map: object): boolean {
  return (map as { [IN_NEO4J_ORDER]?: boolean })[IN_NEO4J_ORDER] === true;
}

/** The keys of a map projection in Neo4j's order: a HashMap sized for them, filled in the order written. */
export function projectionKeyOrder(keys: string[]): string[] {
  let capacity = 1;
  while (capacity < Math.ceil(keys.length / 0.75)) capacity *= 2;
  return inBuckets(keys, capacity);
}

/** A map's keys in Neo4j's order. */
export function neo4jMapKeyOrder(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  // Scala keeps up to four entries in insertion order (Map1 … Map4).
  const inserted = keys.length > 4 ? scalaHashMapOrder(keys) : keys;
  let capacity = 16;
  while (inserted.length > capacity * 0.75) capacity *= 2;
  return inBuckets(inserted, capacity);
}

/** Keys as a Java HashMap of `capacity` buckets iterates them, put in the order given. */
function inBuckets(inserted: string[], capacity: number): string[] {
  const bucket = (k: string) => {
    const h = javaStringHash(k);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  return inserted
    .map((key, index) => ({ key, index, bucket: bucket(key) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.key);
}

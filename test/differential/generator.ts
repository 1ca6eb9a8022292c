// Random cases for the differential test: a small random graph written as CREATE statements, and
// random read queries over it built from a typed grammar of Cypher 5 (patterns with var-length
// and quantified parts, OPTIONAL MATCH, WITH and aggregation, ORDER BY / SKIP / LIMIT, UNWIND,
// CASE, comprehensions, subquery expressions, string / list / math / temporal functions, null,
// comparison across types, DISTINCT, UNION). Everything comes from one seeded random stream,
// so a seed and a case number give back the same case.
//
// Each query says how its rows may be compared: as a bag, or in order by some of its columns
// (ties compared as bags); columns holding a list whose order Cypher leaves open (collect(),
// a pattern comprehension) are compared as bags of elements.

import { seededRandom } from '../../src/graph/index.js';

/** The labels and types every graph draws from; the runner makes the label tokens in this order. */
export const LABELS = ['La', 'Lb', 'Lc'] as const;
export const TYPES = ['R', 'S', 'T'] as const;
const NODE_KEYS = ['num', 'name', 'tags', 'flag', 'when', 'mix'] as const;
const REL_KEYS = ['w', 'name', 'when'] as const;

export interface GeneratedGraph {
  /** CREATE statements, each making at most a few nodes and their relationships. */
  statements: string[];
  nodes: number;
}

export interface Comparison {
  /** 'bag': row order is open; 'ordered': rows sorted by `sortColumns` (ties as bags). */
  mode: 'bag' | 'ordered';
  sortColumns: number[];
  /** Columns whose list value has an open order: its elements are compared as a bag. */
  bagListColumns: number[];
}

export interface GeneratedQuery {
  text: string;
  comparison: Comparison;
  /** The grammar features used (for the summary and the README's coverage list). */
  features: string[];
}

export type Random = () => number;

export function randomStream(seed: number): Random {
  return seededRandom(seed);
}

const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Random, p: number): boolean => r() < p;

// ---------------------------------------------------------------------------------------------
// Values written into the graph

const STRINGS = [
  '',
  'a',
  'A',
  'ab',
  'abc',
  'b',
  'Zed',
  'é',
  'e\u0301',
  'straße',
  'İx',
  '日本語',
  '😀',
  'a😀b',
  ' pad ',
  'x\ty',
  "it's",
  'back\\slash',
  '10',
  '2.5',
  'null',
  'true',
];
const INTS = ['0', '1', '-1', '2', '3', '7', '-42', '100', '9223372036854775807', '-9223372036854775808', '9007199254740993', '4611686018427387904'];
const FLOATS = ['0.0', '-0.0', '0.5', '1.0', '-2.5', '3.14159', '0.1', '1e-7', '1.0e300', '-1.7976931348623157e308', '2.0', '123456.789', '1e16'];
const TEMPORALS = [
  "date('2024-02-29')",
  "date('1969-12-31')",
  "localdatetime('2024-01-01T10:00:00')",
  "datetime('2024-03-31T01:30:00+01:00')",
  "datetime('2024-03-31T01:30:00Z')",
  "localtime('23:59:59.999')",
  "time('12:00:00+02:00')",
  "duration('P1Y2M3DT4H')",
  "duration('PT90M')",
  "duration('P14D')",
];
const BOOLS = ['true', 'false'];

export const stringLiteral = (s: string): string => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\t', '\\t')}'`;

function propertyValue(r: Random, key: string): string {
  switch (key) {
    case 'num':
    case 'w':
      return chance(r, 0.6) ? pick(r, INTS.slice(0, 8)) : pick(r, FLOATS);
    case 'name':
      return stringLiteral(pick(r, STRINGS));
    case 'tags':
      return chance(r, 0.5)
        ? `[${Array.from({ length: int(r, 0, 3) }, () => stringLiteral(pick(r, STRINGS.slice(0, 8)))).join(', ')}]`
        : `[${Array.from({ length: int(r, 0, 3) }, () => pick(r, INTS.slice(0, 7))).join(', ')}]`;
    case 'flag':
      return pick(r, BOOLS);
    case 'when':
      return pick(r, TEMPORALS);
    default: {
      // 'mix': every type, so comparisons and ORDER BY meet them side by side.
      const kind = int(r, 0, 5);
      return kind === 0
        ? pick(r, INTS)
        : kind === 1
          ? pick(r, FLOATS)
          : kind === 2
            ? stringLiteral(pick(r, STRINGS))
            : kind === 3
              ? pick(r, BOOLS)
              : kind === 4
                ? pick(r, TEMPORALS)
                : `[${pick(r, INTS.slice(0, 5))}]`;
    }
  }
}

function propertyMap(r: Random, id: number, keys: readonly string[]): string {
  const parts = [`id: ${id}`];
  for (const k of keys) if (chance(r, 0.6)) parts.push(`${k}: ${propertyValue(r, k)}`);
  return `{${parts.join(', ')}}`;
}

/** A graph of 2..8 nodes and up to 14 relationships (self-loops and parallel ones included). */
export function generateGraph(r: Random): GeneratedGraph {
  const n = int(r, 2, 8);
  const statements: string[] = [];
  for (let i = 0; i < n; i++) {
    const labels = LABELS.filter(() => chance(r, 0.45));
    statements.push(`CREATE (:${['N', ...labels].join(':')} ${propertyMap(r, i, NODE_KEYS)})`);
  }
  const m = int(r, 0, 14);
  for (let k = 0; k < m; k++) {
    const a = int(r, 0, n - 1);
    const b = chance(r, 0.1) ? a : int(r, 0, n - 1);
    statements.push(`MATCH (a:N {id: ${a}}), (b:N {id: ${b}}) CREATE (a)-[:${pick(r, TYPES)} ${propertyMap(r, 100 + k, REL_KEYS)}]->(b)`);
  }
  return { statements, nodes: n };
}

// ---------------------------------------------------------------------------------------------
// Queries

type Type = 'int' | 'float' | 'num' | 'str' | 'bool' | 'list' | 'any' | 'temporal' | 'map';

interface Scope {
  nodes: string[];
  rels: string[];
  paths: string[];
  /** Value variables with their (static, best-known) type. */
  values: [string, Type][];
  /** Lists of nodes or relationships (var-length and group variables): never returned whole, whose ids differ. */
  groups: string[];
}

const emptyScope = (): Scope => ({ nodes: [], rels: [], paths: [], values: [], groups: [] });

/** Two different names out of `names`, for `:A|B` (Neo4j 5.26 matches a relationship twice for `:S|S`). */
const twoOf = (r: Random, names: readonly string[]): string => {
  const a = pick(r, names);
  return `${a}|${pick(
    r,
    names.filter((x) => x !== a),
  )}`;
};

/** The grammar walk for one query: the random stream, fresh names, features used. */
class QueryBuilder {
  private fresh = 0;
  readonly features = new Set<string>();

  constructor(private readonly r: Random) {}

  name(prefix: string): string {
    return `${prefix}${this.fresh++}`;
  }

  feature(f: string): void {
    this.features.add(f);
  }

  // ---- patterns

  labelPart(): string {
    const r = this.r;
    if (chance(r, 0.5)) return '';
    if (chance(r, 0.15)) {
      this.feature('label expression');
      return `:${twoOf(r, LABELS)}`;
    }
    return `:${pick(r, LABELS)}`;
  }

  nodePattern(scope: Scope, bind: boolean, reuse = true): string {
    const r = this.r;
    if (reuse && scope.nodes.length > 0 && chance(r, 0.3)) return `(${pick(r, scope.nodes)})`;
    const v = bind ? this.name('n') : '';
    if (v) scope.nodes.push(v);
    let props = '';
    if (chance(r, 0.12)) props = ` {id: ${int(r, 0, 7)}}`;
    let where = '';
    if (v && chance(r, 0.1)) {
      this.feature('inline node WHERE');
      where = ` WHERE ${v}.id ${pick(r, ['<', '>', '<>'])} ${int(r, 0, 7)}`;
    }
    return `(${v}${this.labelPart()}${props}${where})`;
  }

  relTypes(): string {
    const r = this.r;
    if (chance(r, 0.4)) return '';
    if (chance(r, 0.25)) return `:${twoOf(r, TYPES)}`;
    return `:${pick(r, TYPES)}`;
  }

  arrow(inner: string): string {
    const d = int(this.r, 0, 2);
    return d === 0 ? `-[${inner}]->` : d === 1 ? `<-[${inner}]-` : `-[${inner}]-`;
  }

  relationship(scope: Scope): string {
    const r = this.r;
    const kind = int(r, 0, 9);
    if (kind <= 5) {
      const v = chance(r, 0.6) ? this.name('r') : '';
      if (v) scope.rels.push(v);
      const where = v && chance(r, 0.15) ? ` WHERE ${v}.w ${pick(r, ['>', '<', '='])} ${pick(r, ['0', '1', '2.5'])}` : '';
      if (where) this.feature('inline relationship WHERE');
      return this.arrow(`${v}${this.relTypes()}${where}`);
    }
    if (kind <= 7) {
      this.feature('var-length');
      const lo = int(r, 0, 2);
      const hi = lo + int(r, 0, 2);
      const range = pick(r, [`*${lo}..${hi}`, `*..${hi || 1}`, `*${lo + 1}`, `*${lo}..${hi}`]);
      const v = chance(r, 0.3) ? this.name('vr') : '';
      if (v) scope.groups.push(v);
      return this.arrow(`${v}${this.relTypes()}${range}`);
    }
    if (kind === 8) {
      this.feature('quantified relationship');
      const lo = int(r, 0, 2);
      const q = pick(r, [`{${lo},${lo + int(r, 0, 2)}}`, '+', `{${lo + 1}}`, '{,2}']);
      return `${this.arrow(`${this.relTypes()}`)}${q}`;
    }
    this.feature('quantified path pattern');
    const x = this.name('q');
    const lo = int(r, 0, 2);
    // No unbounded `+` here: on a dense graph Neo4j may not finish one within the time limit.
    const q = pick(r, [`{${lo},${lo + int(r, 0, 2)}}`, '{1,4}', `{1,3}`]);
    const where = chance(r, 0.4) ? ` WHERE ${x}.id ${pick(r, ['<', '>'])} ${int(r, 0, 7)}` : '';
    const pathExpr = `(${x}${this.labelPart()})${this.arrow(this.relTypes())}()${where}`;
    scope.groups.push(x);
    return ` (${pathExpr})${q} `;
  }

  /** A path pattern: `(a)-[r]->(b)…`, its variables added to scope; sometimes bound to a path variable. */
  pathPattern(scope: Scope, maxHops = 2): string {
    const r = this.r;
    const hops = int(r, 0, maxHops);
    let text = this.nodePattern(scope, true);
    for (let i = 0; i < hops; i++) text += this.relationship(scope) + this.nodePattern(scope, chance(r, 0.8));
    if (chance(r, 0.2)) {
      const p = this.name('p');
      scope.paths.push(p);
      return `${p} = ${text}`;
    }
    return text;
  }

  shortestPattern(scope: Scope): string {
    const r = this.r;
    this.feature('shortestPath');
    const fn = pick(r, ['shortestPath', 'allShortestPaths']);
    const p = this.name('p');
    const a = this.nodePattern(scope, true, false);
    const b = this.nodePattern(scope, true, false);
    scope.paths.push(p);
    return `${p} = ${fn}(${a}${this.arrow(`${this.relTypes()}*${pick(r, ['', '1..', '..3', '0..2', '1..3'])}`)}${b})`;
  }

  // ---- expressions

  literal(type: Type): string {
    const r = this.r;
    switch (type) {
      case 'int':
        return pick(r, INTS);
      case 'float':
        return pick(r, FLOATS);
      case 'num':
        return chance(r, 0.5) ? pick(r, INTS.slice(0, 8)) : pick(r, FLOATS);
      case 'str':
        return stringLiteral(pick(r, STRINGS));
      case 'bool':
        return pick(r, BOOLS);
      case 'temporal':
        return pick(r, TEMPORALS);
      case 'list':
        return `[${Array.from({ length: int(r, 0, 3) }, () => this.literal(pick(r, ['int', 'str', 'num', 'bool']))).join(', ')}]`;
      case 'map':
        return `{${Array.from({ length: int(r, 0, 3) }, (_, i) => `${pick(r, ['k', 'b', 'a', 'zz'])}${i}: ${this.literal(pick(r, ['int', 'str', 'bool']))}`).join(', ')}}`;
      default:
        return chance(r, 0.2) ? 'null' : this.literal(pick(r, ['int', 'float', 'str', 'bool', 'list', 'temporal']));
    }
  }

  property(scope: Scope, type: Type): string | null {
    const r = this.r;
    const owners = [...scope.nodes.map((n) => [n, 'node'] as const), ...scope.rels.map((x) => [x, 'rel'] as const)];
    if (owners.length === 0) return null;
    const [v, kind] = pick(r, owners);
    const keys: readonly string[] = kind === 'node' ? NODE_KEYS : REL_KEYS;
    const byType: Record<string, readonly string[]> = {
      int: ['id', 'num'],
      float: ['num', 'w'],
      num: ['num', 'w', 'id'],
      str: ['name'],
      bool: ['flag'],
      list: ['tags'],
      temporal: ['when'],
    };
    const wanted = (byType[type] ?? ['id', ...keys]).filter((k) => k === 'id' || keys.includes(k));
    return wanted.length > 0 ? `${v}.${pick(r, wanted)}` : null;
  }

  variable(scope: Scope, type: Type): string | null {
    const fits = scope.values.filter(([, t]) => t === type || type === 'any' || (type === 'num' && (t === 'int' || t === 'float')));
    return fits.length > 0 ? pick(this.r, fits)[0] : null;
  }

  /** An expression of (roughly) `type`; `depth` bounds nesting. */
  expr(scope: Scope, type: Type, depth = 2): string {
    const r = this.r;
    if (depth <= 0 || chance(r, 0.25)) return this.leaf(scope, type);
    if (chance(r, 0.06)) return this.caseExpr(scope, type, depth);
    switch (type) {
      case 'int':
        return this.intExpr(scope, depth);
      case 'float':
      case 'num':
        return this.numExpr(scope, depth);
      case 'str':
        return this.strExpr(scope, depth);
      case 'bool':
        return this.boolExpr(scope, depth);
      case 'list':
        return this.listExpr(scope, depth);
      case 'temporal':
        return this.temporalExpr(scope, depth);
      case 'map':
        return chance(r, 0.5) && scope.nodes.length > 0 ? `properties(${pick(r, scope.nodes)})` : this.literal('map');
      default:
        return this.expr(scope, pick(r, ['int', 'num', 'str', 'bool', 'list', 'temporal'] as Type[]), depth);
    }
  }

  leaf(scope: Scope, type: Type): string {
    const r = this.r;
    const roll = r();
    if (roll < 0.35) {
      const v = this.variable(scope, type);
      if (v) return v;
    }
    if (roll < 0.75 && type !== 'map') {
      const p = this.property(scope, type);
      if (p) return p;
    }
    if (chance(r, 0.05)) {
      this.feature('null');
      return 'null';
    }
    return this.literal(type);
  }

  caseExpr(scope: Scope, type: Type, depth: number): string {
    this.feature('CASE');
    const r = this.r;
    if (chance(r, 0.5)) {
      const subject = this.expr(scope, 'any', depth - 1);
      return `CASE ${subject} WHEN ${this.literal('any')} THEN ${this.expr(scope, type, depth - 1)} WHEN ${this.literal('any')} THEN ${this.expr(scope, type, depth - 1)} ELSE ${this.expr(scope, type, depth - 1)} END`;
    }
    return `CASE WHEN ${this.expr(scope, 'bool', depth - 1)} THEN ${this.expr(scope, type, depth - 1)}${chance(r, 0.6) ? ` ELSE ${this.expr(scope, type, depth - 1)}` : ''} END`;
  }

  intExpr(scope: Scope, depth: number): string {
    const r = this.r;
    const d = depth - 1;
    switch (int(r, 0, 12)) {
      case 0:
        return `${this.expr(scope, 'int', d)} ${pick(r, ['+', '-', '*'])} ${this.expr(scope, 'int', d)}`;
      case 1:
        return `${this.expr(scope, 'int', d)} ${pick(r, ['/', '%'])} ${this.expr(scope, 'int', d)}`;
      case 2:
        return `size(${this.expr(scope, pick(r, ['str', 'list'] as Type[]), d)})`;
      case 3:
        return `toInteger(${this.expr(scope, pick(r, ['str', 'num', 'bool'] as Type[]), d)})`;
      case 4:
        return `${pick(r, ['abs', 'sign'])}(${this.expr(scope, 'num', d)})`;
      case 5:
        if (scope.paths.length > 0) return `length(${pick(r, scope.paths)})`;
        if (scope.groups.length > 0) return `size(${pick(r, scope.groups)})`;
        return `size(${this.listExpr(scope, d)})`;
      case 6:
        this.feature('COUNT subquery');
        return `COUNT { ${this.subqueryPattern(scope)} }`;
      case 7:
        this.feature('pattern comprehension');
        return `size(${this.patternComprehension(scope, d)})`;
      case 8:
        return `${this.expr(scope, 'int', d)} ^ 0`;
      case 9:
        return `-${this.leaf(scope, 'int')}`;
      case 10:
        return `${this.listExpr(scope, d, true)}[${pick(r, ['0', '1', '-1', '5'])}]`;
      case 11:
        return `coalesce(${this.expr(scope, 'any', d)}, ${this.expr(scope, 'int', d)})`;
      default:
        return `${pick(r, ['ceil', 'floor', 'round'])}(${this.expr(scope, 'num', d)})`;
    }
  }

  numExpr(scope: Scope, depth: number): string {
    const r = this.r;
    const d = depth - 1;
    switch (int(r, 0, 9)) {
      case 0:
        return `${this.expr(scope, 'num', d)} ${pick(r, ['+', '-', '*', '/', '%'])} ${this.expr(scope, 'num', d)}`;
      case 1:
        return `toFloat(${this.expr(scope, pick(r, ['str', 'num'] as Type[]), d)})`;
      case 2:
        return `${pick(r, ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'atan', 'abs'])}(${this.expr(scope, 'num', d)})`;
      case 3:
        this.feature('round with precision');
        return `round(${this.expr(scope, 'num', d)}, ${int(r, 0, 3)}${chance(r, 0.5) ? `, '${pick(r, ['HALF_UP', 'HALF_DOWN', 'HALF_EVEN', 'CEILING', 'FLOOR', 'UP', 'DOWN'])}'` : ''})`;
      case 4:
        return `${pick(r, ['pi()', 'e()'])} * ${this.expr(scope, 'num', d)}`;
      case 5:
        return `atan2(${this.expr(scope, 'num', d)}, ${this.expr(scope, 'num', d)})`;
      case 6:
        return `${this.expr(scope, 'num', d)} ^ ${pick(r, ['2', '0.5', '-1', '3'])}`;
      default:
        return this.intExpr(scope, depth);
    }
  }

  strExpr(scope: Scope, depth: number): string {
    const r = this.r;
    const d = depth - 1;
    this.feature('string functions');
    switch (int(r, 0, 11)) {
      case 0:
        return `${this.expr(scope, 'str', d)} + ${this.expr(scope, pick(r, ['str', 'int', 'float'] as Type[]), d)}`;
      case 1:
        return `${pick(r, ['toUpper', 'toLower', 'trim', 'ltrim', 'rtrim', 'reverse'])}(${this.expr(scope, 'str', d)})`;
      case 2:
        return `substring(${this.expr(scope, 'str', d)}, ${int(r, 0, 3)}${chance(r, 0.5) ? `, ${int(r, 0, 4)}` : ''})`;
      case 3:
        return `${pick(r, ['left', 'right'])}(${this.expr(scope, 'str', d)}, ${int(r, 0, 4)})`;
      case 4:
        return `replace(${this.expr(scope, 'str', d)}, ${this.literal('str')}, ${this.literal('str')})`;
      case 5:
        return `toString(${this.expr(scope, pick(r, ['int', 'float', 'bool', 'temporal', 'str'] as Type[]), d)})`;
      case 6:
        return `${this.listExpr(scope, d, true)}[0]`;
      case 7:
        return `coalesce(${this.expr(scope, 'str', d)}, ${this.literal('str')})`;
      case 8:
        return `normalize(${this.expr(scope, 'str', d)}${chance(r, 0.5) ? `, ${pick(r, ['NFC', 'NFD', 'NFKC', 'NFKD'])}` : ''})`;
      case 9:
        return `${pick(r, ['btrim', 'ltrim', 'rtrim'])}(${this.expr(scope, 'str', d)}, ${stringLiteral(pick(r, ['a', ' ', 'ab', 'x']))})`;
      case 10:
        if (scope.nodes.length > 0) return `head(labels(${pick(r, scope.nodes)}))`;
        return `type(${scope.rels.length > 0 ? pick(r, scope.rels) : 'null'})`;
      default:
        if (scope.rels.length > 0) return `type(${pick(r, scope.rels)})`;
        return `toStringOrNull(${this.expr(scope, 'any', d)})`;
    }
  }

  boolExpr(scope: Scope, depth: number): string {
    const r = this.r;
    const d = depth - 1;
    switch (int(r, 0, 13)) {
      case 0:
      case 1: {
        this.feature('comparison across types');
        const t = pick(r, ['int', 'num', 'str', 'any', 'temporal', 'list'] as Type[]);
        return `${this.expr(scope, t, d)} ${pick(r, ['=', '<>', '<', '<=', '>', '>='])} ${this.expr(scope, chance(r, 0.8) ? t : 'any', d)}`;
      }
      case 2:
        return `${this.expr(scope, 'bool', d)} ${pick(r, ['AND', 'OR', 'XOR'])} ${this.expr(scope, 'bool', d)}`;
      case 3:
        return `NOT ${this.expr(scope, 'bool', d)}`;
      case 4:
        this.feature('null');
        return `${this.expr(scope, 'any', d)} IS ${pick(r, ['', 'NOT '])}NULL`;
      case 5:
        return `${this.expr(scope, 'str', d)} ${pick(r, ['STARTS WITH', 'ENDS WITH', 'CONTAINS'])} ${this.expr(scope, 'str', d)}`;
      case 6:
        return `${this.expr(scope, 'any', d)} IN ${this.listExpr(scope, d, false)}`;
      case 7: {
        this.feature('list predicates');
        const x = this.name('x');
        const inner: Scope = { ...scope, values: [...scope.values, [x, 'any']] };
        return `${pick(r, ['all', 'any', 'none', 'single'])}(${x} IN ${this.listExpr(scope, d, false)} WHERE ${this.expr(inner, 'bool', d)})`;
      }
      case 8:
        this.feature('EXISTS subquery');
        return `EXISTS { ${this.subqueryPattern(scope)} }`;
      case 9:
        if (scope.nodes.length > 0) return `${pick(r, scope.nodes)}:${pick(r, LABELS)}`;
        return `${this.expr(scope, 'str', d)} =~ ${stringLiteral(pick(r, ['a.*', '.*b', '[a-z]+', '.', '(?i)A.*']))}`;
      case 10:
        this.feature('type predicate');
        return `${this.expr(scope, 'any', d)} IS ${pick(r, ['', 'NOT '])}:: ${pick(r, ['INTEGER', 'FLOAT', 'STRING', 'BOOLEAN', 'LIST<INTEGER>', 'DATE', 'DURATION', 'INTEGER NOT NULL', 'ANY'])}`;
      case 11:
        return `${this.expr(scope, 'str', d)} =~ ${stringLiteral(pick(r, ['a.*', '.*b', '[a-z]+', '.', '(?i)A.*']))}`;
      case 12:
        if (scope.nodes.length > 0) return this.patternPredicate(scope);
        return this.literal('bool');
      default:
        return `${this.expr(scope, 'num', d)} ${pick(r, ['<', '>'])} ${this.expr(scope, 'num', d)}`;
    }
  }

  patternPredicate(scope: Scope): string {
    this.feature('pattern predicate');
    const inner: Scope = { ...scope, nodes: [...scope.nodes], rels: [...scope.rels], paths: [], values: [...scope.values], groups: [...scope.groups] };
    return `${this.nodePatternFrom(scope)}${this.arrow(this.relTypes())}${this.nodePattern(inner, false, false)}`;
  }

  nodePatternFrom(scope: Scope): string {
    return `(${pick(this.r, scope.nodes)})`;
  }

  /** A pattern for EXISTS / COUNT subqueries, anchored on a bound node when there is one. */
  subqueryPattern(scope: Scope): string {
    const r = this.r;
    const inner: Scope = { nodes: [...scope.nodes], rels: [], paths: [], values: [...scope.values], groups: [...scope.groups] };
    const start = scope.nodes.length > 0 ? this.nodePatternFrom(scope) : this.nodePattern(inner, true, false);
    const m = this.name('m');
    inner.nodes.push(m);
    const text = `${start}${this.arrow(this.relTypes())}(${m}${this.labelPart()})`;
    if (chance(r, 0.4)) return `MATCH ${text} WHERE ${this.expr(inner, 'bool', 1)}`;
    return text;
  }

  /** A pattern comprehension: its elements' order is open. */
  patternComprehension(scope: Scope, depth: number): string {
    const inner: Scope = { nodes: [...scope.nodes], rels: [...scope.rels], paths: [], values: [...scope.values], groups: [...scope.groups] };
    const start = scope.nodes.length > 0 ? this.nodePatternFrom(scope) : this.nodePattern(inner, true, false);
    const m = this.name('m');
    inner.nodes.push(m);
    const where = chance(this.r, 0.4) ? ` WHERE ${this.expr(inner, 'bool', 1)}` : '';
    return `[${start}${this.arrow(this.relTypes())}(${m})${where} | ${this.expr(inner, pick(this.r, ['int', 'str', 'any'] as Type[]), Math.max(0, depth - 1))}]`;
  }

  /**
   * A list expression. `ordered`: the element order will be seen (indexing, head, printing), so
   * only lists with a defined order; otherwise pattern comprehensions and COLLECT { } too.
   */
  listExpr(scope: Scope, depth: number, ordered = true): string {
    const r = this.r;
    const d = Math.max(0, depth - 1);
    const roll = int(r, 0, 13);
    switch (roll) {
      case 0:
        return `[${Array.from({ length: int(r, 0, 4) }, () => this.expr(scope, pick(r, ['int', 'num', 'str', 'any'] as Type[]), d)).join(', ')}]`;
      case 1:
        return `range(${int(r, -2, 3)}, ${int(r, 0, 6)}${chance(r, 0.3) ? `, ${pick(r, ['1', '2', '-1', '3'])}` : ''})`;
      case 2: {
        this.feature('list comprehension');
        const x = this.name('x');
        const inner: Scope = { ...scope, values: [...scope.values, [x, 'any']] };
        const where = chance(r, 0.5) ? ` WHERE ${this.expr(inner, 'bool', d)}` : '';
        const map = chance(r, 0.6) ? ` | ${this.expr(inner, 'any', d)}` : '';
        return `[${x} IN ${this.listExpr(scope, d, ordered)}${where}${map}]`;
      }
      // Which elements tail() and a slice keep depends on the order: an ordered list only.
      case 3:
        return `${pick(r, ['tail', 'reverse'])}(${this.listExpr(scope, d, true)})`;
      case 4:
        return `${this.listExpr(scope, d, true)}[${int(r, -2, 1)}..${int(r, 0, 3)}]`;
      case 5:
        return `${this.listExpr(scope, d, ordered)} + ${this.expr(scope, pick(r, ['list', 'int', 'str'] as Type[]), d)}`;
      case 6:
        if (scope.nodes.length > 0) return `labels(${pick(r, scope.nodes)})`;
        return this.literal('list');
      case 7:
        return `split(${this.expr(scope, 'str', d)}, ${stringLiteral(pick(r, ['', 'a', ' ', 'ß']))})`;
      case 8:
        if (scope.paths.length > 0) {
          const p = pick(r, scope.paths);
          return chance(r, 0.5) ? `[x IN nodes(${p}) | x.id]` : `[x IN relationships(${p}) | x.id]`;
        }
        if (scope.groups.length > 0) return `[x IN ${pick(r, scope.groups)} | x.id]`;
        return this.leaf(scope, 'list');
      case 9:
        if (!ordered) {
          this.feature('pattern comprehension');
          return this.patternComprehension(scope, d);
        }
        return this.leaf(scope, 'list');
      case 10: {
        this.feature('COLLECT subquery');
        const inner: Scope = { nodes: [...scope.nodes], rels: [], paths: [], values: [...scope.values], groups: [...scope.groups] };
        const start = scope.nodes.length > 0 ? this.nodePatternFrom(scope) : this.nodePattern(inner, true, false);
        const m = this.name('m');
        return `COLLECT { MATCH ${start}${this.arrow(this.relTypes())}(${m}) RETURN ${m}.id${ordered ? ` ORDER BY ${m}.id` : ''} }`;
      }
      case 11:
        if (scope.nodes.length > 0 && !ordered) return `keys(${pick(r, scope.nodes)})`;
        return `[${this.literal('int')}, ${this.literal('str')}]`;
      case 12:
        return `coalesce(${this.expr(scope, 'list', d)}, [])`;
      default:
        return this.leaf(scope, 'list');
    }
  }

  temporalExpr(scope: Scope, _depth: number): string {
    const r = this.r;
    this.feature('temporal');
    switch (int(r, 0, 5)) {
      case 0:
        return `${this.leaf(scope, 'temporal')} + duration(${stringLiteral(pick(r, ['P1D', 'PT1H', 'P1M', 'P-1Y', 'PT0.5S']))})`;
      case 1:
        return `duration.between(${pick(r, TEMPORALS.slice(0, 6))}, ${pick(r, TEMPORALS.slice(0, 6))})`;
      case 2:
        return `date.truncate(${stringLiteral(pick(r, ['month', 'year', 'week']))}, ${pick(r, TEMPORALS.slice(0, 5))})`;
      case 3:
        return `date(${pick(r, TEMPORALS.slice(0, 5))})`;
      case 4:
        return `datetime({year: ${int(r, 1990, 2030)}, month: ${int(r, 1, 12)}, day: ${int(r, 1, 28)}, timezone: ${stringLiteral(pick(r, ['Z', '+05:30', 'Europe/London']))}})`;
      default:
        return this.leaf(scope, 'temporal');
    }
  }

  /** A component of a temporal value, or of null. */
  temporalAccess(scope: Scope): string {
    return `${this.expr(scope, 'temporal', 1)}.${pick(this.r, ['year', 'month', 'day', 'hour', 'minute', 'epochSeconds', 'dayOfWeek', 'days', 'months'])}`;
  }
}

const AGG_INT = ['count', 'sum', 'min', 'max'];

/** A read query with its comparison rule. */
export function generateQuery(r: Random): GeneratedQuery {
  const b = new QueryBuilder(r);
  const shape = int(r, 0, 99);
  let text: string;
  let comparison: Comparison = { mode: 'bag', sortColumns: [], bagListColumns: [] };
  if (shape < 12) {
    // A single expression: functions, null semantics, comparison across types.
    b.feature('RETURN expression');
    const scope = emptyScope();
    const n = int(r, 1, 3);
    const items = Array.from(
      { length: n },
      (_, i) => `${b.expr(scope, pick(r, ['int', 'num', 'str', 'bool', 'list', 'temporal', 'any', 'map'] as Type[]), 3)} AS c${i}`,
    );
    text = `RETURN ${items.join(', ')}`;
    comparison = { mode: 'ordered', sortColumns: [], bagListColumns: [] };
  } else if (shape < 20) {
    b.feature('UNWIND');
    const scope = emptyScope();
    const x = b.name('x');
    const list = b.listExpr(scope, 2, true);
    scope.values.push([x, 'any']);
    const where = chance(r, 0.5) ? ` WITH ${x} WHERE ${b.expr(scope, 'bool', 2)}` : '';
    const ret = returnClause(b, r, scope, 2, true);
    text = `UNWIND ${list} AS ${x}${where} ${ret.text}`;
    comparison = ret.comparison;
  } else {
    const scope = emptyScope();
    const clauses: string[] = [];
    const kind = int(r, 0, 9);
    if (kind === 0) clauses.push(`MATCH ${b.shortestPattern(scope)}`);
    else clauses.push(`MATCH ${b.pathPattern(scope)}${chance(r, 0.25) ? `, ${b.pathPattern(scope, 1)}` : ''}`);
    if (chance(r, 0.5)) clauses.push(`WHERE ${b.expr(scope, 'bool', 2)}`);
    if (chance(r, 0.3)) {
      b.feature('OPTIONAL MATCH');
      const before = scope.nodes.length;
      const optional = b.pathPattern(scope, 1);
      const where = chance(r, 0.4) ? ` WHERE ${b.expr(scope, 'bool', 1)}` : '';
      clauses.push(`OPTIONAL MATCH ${optional}${where}`);
      void before;
    }
    if (chance(r, 0.15)) {
      b.feature('UNWIND');
      const x = b.name('x');
      clauses.push(`UNWIND ${b.listExpr(scope, 1, true)} AS ${x}`);
      scope.values.push([x, 'any']);
    }
    if (chance(r, 0.3)) {
      // WITH and aggregation, then a final RETURN over the grouped rows.
      b.feature('WITH aggregation');
      const key = b.name('k');
      const keyExpr = b.expr(scope, pick(r, ['int', 'str', 'any'] as Type[]), 1);
      const agg = b.name('a');
      const fn = pick(r, [...AGG_INT, 'collect', 'avg', 'stDev', 'percentileDisc']);
      const arg = b.expr(scope, fn === 'collect' || fn === 'min' || fn === 'max' || fn === 'count' ? 'any' : 'int', 1);
      const call =
        fn === 'percentileDisc' ? `percentileDisc(${arg}, ${pick(r, ['0.0', '0.5', '0.9', '1.0'])})` : `${fn}(${chance(r, 0.2) ? 'DISTINCT ' : ''}${arg})`;
      const aggExpr = fn === 'collect' ? `size(${call})` : call;
      clauses.push(`WITH ${keyExpr} AS ${key}, ${aggExpr} AS ${agg}`);
      const next: Scope = {
        nodes: [],
        rels: [],
        paths: [],
        values: [
          [key, 'any'],
          [agg, fn === 'count' ? 'int' : 'any'],
        ],
        groups: [],
      };
      if (chance(r, 0.3)) clauses.push(`WHERE ${b.expr(next, 'bool', 1)}`);
      const ret = returnClause(b, r, next, 1, false);
      clauses.push(ret.text);
      comparison = ret.comparison;
    } else {
      const ret = returnClause(b, r, scope, 2, false);
      clauses.push(ret.text);
      comparison = ret.comparison;
    }
    text = clauses.join(' ');
    if (comparison.mode === 'bag' && chance(r, 0.08) && !text.includes(' LIMIT ')) {
      // UNION of two queries with the same columns.
      b.feature('UNION');
      const columns = [...text.matchAll(/ AS (c\d+)/g)].map((m) => m[1]!);
      const other = columns.map((c) => `${b.literal(pick(r, ['int', 'str', 'any'] as Type[]))} AS ${c}`);
      text = `${text} UNION${chance(r, 0.5) ? ' ALL' : ''} UNWIND range(1, ${int(r, 1, 2)}) AS u RETURN ${other.join(', ')}`;
    }
  }
  return { text, comparison, features: [...b.features].sort() };
}

/** RETURN items (plain, DISTINCT, or aggregating), with ORDER BY / SKIP / LIMIT and the comparison rule. */
function returnClause(b: QueryBuilder, r: Random, scope: Scope, depth: number, unwound: boolean): { text: string; comparison: Comparison } {
  const items: string[] = [];
  const bagListColumns: number[] = [];
  const n = int(r, 1, 3);
  const aggregating = chance(r, unwound ? 0.35 : 0.3);
  if (aggregating) b.feature('aggregation');
  for (let i = 0; i < n; i++) {
    let e: string;
    if (aggregating && i === n - 1) {
      const fn = pick(r, ['count', 'count(*)', 'collect', 'sum', 'avg', 'min', 'max', 'stDev', 'stDevP', 'percentileCont', 'percentileDisc']);
      const t: Type = fn === 'sum' || fn === 'avg' || fn.startsWith('stDev') || fn.startsWith('percentile') ? 'int' : 'any';
      const arg = b.expr(scope, t, 1);
      const distinct = chance(r, 0.2) ? 'DISTINCT ' : '';
      if (fn === 'count(*)') e = 'count(*)';
      else if (fn.startsWith('percentile')) e = `${fn}(${arg}, ${pick(r, ['0.0', '0.25', '0.5', '1.0'])})`;
      else e = `${fn}(${distinct}${arg})`;
      if (fn === 'collect') bagListColumns.push(i);
    } else if (chance(r, 0.12)) {
      e = b.listExpr(scope, depth, false);
      bagListColumns.push(i);
    } else if (chance(r, 0.05)) {
      e = b.temporalAccess(scope);
    } else {
      e = b.expr(scope, pick(r, ['int', 'num', 'str', 'bool', 'list', 'any', 'temporal'] as Type[]), depth);
    }
    items.push(`${e} AS c${i}`);
  }
  const distinct = !aggregating && chance(r, 0.15);
  if (distinct) b.feature('DISTINCT');
  let text = `RETURN ${distinct ? 'DISTINCT ' : ''}${items.join(', ')}`;
  let comparison: Comparison = { mode: 'bag', sortColumns: [], bagListColumns };
  const sortable = items.map((_, i) => i).filter((i) => !bagListColumns.includes(i));
  if (sortable.length > 0 && chance(r, 0.4)) {
    b.feature('ORDER BY');
    const limited = chance(r, 0.4);
    // With SKIP / LIMIT every column is a sort key: ties would make the rows kept arbitrary.
    const keys = limited ? sortable : sortable.filter(() => chance(r, 0.6));
    if (keys.length === 0) keys.push(sortable[0]!);
    if (limited && sortable.length < items.length) return { text, comparison };
    text += ` ORDER BY ${keys.map((i) => `c${i}${chance(r, 0.4) ? ' DESC' : ''}`).join(', ')}`;
    if (limited) {
      b.feature('SKIP/LIMIT');
      if (chance(r, 0.5)) text += ` SKIP ${int(r, 0, 3)}`;
      text += ` LIMIT ${int(r, 0, 5)}`;
    }
    comparison = { mode: 'ordered', sortColumns: keys, bagListColumns };
  }
  return { text, comparison };
}

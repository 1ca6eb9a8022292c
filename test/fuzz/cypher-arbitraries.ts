// Generators of Cypher-ish text for the front-end fuzzing: arbitrary strings, token soup, damaged
// real queries and grammar-shaped queries, plus the check every one of them must pass.

import fc from 'fast-check';
import { tokenize } from '../../src/cypher/lexer/index.js';
import { parse } from '../../src/cypher/parser/index.js';
import { validate } from '../../src/cypher/validate/index.js';
import { CypherError } from '../../src/errors.js';

/** Real queries of several shapes, the seeds the damage generator starts from. */
export const CORPUS = [
  "MATCH (n:Person {name: 'Ann'})-[r:KNOWS*1..2]->(m) WHERE m.age > 30 RETURN n.name AS name, count(DISTINCT m) ORDER BY name SKIP 1 LIMIT 5",
  'OPTIONAL MATCH p = (a)<-[:T|U]-(b) WITH a, collect(p) AS ps UNWIND ps AS q RETURN a, size(ps)',
  'MERGE (n:N {id: $id}) ON CREATE SET n.c = 1 ON MATCH SET n += {m: 2} REMOVE n:Old DETACH DELETE n',
  'RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2], reduce(s = 0, y IN [1] | s + y), CASE WHEN true THEN 1 END',
  'MATCH (a) WHERE EXISTS { MATCH (a)-->(b) RETURN b } AND COUNT { (a)--() } > 1 RETURN a {.name, k: 1}',
  "RETURN 0x1F, 0o17, 1.5e-3, '\\u00e9\\n', `quoted name`, $param, null, true",
  'CALL db.labels() YIELD label WHERE label STARTS WITH "A" RETURN label UNION ALL RETURN "x" AS label',
  'MATCH p = shortestPath((a:Body {id: $from})-[*..4]-(b:Body {id: $to})) RETURN [n IN nodes(p) | n.name] AS names',
  "WITH date('2014-06-01') AS d UNWIND [1, 2] AS i RETURN d + duration({days: i}) AS day, [x IN [1,2,3][1..] WHERE x > 1] AS xs",
  'MATCH (e)-[m:MENTIONED_IN]->(i:Item) WHERE e.name =~ "(?i)home.*" AND NOT e:Role RETURN e.name, sum(m.count) AS c ORDER BY c DESC LIMIT $limit',
];

const KEYWORDS = [
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'AS',
  'CREATE',
  'MERGE',
  'ON',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH',
  'CALL',
  'YIELD',
  'UNION',
  'ALL',
  'DISTINCT',
  'ORDER',
  'BY',
  'ASC',
  'DESC',
  'SKIP',
  'LIMIT',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'STARTS',
  'ENDS',
  'CONTAINS',
  'EXISTS',
  'COUNT',
  'shortestPath',
  'allShortestPaths',
  'reduce',
  'any',
  'none',
  'single',
  'count',
  'date',
  'duration',
  'EXPLAIN',
  'PROFILE',
];
const PUNCTUATION = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ';',
  '.',
  '..',
  '-',
  '->',
  '<-',
  '--',
  '<',
  '>',
  '=',
  '<>',
  '<=',
  '>=',
  '=~',
  '+',
  '+=',
  '*',
  '/',
  '%',
  '^',
  '|',
  '$',
  '`',
  "'",
  '"',
  '\\',
  '//',
  '/*',
  '*/',
  '\n',
  ' ',
  '0x',
  '0o',
  '1e',
  '.5',
  'é',
  '\u0000',
  '\uD800',
];

/** Tokens, keywords and odd characters strung together. */
export const tokenSoup = fc
  .array(fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom(...PUNCTUATION), fc.constantFrom('n', 'a', 'x1', 'name', '1', '2.5', "'s'", '`a b`', '$p')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));

/** A corpus query with a few characters deleted, inserted or replaced. */
export const damagedQuery = fc
  .tuple(
    fc.constantFrom(...CORPUS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.oneof(fc.constantFrom(...PUNCTUATION), fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 3 }))), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([query, edits]) =>
    edits.reduce((text, [at, remove, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, query),
  );

const name = fc.constantFrom('n', 'm', 'a', 'b', 'x', 'p', 'r', 'total', '`odd name`');
const label = fc.constantFrom(':Person', ':Body', ':A:B', ':`We ird`', '');
const relType = fc.constantFrom(':T', ':T|U', ':MENTIONED_IN', '');
const length = fc.constantFrom('', '*', '*2', '*1..3', '*..3', '*2..');
const literal = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d)),
  fc.string({ maxLength: 8 }).map((s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`),
  fc.constantFrom('null', 'true', 'false', '0x1F', '0o17', '1.5e3', '$p', '[]', '{}'),
);

/** Expressions built from Cypher's own grammar, nested a few levels. */
const expression = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    name,
    fc.tuple(name, fc.constantFrom('name', 'id', 'count')).map(([v, k]) => `${v}.${k}`),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', '/', '%', '^', '=', '<>', '<', '>=', 'AND', 'OR', 'XOR', 'IN', 'STARTS WITH', 'CONTAINS', '=~'),
        tie('expr'),
      )
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom('NOT ', '-', '+'), tie('expr')).map(([op, a]) => `${op}${a}`),
    fc.tuple(tie('expr'), fc.constantFrom(' IS NULL', ' IS NOT NULL', '[0]', '[1..2]', '.x')).map(([a, s]) => `${a}${s}`),
    fc.array(tie('expr'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.tuple(name, tie('expr')).map(([k, v]) => `{${k}: ${v}}`),
    fc
      .tuple(fc.constantFrom('count', 'collect', 'size', 'toUpper', 'coalesce', 'abs', 'date', 'nosuchfn', 'range'), fc.array(tie('expr'), { maxLength: 2 }))
      .map(([f, xs]) => `${f}(${xs.join(', ')})`),
    fc.tuple(name, tie('expr'), tie('expr')).map(([v, list, e]) => `[${v} IN ${list} WHERE ${e} | ${v}]`),
    fc.tuple(tie('expr'), tie('expr')).map(([c, e]) => `CASE WHEN ${c} THEN ${e} ELSE null END`),
  ),
})).expr;

const node = fc
  .tuple(
    fc.option(name, { nil: '' }),
    label,
    fc.option(
      fc.tuple(name, literal).map(([k, v]) => ` {${k}: ${v}}`),
      { nil: '' },
    ),
  )
  .map(([v, l, p]) => `(${v}${l}${p})`);
const rel = fc
  .tuple(fc.constantFrom('-', '<-'), fc.option(name, { nil: '' }), relType, length, fc.constantFrom('-', '->'))
  .map(([left, v, t, len, right]) => (v || t || len ? `${left}[${v}${t}${len}]${right}` : `${left}${right}`));
const pattern = fc.tuple(node, fc.array(fc.tuple(rel, node), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([r, n]) => r + n).join(''));
const projection = fc
  .array(
    fc.tuple(expression, fc.option(name, { nil: undefined })).map(([e, a]) => (a ? `${e} AS ${a}` : e)),
    { minLength: 1, maxLength: 3 },
  )
  .map((xs) => xs.join(', '));
const clause = fc.oneof(
  fc
    .tuple(fc.constantFrom('MATCH ', 'OPTIONAL MATCH '), fc.option(fc.constantFrom('p = '), { nil: '' }), pattern, fc.option(expression, { nil: undefined }))
    .map(([m, p, pat, w]) => `${m}${p}${pat}${w ? ` WHERE ${w}` : ''}`),
  fc.tuple(fc.constantFrom('WITH ', 'WITH DISTINCT '), projection).map(([w, p]) => w + p),
  fc.tuple(expression, name).map(([e, n]) => `UNWIND ${e} AS ${n}`),
  fc.tuple(fc.constantFrom('CREATE ', 'MERGE '), pattern).map(([c, p]) => c + p),
  fc.tuple(name, expression).map(([n, e]) => `SET ${n}.x = ${e}`),
  fc.tuple(fc.constantFrom('DELETE ', 'DETACH DELETE '), name).map(([d, n]) => d + n),
);

/** Whole queries shaped like Cypher's grammar: clauses, then RETURN, maybe UNION. */
export const grammarQuery = fc
  .tuple(fc.array(clause, { maxLength: 4 }), projection, fc.option(fc.tuple(expression, fc.nat(20)), { nil: undefined }), fc.boolean())
  .map(([clauses, ret, order, union]) => {
    const tail = order ? ` ORDER BY ${order[0]} SKIP ${order[1]} LIMIT ${order[1] + 1}` : '';
    const query = [...clauses, `RETURN ${ret}${tail}`].join(' ');
    return union ? `${query} UNION RETURN 1 AS x` : query;
  });

/** Every kind of input at once, for the fuzz runs. */
export const anyQueryText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60, unit: 'binary' }), tokenSoup, damagedQuery, grammarQuery);

/**
 * The lexer, parser and validator on `text`: each either succeeds or throws a compile-time
 * CypherError with a line; anything else is thrown on as a finding.
 */
export function checkFrontEnd(text: string): void {
  for (const phase of ['tokenize', 'parse'] as const) {
    let ast;
    try {
      if (phase === 'tokenize') tokenize(text);
      else {
        ast = parse(text);
        validate(ast, text);
      }
    } catch (error) {
      if (!(error instanceof CypherError))
        throw new Error(`${phase}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
      if (error.phase !== 'compile time') throw new Error(`${phase}: a ${error.phase} CypherError from the front end: ${error.message}`);
      if (!((error.position?.line ?? 0) >= 1)) throw new Error(`${phase}: CypherError without a line: ${error.message}`);
    }
  }
}
